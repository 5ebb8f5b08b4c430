import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import {
  banner,
  button,
  clearCookies,
  closeVisits,
  consentCookie,
  pageUrl,
  panel,
  settle,
  shadow,
  until,
  visit,
  type Visit,
} from '../support/visit.js';

// These tests withdraw services that ran and then look at the same page: no reload (tested in
// test/gating/proof.test.ts).
const ELEMENT = `<cookie-consent lang="fr" reload-on-withdraw="false" controller="Communauté urbaine de Dunkerque"
  policy-url="/pages/politique-de-confidentialite/" services="matomo twitter facebook linkedin"
  matomo-url="https://stats.example.fr/" matomo-site-id="3"></cookie-consent>`;

interface BrowserCookie {
  name: string;
  value: string;
  expires: number;
  path: string;
  sameSite: string;
}

async function browserCookie(name = 'cookie_consent'): Promise<BrowserCookie | undefined> {
  const cookies = (await executeServerCommand('pw-cookies')) as BrowserCookie[];
  return cookies.find((cookie) => cookie.name === name);
}

function storedRecord() {
  const raw = consentCookie();
  return raw ? JSON.parse(raw) : undefined;
}

function changes(page: Visit) {
  return page.window.__events.filter((e) => e.type === 'consent-change');
}

const DAY = 864e5;

describe('<cookie-consent> first layer', () => {
  beforeEach(clearCookies);
  afterEach(closeVisits);

  it('shows the banner on a first visit: controller, purposes, policy link, three choices and a close', async () => {
    const page = await visit(ELEMENT);
    const region = banner(page)!;
    expect(region).to.exist;
    expect(region.getAttribute('role')).to.equal('region');
    const text = region.textContent!.replace(/\s+/g, ' ');
    expect(text).to.include('Communauté urbaine de Dunkerque');
    expect(text).to.include('Mesure d’audience');
    expect(text).to.include('Réseaux sociaux');
    expect(region.querySelector('a.policy')!.getAttribute('href')).to.equal('/pages/politique-de-confidentialite/');
    const actions = [...region.querySelectorAll('.actions button')] as HTMLElement[];
    expect(actions.map((b) => b.textContent!.trim())).to.deep.equal(['Tout refuser', 'Tout accepter', 'Personnaliser']);
    // Same size, weight and colours: refusing is as easy as accepting.
    const looks = actions.map((b) => {
      const style = page.window.getComputedStyle(b);
      return [style.backgroundColor, style.color, style.fontWeight, style.fontSize, b.offsetHeight].join('|');
    });
    expect(new Set(looks).size).to.equal(1);
    expect(button(region, 'Continuer sans accepter')).to.exist;
    expect(page.api.getConsent()).to.equal(null);
    expect(page.window.__events.find((e) => e.type === 'consent-ready')!.detail).to.equal(null);
    expect(consentCookie()).to.equal(undefined);
  });

  it('assumes nothing from browsing on: no cookie, no grant, banner still there', async () => {
    const page = await visit(ELEMENT);
    page.window.scrollTo(0, 500);
    page.document.body.click();
    await settle(page);
    expect(consentCookie()).to.equal(undefined);
    expect(page.api.hasConsent('statistics')).to.equal(false);
    expect(banner(page)).to.exist;
  });

  it('"Tout refuser" records a refusal of every purpose, in the cookie and the event', async () => {
    const page = await visit(ELEMENT);
    button(banner(page)!, 'Tout refuser').click();
    await settle(page);
    expect(banner(page)).to.equal(null);
    const record = storedRecord();
    expect(record.categories).to.deep.equal({ necessary: true, statistics: false, social: false });
    expect(record.services).to.deep.equal({ matomo: false, twitter: false, facebook: false, linkedin: false });
    expect(changes(page)).to.have.length(1);
    expect((changes(page)[0]!.detail as { id: string }).id).to.equal(record.id);
    expect(record.id).to.match(/^[0-9a-f-]{36}$/);
  });

  it('"Tout accepter" grants every purpose and service', async () => {
    const page = await visit(ELEMENT);
    button(banner(page)!, 'Tout accepter').click();
    await settle(page);
    const record = storedRecord();
    expect(record.categories).to.deep.equal({ necessary: true, statistics: true, social: true });
    expect(Object.values(record.services)).to.deep.equal([true, true, true, true]);
    expect(page.api.hasConsent('matomo')).to.equal(true);
    expect(changes(page)[0]!.detail).to.deep.equal(page.api.getConsent());
  });

  it('"Continuer sans accepter" closes the banner as a refusal', async () => {
    const page = await visit(ELEMENT);
    button(banner(page)!, 'Continuer sans accepter').click();
    await settle(page);
    expect(banner(page)).to.equal(null);
    expect(storedRecord().categories.statistics).to.equal(false);
  });

  it('stays away on the next pages once chosen', async () => {
    const first = await visit(ELEMENT);
    button(banner(first)!, 'Tout refuser').click();
    await settle(first);
    const second = await visit(ELEMENT);
    expect(banner(second)).to.equal(null);
    expect(second.window.__events.find((e) => e.type === 'consent-ready')!.detail).to.deep.equal(first.api.getConsent());
  });
});

