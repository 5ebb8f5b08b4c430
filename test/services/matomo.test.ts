import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { clearCookies, closeVisits, panel, settle, until, visit, type Visit } from '../support/visit.js';
import { countOf, eventually, requests, watchNetwork } from '../gating/network.js';
import { commandNames, matomoCommands, navigate, thirteenMonths, TRACKER_STUBS } from './fake-trackers.js';

const consentMode = (extra = '') => `<cookie-consent lang="fr" services="matomo twitter" matomo-url="https://stats.example.fr/"
  matomo-site-id="3" ${extra}></cookie-consent>`;
const exemptMode = (extra = '') => consentMode(`statistics-mode="exempt" ${extra}`);

const SETUP = ['requireCookieConsent', 'setTrackerUrl', 'setSiteId', 'enableLinkTracking'];
const VIEW = ['setCustomUrl', 'setDocumentTitle', 'trackPageView'];
const DAY = 864e5;

async function matomoRequests(): Promise<string[]> {
  return (await requests()).filter((r) => r.host === 'stats.example.fr').map((r) => r.url);
}

async function hits(): Promise<URL[]> {
  return (await matomoRequests()).filter((url) => url.includes('matomo.php')).map((url) => new URL(url));
}

function command(page: Visit, name: string): unknown[] | undefined {
  return matomoCommands(page)?.find((c) => c[0] === name);
}

/** No cookie, and a network log that no request of an earlier test (closed mid-flight) can reach. */
async function fresh(): Promise<void> {
  clearCookies();
  await new Promise((resolve) => setTimeout(resolve, 100));
  await watchNetwork(TRACKER_STUBS);
}

function hasTrackerCookie(): boolean {
  return /(^|; )(_pk_|mtm_)/.test(document.cookie);
}

describe('Matomo, statistics-mode="consent"', () => {
  beforeEach(fresh);
  afterEach(closeVisits);

  it('requests nothing from the Matomo host before a grant, nor after a refusal', async () => {
    const page = await visit(consentMode());
    page.api.refuseAll();
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(await matomoRequests()).to.deep.equal([]);
    expect((page.window as unknown as { _paq?: unknown })._paq).to.equal(undefined);
    expect(hasTrackerCookie()).to.equal(false);
  });

  it('on a grant of statistics: loads matomo.js, allows cookies for at most 13 months, tracks the page', async () => {
    const page = await visit(consentMode());
    page.api.update({ statistics: true });
    await until(() => commandNames(page).includes('trackPageView'), 'the page view');
    expect(commandNames(page)).to.deep.equal([...SETUP, 'rememberCookieConsentGiven', 'setVisitorCookieTimeout', ...VIEW]);
    expect(command(page, 'setTrackerUrl')).to.deep.equal(['setTrackerUrl', 'https://stats.example.fr/matomo.php']);
    expect(command(page, 'setSiteId')).to.deep.equal(['setSiteId', '3']);
    const seconds = command(page, 'setVisitorCookieTimeout')![1] as number;
    expect(seconds).to.be.at.most(thirteenMonths()).and.above(thirteenMonths() - DAY / 1000);
    expect(command(page, 'rememberCookieConsentGiven')![1] as number).to.be.closeTo(seconds / 3600, 0.01);
    await eventually(async () => (await hits()).length === 1, 'one matomo.php request');
    expect((await hits())[0]!.searchParams.get('cookie')).to.equal('1');
    const cookies = (await executeServerCommand('pw-cookies')) as { name: string; expires: number }[];
    const visitor = cookies.find((c) => c.name.startsWith('_pk_id.'))!;
    expect(visitor.expires * 1000 - Date.now()).to.be.at.most(thirteenMonths() * 1000 + 5000);
  });

  it('starts on a grant of the matomo service alone, and once however many choices follow', async () => {
    const page = await visit(consentMode());
    page.api.update({ matomo: true });
    page.api.update({ twitter: true });
    page.api.acceptAll();
    await until(() => commandNames(page).includes('trackPageView'), 'the page view');
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(commandNames(page).filter((name) => name === 'trackPageView')).to.have.length(1);
    expect(await countOf('matomo.js')).to.equal(1);
  });

  it('caps the identifier at the consent\'s own expiry: a later visit never extends it', async () => {
    const start = Date.UTC(2026, 0, 10, 12);
    const first = await visit(consentMode(), { now: start });
    first.api.acceptAll();
    const later = await visit(consentMode(), { now: start + 100 * DAY });
    await until(() => commandNames(later).includes('trackPageView'), 'the page view');
    const seconds = command(later, 'setVisitorCookieTimeout')![1] as number;
    const expected = (Date.UTC(2027, 1, 10, 12) - (start + 100 * DAY)) / 1000;
    expect(seconds).to.be.closeTo(expected, 3600 * 25);
  });

  it('stops and deletes its cookies on withdrawal', async () => {
    const page = await visit(consentMode('reload-on-withdraw="false"'));
    page.api.acceptAll();
    await eventually(async () => (await hits()).length === 1, 'the first page view');
    expect(hasTrackerCookie()).to.equal(true);
    await executeServerCommand('network-clear');
    page.api.refuseAll();
    await navigate(page, 'pushState', '/jeux-de-donnees/', 'Jeux de données');
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(commandNames(page).slice(-2)).to.deep.equal(['forgetCookieConsentGiven', 'requireConsent']);
    expect(await matomoRequests()).to.deep.equal([]);
    expect(hasTrackerCookie()).to.equal(false);
  });
});

