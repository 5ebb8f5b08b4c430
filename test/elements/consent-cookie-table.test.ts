import { expect } from '@open-wc/testing';
import { clearCookies, closeVisits, panel, settle, shadow, until, visit, type Visit } from '../support/visit.js';
import { axe } from '../support/axe.js';

const POLICY_PAGE = `<cookie-consent lang="fr" controller="Communauté urbaine de Dunkerque" policy-url="/pages/confidentialite/"
  services="matomo twitter youtube" categories="statistics social video" matomo-url="https://stats.example.fr/" matomo-site-id="3">
  <consent-category name="video" label="Vidéos" description="Lecteurs vidéo intégrés."></consent-category>
  <consent-service name="youtube" category="video" label="YouTube" cookies="VISITOR_INFO1_LIVE YSC"
    policy-url="https://policies.google.com/privacy"></consent-service>
</cookie-consent>
<main><h1>Charte de gestion des cookies</h1><consent-cookie-table></consent-cookie-table></main>`;

function table(page: Visit): HTMLTableElement {
  return shadow(page, 'consent-cookie-table').querySelector('table')!;
}

/** Each body row as its cells' text. */
function rows(page: Visit): string[][] {
  return [...table(page).tBodies[0]!.rows].map((row) => [...row.cells].map((cell) => cell.textContent!.replace(/\s+/g, ' ').trim()));
}

function rowOf(page: Visit, cookie: string): string[] {
  const found = rows(page).find((cells) => cells[2] === cookie);
  if (!found) throw new Error(`no row for ${cookie}`);
  return found;
}

async function refresh(page: Visit): Promise<void> {
  await settle(page);
  await (page.document.querySelector('consent-cookie-table') as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
}

describe('<consent-cookie-table>', () => {
  beforeEach(clearCookies);
  afterEach(closeVisits);

  it('lists every category, service and cookie of the banner\'s configuration in an accessible table', async () => {
    const page = await visit(POLICY_PAGE);
    await until(() => shadow(page, 'consent-cookie-table').querySelector('table'), 'the table');
    expect(table(page).caption!.textContent).to.equal('Cookies et traceurs utilisés sur ce portail');
    const headers = [...table(page).tHead!.querySelectorAll('th')];
    expect(headers.map((th) => th.textContent)).to.deep.equal([
      'Finalité', 'Service', 'Cookie', 'Durée de conservation', 'Usage', 'Politique du fournisseur', 'Votre choix',
    ]);
    expect(headers.every((th) => th.getAttribute('scope') === 'col')).to.equal(true);
    expect([...table(page).tBodies[0]!.querySelectorAll('th')].every((th) => th.getAttribute('scope') === 'row')).to.equal(true);
    expect(rowOf(page, 'cookie_consent')).to.deep.equal([
      'Nécessaires', 'Communauté urbaine de Dunkerque', 'cookie_consent', '13 mois', 'Mémorise vos choix',
      'Politique de confidentialité', 'Toujours actif',
    ]);
    expect(rowOf(page, '_pk_id.*')).to.deep.equal([
      'Mesure d’audience', 'Matomo', '_pk_id.*', '13 mois', 'Identifiant de visiteur',
      'Politique de confidentialité', 'Pas encore choisi',
    ]);
    expect(rowOf(page, '_pk_ses.*')[3]).to.equal('Session');
    expect(rowOf(page, '_pk_ref.*')[3]).to.equal('6 mois');
    expect(rowOf(page, 'guest_id').slice(0, 2)).to.deep.equal(['Réseaux sociaux', 'Twitter/X']);
    expect(rowOf(page, 'YSC').slice(0, 2)).to.deep.equal(['Vidéos', 'YouTube']);
    const links = [...table(page).querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(links).to.include('https://x.com/privacy');
    expect(links).to.include('https://policies.google.com/privacy');
    expect(links).to.include('/pages/confidentialite/');
    expect(rowOf(page, 'guest_id')[5]).to.equal('Politique de confidentialité de Twitter/X');
    // Every cookie the banner would delete is listed: one source of truth.
    expect(rows(page).filter((cells) => cells[1] === 'Matomo').map((cells) => cells[2])).to.include.members(['_pk_id.*', '_pk_ref.*', 'mtm_*']);
  });

  it('shows the visitor\'s current choice and follows every change', async () => {
    const page = await visit(POLICY_PAGE);
    page.api.update({ statistics: true });
    await refresh(page);
    expect(rowOf(page, '_pk_id.*')[6]).to.equal('Accepté');
    expect(rowOf(page, 'guest_id')[6]).to.equal('Refusé');
    page.api.reset();
    await refresh(page);
    expect(rowOf(page, '_pk_id.*')[6]).to.equal('Pas encore choisi');
  });

  it('has a button that opens the preferences', async () => {
    const page = await visit(POLICY_PAGE);
    page.api.refuseAll();
    await refresh(page);
    const button = shadow(page, 'consent-cookie-table').querySelector('button')!;
    expect(button.textContent).to.equal('Modifier mes choix');
    button.click();
    await settle(page);
    expect(panel(page).open).to.equal(true);
  });

  it('passes axe-core, as does the panel\'s objection switch in exempt mode', async () => {
    const page = await visit(POLICY_PAGE.replace('<cookie-consent', '<cookie-consent statistics-mode="exempt"'));
    page.api.refuseAll();
    await refresh(page);
    expect(await axe(page)).to.deep.equal([]);
    page.api.showPreferences();
    await settle(page);
    expect(panel(page).querySelector('#objection')).to.exist;
    expect(await axe(page)).to.deep.equal([]);
  });

  it('follows the configuration: language, services', async () => {
    const page = await visit(POLICY_PAGE);
    const element = page.document.querySelector('cookie-consent')!;
    element.setAttribute('lang', 'en');
    element.setAttribute('services', 'matomo');
    await refresh(page);
    expect(table(page).caption!.textContent).to.equal('Cookies and trackers used on this portal');
    expect(rowOf(page, '_pk_id.*')[3]).to.equal('13 months');
    expect(rows(page).map((cells) => cells[1])).to.not.include('Twitter/X');
  });
});