describe('<cookie-consent> preference panel', () => {
  beforeEach(clearCookies);
  afterEach(closeVisits);

  it('"Personnaliser" opens a modal panel: a switch per category, off by default, necessary on and disabled', async () => {
    const page = await visit(ELEMENT);
    button(banner(page)!, 'Personnaliser').click();
    await settle(page);
    const dialog = panel(page);
    expect(dialog.open).to.equal(true);
    expect(dialog.matches(':modal')).to.equal(true);
    const necessary = dialog.querySelector<HTMLInputElement>('#category-necessary')!;
    expect(necessary.checked && necessary.disabled).to.equal(true);
    expect(necessary.getAttribute('role')).to.equal('switch');
    expect(dialog.querySelector<HTMLInputElement>('#category-statistics')!.checked).to.equal(false);
    expect(dialog.querySelector<HTMLInputElement>('#category-social')!.checked).to.equal(false);
    const twitterRow = dialog.querySelector('#service-twitter-description')!.textContent!;
    expect(twitterRow).to.include('guest_id');
    expect(dialog.textContent).to.include('Enregistrer mes choix');
  });

  it('saves a per-purpose choice and a per-service choice', async () => {
    const page = await visit(ELEMENT);
    page.api.showPreferences();
    await settle(page);
    const dialog = panel(page);
    dialog.querySelector<HTMLInputElement>('#category-statistics')!.click();
    dialog.querySelector<HTMLInputElement>('#service-linkedin')!.click();
    await settle(page);
    button(dialog, 'Enregistrer mes choix').click();
    await settle(page);
    expect(dialog.open).to.equal(false);
    const record = storedRecord();
    expect(record.categories).to.deep.equal({ necessary: true, statistics: true, social: false });
    expect(record.services).to.deep.equal({ matomo: true, twitter: false, facebook: false, linkedin: true });
    expect(banner(page)).to.equal(null);
    expect(shadow(page).querySelector('[role="status"]')!.textContent).to.include('Vos choix ont été enregistrés');
  });

  it('turning a category on turns its services on', async () => {
    const page = await visit(ELEMENT);
    page.api.showPreferences();
    await settle(page);
    panel(page).querySelector<HTMLInputElement>('#category-social')!.click();
    await settle(page);
    const services = ['twitter', 'facebook', 'linkedin'].map((s) => panel(page).querySelector<HTMLInputElement>(`#service-${s}`)!.checked);
    expect(services).to.deep.equal([true, true, true]);
  });

  it('Escape closes without saving', async () => {
    const page = await visit(ELEMENT);
    page.api.showPreferences();
    await settle(page);
    panel(page).querySelector<HTMLInputElement>('#category-statistics')!.click();
    panel(page).dispatchEvent(new Event('cancel'));
    panel(page).close();
    await settle(page);
    expect(consentCookie()).to.equal(undefined);
    expect(banner(page)).to.exist;
  });

  it('opens from any [data-consent-open] element, including one added after load, and shows the saved choice', async () => {
    const page = await visit(`${ELEMENT}<footer><a href="#" data-consent-open>Gestion des cookies</a></footer>`);
    page.api.acceptAll();
    await settle(page);
    page.document.querySelector<HTMLElement>('[data-consent-open]')!.click();
    await settle(page);
    expect(panel(page).open).to.equal(true);
    expect(panel(page).querySelector<HTMLInputElement>('#category-statistics')!.checked).to.equal(true);
    expect(page.window.location.hash).to.equal('');
    panel(page).close();
    const late = page.document.createElement('button');
    late.dataset.consentOpen = '';
    late.innerHTML = '<span>Cookies</span>';
    page.document.body.append(late);
    late.querySelector('span')!.click();
    await settle(page);
    expect(panel(page).open).to.equal(true);
  });

  it('withdraws as easily as it grants: one switch and save', async () => {
    const page = await visit(ELEMENT);
    page.api.acceptAll();
    page.api.showPreferences();
    await settle(page);
    panel(page).querySelector<HTMLInputElement>('#category-statistics')!.click();
    await settle(page);
    button(panel(page), 'Enregistrer mes choix').click();
    expect(page.api.hasConsent('statistics')).to.equal(false);
    expect(page.api.hasConsent('social')).to.equal(true);
  });

  it('saves what the panel showed: a service added since the choice stays off', async () => {
    // All social networks accepted on a page that had only Twitter; this page also has Facebook.
    const before = await visit(ELEMENT.replace('matomo twitter facebook linkedin', 'twitter'));
    button(banner(before)!, 'Tout accepter').click();
    const page = await visit(ELEMENT);
    page.api.showPreferences();
    await settle(page);
    expect(panel(page).querySelector<HTMLInputElement>('#service-facebook')!.checked).to.equal(false);
    expect(panel(page).querySelector<HTMLInputElement>('#category-social')!.checked).to.equal(false);
    button(panel(page), 'Enregistrer mes choix').click();
    expect(page.api.hasConsent('twitter')).to.equal(true);
    expect(page.api.hasConsent('facebook')).to.equal(false);
    expect(storedRecord().services).to.include({ twitter: true, facebook: false, linkedin: false });
    expect(page.window.__warnings.filter((w) => w.includes('update()'))).to.deep.equal([]);
  });
});