describe('Matomo, statistics-mode="exempt"', () => {
  beforeEach(fresh);
  afterEach(closeVisits);

  it('measures without cookies before any choice: nothing is written on the device', async () => {
    const page = await visit(exemptMode());
    await until(() => commandNames(page).includes('trackPageView'), 'the page view');
    expect(commandNames(page)).to.deep.equal([...SETUP, ...VIEW]);
    await eventually(async () => (await hits()).length === 1, 'one matomo.php request');
    expect((await hits())[0]!.searchParams.get('cookie')).to.equal('0');
    expect(hasTrackerCookie()).to.equal(false);
    expect(page.api.getConsent()).to.equal(null);
  });

  it('stays cookieless after "Tout refuser", on this page and the next', async () => {
    const page = await visit(exemptMode());
    page.api.refuseAll();
    await until(() => commandNames(page).includes('trackPageView'), 'the page view');
    expect(commandNames(page)).to.not.include('rememberCookieConsentGiven');
    const next = await visit(exemptMode());
    await until(() => commandNames(next).includes('trackPageView'), 'the next page view');
    expect(commandNames(next)).to.deep.equal([...SETUP, ...VIEW]);
    await eventually(async () => (await hits()).length === 2, 'two cookieless page views');
    expect((await hits()).map((url) => url.searchParams.get('cookie'))).to.deep.equal(['0', '0']);
    expect(hasTrackerCookie()).to.equal(false);
  });

  it('a grant upgrades to cookies for at most 13 months; a withdrawal goes back to cookieless', async () => {
    const page = await visit(exemptMode('reload-on-withdraw="false"'));
    await until(() => commandNames(page).includes('trackPageView'), 'the page view');
    page.api.update({ statistics: true });
    expect(commandNames(page).slice(-2)).to.deep.equal(['rememberCookieConsentGiven', 'setVisitorCookieTimeout']);
    expect(command(page, 'rememberCookieConsentGiven')![1] as number).to.be.at.most(thirteenMonths() / 3600);
    expect(command(page, 'setVisitorCookieTimeout')![1] as number).to.be.at.most(thirteenMonths());
    const consentCookie = ((await executeServerCommand('pw-cookies')) as { name: string; expires: number }[]).find(
      (c) => c.name === 'mtm_cookie_consent',
    )!;
    expect(consentCookie.expires * 1000 - Date.now()).to.be.at.most(thirteenMonths() * 1000 + 5000);
    const next = await visit(exemptMode('reload-on-withdraw="false"'));
    await until(() => commandNames(next).includes('trackPageView'), 'the next page view');
    expect(commandNames(next)).to.deep.equal([...SETUP, 'rememberCookieConsentGiven', 'setVisitorCookieTimeout', ...VIEW]);
    next.api.update({ statistics: false });
    expect(commandNames(next).at(-1)).to.equal('forgetCookieConsentGiven');
    expect(hasTrackerCookie()).to.equal(false);
  });

  it('an objection from the panel stops every request and deletes Matomo\'s cookies, on every page', async () => {
    const page = await visit(exemptMode());
    page.api.acceptAll();
    await eventually(async () => (await hits()).length === 1, 'the first page view');
    expect(hasTrackerCookie()).to.equal(true);
    page.api.showPreferences();
    await settle(page);
    const dialog = panel(page);
    expect(dialog.textContent).to.include('Exempté de consentement');
    const objection = dialog.querySelector<HTMLInputElement>('#objection')!;
    expect(objection.getAttribute('role')).to.equal('switch');
    expect(dialog.querySelector(`label[for="objection"]`)!.textContent).to.equal('Je m’oppose à la mesure d’audience');
    objection.click();
    await executeServerCommand('network-clear');
    [...dialog.querySelectorAll('button')].find((b) => b.textContent!.includes('Enregistrer'))!.click();
    expect(page.api.getConsent()!.services['matomo-objection']).to.equal(true);
    expect(commandNames(page).at(-1)).to.equal('requireConsent');
    expect(hasTrackerCookie()).to.equal(false);
    await navigate(page, 'pushState', '/jeux-de-donnees/', 'Jeux de données');
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(await matomoRequests()).to.deep.equal([]);
    const next = await visit(exemptMode());
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(await matomoRequests()).to.deep.equal([]);
    expect(matomoCommands(next)).to.equal(undefined);
    expect((next.window as unknown as { _paq?: unknown })._paq).to.equal(undefined);
  });

  it('records the objection in the record: "Tout refuser" keeps it, "Tout accepter" lifts it', async () => {
    const page = await visit(exemptMode());
    page.api.update({ 'matomo-objection': true });
    expect(page.window.__warnings.join()).to.not.include('matomo-objection');
    page.api.refuseAll();
    expect(page.api.getConsent()!.services).to.deep.equal({ matomo: false, twitter: false, 'matomo-objection': true });
    expect(page.api.hasConsent('matomo-objection')).to.equal(true);
    page.api.acceptAll();
    expect(page.api.getConsent()!.services['matomo-objection']).to.equal(false);
  });
});