describe('the consent cookie', () => {
  beforeEach(async () => {
    clearCookies();
    await executeServerCommand('pw-clear-cookies');
  });
  afterEach(closeVisits);

  it('is first-party, path /, SameSite=Lax, and expires 13 months after the choice', async () => {
    const now = new Date('2026-03-10T09:30:00Z');
    const page = await visit(ELEMENT, { now });
    button(banner(page)!, 'Tout accepter').click();
    const cookie = (await browserCookie())!;
    expect(cookie.path).to.equal('/');
    expect(cookie.sameSite).to.equal('Lax');
    const expiry = new Date(cookie.expires * 1000);
    expect(expiry.toISOString().slice(0, 10)).to.equal('2027-04-10');
    expect(storedRecord().date.slice(0, 10)).to.equal('2026-03-10');
  });

  it('is never extended by a later visit, and a new choice starts a new 13 months', async () => {
    const start = Date.UTC(2026, 0, 5, 12);
    const first = await visit(ELEMENT, { now: start });
    button(banner(first)!, 'Tout refuser').click();
    const before = (await browserCookie())!;
    const later = await visit(ELEMENT, { now: start + 60 * DAY });
    expect(banner(later)).to.equal(null);
    expect(later.api.getConsent()!.date).to.equal(first.api.getConsent()!.date);
    const after = (await browserCookie())!;
    expect(after.expires).to.equal(before.expires);
    expect(after.value).to.equal(before.value);
    later.api.acceptAll();
    const renewed = (await browserCookie())!;
    expect(new Date(renewed.expires * 1000).toISOString().slice(0, 10)).to.equal('2027-04-06');
  });

  it('asks again once the 13 months are over, even if the cookie was kept', async () => {
    const start = Date.UTC(2025, 0, 5, 12);
    const first = await visit(ELEMENT, { now: start });
    first.api.acceptAll();
    // A browser that kept it anyway (copied profile, altered expiry): the date inside still counts.
    document.cookie = `cookie_consent=${encodeURIComponent(consentCookie()!)}; path=/; max-age=${400 * 86400}`;
    const late = await visit(ELEMENT, { now: start + 396 * DAY });
    expect(late.api.getConsent()).to.equal(null);
    expect(banner(late)).to.exist;
  });

  it('asks every visitor again when the revision is bumped', async () => {
    const first = await visit(ELEMENT.replace('<cookie-consent', '<cookie-consent revision="1"'));
    first.api.acceptAll();
    const second = await visit(ELEMENT.replace('<cookie-consent', '<cookie-consent revision="2"'));
    expect(banner(second)).to.exist;
    expect(second.api.getConsent()).to.equal(null);
    expect(second.api.hasConsent('statistics')).to.equal(false);
    second.api.refuseAll();
    expect(storedRecord().revision).to.equal('2');
  });

  for (const [before, after] of [['', 'portal.localhost'], ['portal.localhost', '']]) {
    it(`keeps a withdrawal when cookie-domain changes from "${before}" to "${after}" after the visitor chose`, async () => {
      // A host with a parent domain, opened as a tab of its own (first-party cookies).
      const origin = `http://data.portal.localhost:${location.port}`;
      const element = (domain: string) => `<cookie-consent lang="fr" categories="statistics" cookie-domain="${domain}"></cookie-consent>`;
      const inTab = async (script: string) => ((await executeServerCommand('pw-frame-eval', { url: origin, script })) as { value: unknown }).value;
      const open = async (domain: string) => {
        await executeServerCommand('pw-close', { url: origin });
        await executeServerCommand('pw-open', { url: origin + pageUrl(element(domain)) });
        await inTab(`new Promise((resolve) => {
          const wait = () => (window.__events.some((e) => e.type === 'consent-ready') ? resolve(true) : setTimeout(wait, 10));
          wait();
        })`);
      };
      await open(before);
      await inTab('window.cookieConsent.update({ statistics: true })');
      // The admin changes cookie-domain; the visitor comes back and withdraws.
      await open(after);
      expect(await inTab('window.cookieConsent.hasConsent("statistics")')).to.equal(true);
      await inTab('window.cookieConsent.update({ statistics: false })');
      expect(await inTab('window.__warnings')).to.deep.equal([]);
      await open(after);
      expect(await inTab('window.cookieConsent.hasConsent("statistics")'), 'withdrawn on the next page').to.equal(false);
      await executeServerCommand('pw-close', { url: origin });
    });
  }

  it('honours cookie-name', async () => {
    const page = await visit(ELEMENT.replace('<cookie-consent', '<cookie-consent cookie-name="portail_choix"'));
    page.api.refuseAll();
    expect(consentCookie('portail_choix')).to.be.a('string');
    expect(consentCookie()).to.equal(undefined);
  });

  const tampered: [string, string][] = [
    ['truncated', '{"v":1,"id":"0b7c9f4e-5f55-4a1c'],
    ['not JSON', 'oui'],
    ['with wrong types', JSON.stringify({ v: 1, id: '0b7c9f4e-5f55-4a1c-9c1e-2a4f0f3b9d11', date: '2026-01-01T00:00:00.000Z', revision: '1', categories: { statistics: 'true' }, services: {} })],
    ['of an unknown version', JSON.stringify({ v: 9, id: '0b7c9f4e-5f55-4a1c-9c1e-2a4f0f3b9d11', date: '2026-01-01T00:00:00.000Z', revision: '1', categories: {}, services: {} })],
    ['with a __proto__ key', '{"v":1,"id":"0b7c9f4e-5f55-4a1c-9c1e-2a4f0f3b9d11","date":"2026-01-01T00:00:00.000Z","revision":"1","categories":{"__proto__":{"statistics":true}},"services":{}}'],
    ['over-long', JSON.stringify({ v: 1, pad: 'x'.repeat(3500) })],
  ];
  for (const [kind, value] of tampered) {
    it(`reads a cookie ${kind} as no choice: banner, one warning, no exception`, async () => {
      document.cookie = `cookie_consent=${encodeURIComponent(value)}; path=/`;
      const page = await visit(ELEMENT, { now: Date.UTC(2026, 5, 1) });
      expect(banner(page)).to.exist;
      expect(page.api.getConsent()).to.equal(null);
      expect(page.api.hasConsent('statistics')).to.equal(false);
      expect(page.window.__warnings.filter((w) => w.includes('stored consent is unreadable'))).to.have.length(1);
      expect(page.window.__errors).to.deep.equal([]);
    });
  }
});

describe('the JavaScript API', () => {
  beforeEach(clearCookies);
  afterEach(closeVisits);

  it('acceptAll, refuseAll, update, getConsent and hasConsent act on the same record', async () => {
    const page = await visit(ELEMENT);
    const { api } = page;
    expect(api.getConsent()).to.equal(null);
    api.update({ statistics: true });
    expect(api.hasConsent('statistics')).to.equal(true);
    expect(api.hasConsent('matomo')).to.equal(true);
    expect(api.hasConsent('social')).to.equal(false);
    api.update({ twitter: true });
    expect(api.hasConsent('twitter')).to.equal(true);
    expect(api.hasConsent('social')).to.equal(false);
    api.acceptAll();
    expect(api.hasConsent('social')).to.equal(true);
    api.refuseAll();
    expect(api.hasConsent('twitter')).to.equal(false);
    expect(api.getConsent()!.categories.necessary).to.equal(true);
    expect(changes(page)).to.have.length(4);
    expect(api.hasConsent('no-such-thing')).to.equal(false);
  });

  it('window.cookieConsent is there when consent-ready first fires, for a page script that listens before the library loads', async () => {
    const listener = `<script>
      window.__apiAtReady = [];
      document.addEventListener('consent-ready', () => window.__apiAtReady.push(typeof window.cookieConsent?.hasConsent));
    </script>`;
    const page = await visit(ELEMENT, { head: listener });
    expect((page.window as unknown as { __apiAtReady: string[] }).__apiAtReady).to.deep.equal(['function']);
  });

  it('onConsent runs now when granted, else once on grant', async () => {
    const page = await visit(ELEMENT);
    const calls: string[] = [];
    page.api.onConsent('statistics', () => calls.push('later'));
    expect(calls).to.deep.equal([]);
    page.api.refuseAll();
    expect(calls).to.deep.equal([]);
    page.api.update({ statistics: true });
    page.api.acceptAll();
    expect(calls).to.deep.equal(['later']);
    page.api.onConsent('matomo', () => calls.push('now'));
    expect(calls).to.deep.equal(['later', 'now']);
    const cancel = page.api.onConsent('video', () => calls.push('never'));
    cancel();
  });

  it('onConsent called before the element is configured runs once a stored grant is read (a returning visitor)', async () => {
    const first = await visit(ELEMENT);
    first.api.update({ statistics: true });
    // A single-page portal: its code runs first, its layout renders <cookie-consent> afterwards.
    const page = await visit('<div id="app"></div>');
    const calls: (string | undefined)[] = [];
    page.api.onConsent('statistics', (record) => calls.push(record.id));
    expect(calls).to.deep.equal([]);
    page.document.getElementById('app')!.innerHTML = ELEMENT;
    await until(() => page.window.__events.some((e) => e.type === 'consent-ready'), 'consent-ready');
    expect(page.api.hasConsent('statistics')).to.equal(true);
    expect(calls).to.deep.equal([first.api.getConsent()!.id]);
    // Once only: a later configuration or choice does not call it again.
    page.document.querySelector('cookie-consent')!.setAttribute('controller', 'Ville de Dunkerque');
    page.api.acceptAll();
    await settle(page);
    expect(calls).to.have.length(1);
  });

  it('showBanner shows the first layer again after a choice; showPreferences opens the panel', async () => {
    const page = await visit(ELEMENT);
    page.api.refuseAll();
    await settle(page);
    expect(banner(page)).to.equal(null);
    page.api.showBanner();
    await settle(page);
    expect(banner(page)).to.exist;
    page.api.showPreferences();
    await settle(page);
    expect(panel(page).open).to.equal(true);
  });

  it('reset forgets the choice and the services\' cookies, and shows the banner again', async () => {
    const page = await visit(ELEMENT);
    page.api.acceptAll();
    await settle(page);
    document.cookie = '_pk_id.3.1fff=abc; path=/';
    document.cookie = 'portal_session=keep; path=/';
    page.api.reset();
    await settle(page);
    expect(consentCookie()).to.equal(undefined);
    expect(document.cookie).to.not.include('_pk_id');
    expect(document.cookie).to.include('portal_session=keep');
    expect(page.api.getConsent()).to.equal(null);
    expect(banner(page)).to.exist;
  });

  it('refusing statistics deletes Matomo\'s cookies and leaves the others', async () => {
    const page = await visit(ELEMENT);
    document.cookie = '_pk_id.3.1fff=abc; path=/';
    document.cookie = '_pk_ses.3.1fff=1; path=/';
    document.cookie = 'portal_session=keep; path=/';
    page.api.refuseAll();
    expect(document.cookie).to.not.include('_pk_');
    expect(document.cookie).to.include('portal_session=keep');
  });
});