describe('Matomo in a single-page portal', () => {
  beforeEach(fresh);
  afterEach(closeVisits);

  function views(page: Visit): { url: string; title: string }[] {
    const result: { url: string; title: string }[] = [];
    let url = '';
    let title = '';
    for (const [name, value] of matomoCommands(page) ?? []) {
      if (name === 'setCustomUrl') url = value as string;
      if (name === 'setDocumentTitle') title = value as string;
      if (name === 'trackPageView') {
        const { pathname, search, hash } = new URL(url);
        result.push({ url: pathname + search + hash, title });
      }
    }
    return result;
  }

  it('tracks one page view per view, with its URL and title, never twice', async () => {
    const page = await visit(exemptMode());
    await until(() => views(page).length === 1, 'the first view');
    await navigate(page, 'pushState', '/explore/dataset/budget/', 'Budget');
    await navigate(page, 'replaceState', '/explore/dataset/budget/', 'Budget');
    // A router that pushes then redirects within one navigation: one view, the final one.
    page.window.history.pushState({}, '', '/explore/');
    page.window.history.replaceState({}, '', '/explore/?sort=date');
    page.document.title = 'Catalogue';
    await new Promise((resolve) => setTimeout(resolve, 30));
    await navigate(page, 'pushState', '/explore/?sort=date#resultats', 'Catalogue');
    await navigate(page, 'pushState', '/#/carte', 'Carte');
    page.window.history.back();
    await until(() => views(page).length === 5, 'the view after going back');
    expect(views(page).slice(1)).to.deep.equal([
      { url: '/explore/dataset/budget/', title: 'Budget' },
      { url: '/explore/?sort=date', title: 'Catalogue' },
      { url: '/#/carte', title: 'Carte' },
      { url: '/explore/?sort=date#resultats', title: 'Carte' },
    ]);
    await eventually(async () => (await hits()).length === 5, 'five matomo.php requests');
  });
});