describe('languages and configuration', () => {
  beforeEach(clearCookies);
  afterEach(closeVisits);

  it('speaks English with lang="en"', async () => {
    const page = await visit(ELEMENT.replace('lang="fr"', 'lang="en"'));
    const actions = [...banner(page)!.querySelectorAll('.actions button')].map((b) => b.textContent!.trim());
    expect(actions).to.deep.equal(['Reject all', 'Accept all', 'Customise']);
    expect(banner(page)!.textContent).to.include('Audience measurement');
    expect(banner(page)!.closest('[lang]')!.getAttribute('lang')).to.equal('en');
  });

  it('names the portal itself when no controller is given, in each language', async () => {
    for (const [lang, start] of [['fr', 'Ce portail demande votre accord'], ['en', 'This portal asks for your consent']]) {
      const page = await visit(`<cookie-consent lang="${lang}" services="matomo"></cookie-consent>`);
      expect(banner(page)!.querySelector('.message')!.textContent!.trim()).to.match(new RegExp(`^${start}`));
      closeVisits();
    }
  });

  it('follows <html lang> without a lang attribute, and falls back to English', async () => {
    const french = await visit(ELEMENT.replace('lang="fr"', ''), { lang: 'fr-FR' });
    expect(banner(french)!.textContent).to.include('Tout refuser');
    const other = await visit(ELEMENT.replace('lang="fr"', ''), { lang: 'de' });
    expect(banner(other)!.textContent).to.include('Reject all');
    // A single-page portal switching its language.
    other.document.documentElement.lang = 'fr';
    await settle(other);
    expect(banner(other)!.textContent).to.include('Tout refuser');
  });

  it('reacts to attribute changes', async () => {
    const page = await visit(ELEMENT);
    const element = page.document.querySelector('cookie-consent')!;
    element.setAttribute('lang', 'en');
    await settle(page);
    expect(banner(page)!.textContent).to.include('Reject all');
    element.setAttribute('revision', '5');
    await settle(page);
    page.api.acceptAll();
    expect(page.api.getConsent()!.revision).to.equal('5');
  });

  it('shows attribute text as text, never as HTML', async () => {
    const page = await visit(
      `<cookie-consent lang="fr" controller="&lt;img src=x onerror=&quot;window.__pwned=1&quot;&gt;Mairie"
        services="matomo"></cookie-consent>`,
    );
    expect(banner(page)!.querySelector('img')).to.equal(null);
    expect(banner(page)!.textContent).to.include('<img src=x onerror="window.__pwned=1">Mairie');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect((page.window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
  });

  it('takes custom categories and services from child elements', async () => {
    const page = await visit(`<cookie-consent lang="fr" categories="statistics social video" services="matomo youtube">
      <consent-category name="video" label="Vidéos" description="Lecteurs vidéo intégrés."></consent-category>
      <consent-service name="youtube" category="video" label="YouTube" cookies="VISITOR_INFO1_LIVE YSC"
        policy-url="https://policies.google.com/privacy"></consent-service>
    </cookie-consent>`);
    expect(banner(page)!.textContent).to.include('Vidéos');
    page.api.showPreferences();
    await settle(page);
    expect(panel(page).querySelector('#service-youtube-description')!.textContent).to.include('VISITOR_INFO1_LIVE');
    page.api.update({ video: true });
    expect(page.api.hasConsent('youtube')).to.equal(true);
    expect(page.api.getConsent()!.categories).to.deep.equal({ necessary: true, statistics: false, social: false, video: true });
  });

  it('shows a category or service named like an Object property ("constructor") off until chosen', async () => {
    // Names are lower-cased, and `constructor` is the one Object.prototype key that stays a valid name.
    const page = await visit(`<cookie-consent lang="fr" categories="statistics constructor" services="matomo">
      <consent-category name="constructor" label="Constructeur" description="Sans service."></consent-category>
      <consent-service name="constructor" category="statistics" label="Piège"></consent-service>
    </cookie-consent>`);
    const switches = async () => {
      page.api.showPreferences();
      await settle(page);
      const dialog = panel(page);
      const on = (id: string) => dialog.querySelector<HTMLInputElement>(`#${id}`)!.checked;
      const state = { category: on('category-constructor'), statistics: on('category-statistics'), service: on('service-constructor') };
      dialog.close();
      await settle(page);
      return state;
    };
    expect(await switches()).to.deep.equal({ category: false, statistics: false, service: false });
    page.api.update({ matomo: true });
    expect(await switches()).to.deep.equal({ category: false, statistics: false, service: false });
    page.api.acceptAll();
    expect(await switches()).to.deep.equal({ category: true, statistics: true, service: true });
  });

  it('warns about a wrong attribute, names it, and keeps the rest working', async () => {
    const page = await visit(`<cookie-consent lang="fr" services="matomo tiktok" policy-url="javascript:alert(1)"
      statistics-mode="sometimes"></cookie-consent>`);
    const warnings = page.window.__warnings.join('\n');
    expect(warnings).to.include('services: "tiktok" is unknown');
    expect(warnings).to.include('policy-url');
    expect(warnings).to.include('statistics-mode');
    expect(banner(page)!.querySelector('a.policy')).to.equal(null);
    page.api.acceptAll();
    expect(page.api.hasConsent('matomo')).to.equal(true);
  });

  it('ignores a second <cookie-consent> with a warning', async () => {
    const page = await visit(`${ELEMENT}${ELEMENT}`);
    expect(page.window.__warnings.join()).to.include('second <cookie-consent>');
    await until(() => page.document.querySelectorAll('cookie-consent')[1]!.shadowRoot);
    expect(page.document.querySelectorAll('cookie-consent')[1]!.shadowRoot!.querySelector('.banner')).to.equal(null);
  });
});
