import { expect } from '@open-wc/testing';
import { banner, button, clearCookies, closeVisits, consentCookie, panel, settle, shadow, until, visit, type Visit } from '../support/visit.js';
import { REJECTIONS, expectClean, received, receiptBucket, receivedAtLeast, requested, watch } from './support.js';

const STUBS = { 'platform.twitter.com/widgets.js': { body: 'window.__twitterLoaded = (window.__twitterLoaded || 0) + 1;' } };

function element(extra = ''): string {
  return `<cookie-consent lang="fr" services="matomo twitter" matomo-url="https://stats.example.fr/" matomo-site-id="3"
    reload-on-withdraw="false" ${extra}></cookie-consent>`;
}

function changes(page: Visit) {
  return page.window.__events.filter((e) => e.type === 'consent-change');
}

describe('security: several tabs', () => {
  beforeEach(async () => {
    clearCookies();
    await watch(STUBS);
  });
  afterEach(closeVisits);

  it('applies a choice, a withdrawal and a reset made in one tab to the other, without a reload', async () => {
    const a = await visit(element(), { head: REJECTIONS });
    const b = await visit(element(), { head: REJECTIONS });
    expect(banner(b)).to.exist;

    button(banner(a)!, 'Tout accepter').click();
    await until(() => b.api.hasConsent('twitter'), 'the choice in the other tab');
    await settle(b);
    expect(b.api.getConsent()).to.deep.equal(a.api.getConsent());
    expect(banner(b)).to.equal(null);
    expect(changes(b)).to.have.length(1);
    await until(() => (b.window as unknown as { __twitterLoaded?: number }).__twitterLoaded === 1, 'twitter in the other tab');

    a.api.update({ social: false });
    await until(() => !b.api.hasConsent('twitter'), 'the withdrawal in the other tab');
    expect(b.api.hasConsent('matomo')).to.equal(true);

    a.api.reset();
    await until(() => b.api.getConsent() === null, 'the reset in the other tab');
    await settle(b);
    expect(banner(b)).to.exist;
    // Nothing echoes back: each tab saw exactly the three changes.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(changes(a)).to.have.length(3);
    expect(changes(b)).to.have.length(3);
    expectClean(a);
    expectClean(b);
  });

  it('sends the receipt from the tab where the choice was made only', async () => {
    const bucket = receiptBucket();
    const a = await visit(element(`consent-log-url="${bucket}"`), { head: REJECTIONS });
    const b = await visit(element(`consent-log-url="${bucket}"`), { head: REJECTIONS });
    a.api.refuseAll();
    await until(() => b.api.getConsent() !== null, 'the other tab');
    await receivedAtLeast(bucket, 1);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(await received(bucket)).to.have.length(1);
  });

  it('keeps tabs in step when cookies are blocked', async () => {
    const head = `${REJECTIONS}<script>Object.defineProperty(Document.prototype, 'cookie', {
      configurable: true, get() { throw new DOMException('no', 'SecurityError'); }, set() { throw new DOMException('no', 'SecurityError'); } });</script>`;
    const a = await visit(element(), { head });
    const b = await visit(element(), { head });
    a.api.update({ statistics: true });
    await until(() => b.api.hasConsent('statistics'), 'the choice in the other tab');
    expect(b.api.hasConsent('twitter')).to.equal(false);
    expectClean(a);
    expectClean(b);
  });

  it('ignores what else is said on its channel: junk, another revision, malformed grants', async () => {
    const b = await visit(element(), { head: REJECTIONS });
    const channel = new BroadcastChannel('portal-consent:cookie_consent');
    const forged = { v: 1, id: 'forged-0001', date: new Date().toISOString(), revision: '1', categories: {}, services: {} };
    for (const message of [
      { categories: { statistics: true } },
      42,
      'not json',
      JSON.stringify({ ...forged, revision: '2', categories: { statistics: true } }),
      JSON.stringify({ ...forged, categories: { statistics: 'true' } }),
      JSON.stringify({ ...forged, services: { __proto__: true, twitter: 1 } }),
    ]) {
      channel.postMessage(message);
    }
    channel.close();
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(b.api.getConsent()).to.equal(null);
    expect(b.api.hasConsent('statistics')).to.equal(false);
    expect(changes(b)).to.have.length(0);
    expect(banner(b)).to.exist;
    expectClean(b);
  });
});

const GPC = `<script>Object.defineProperty(Navigator.prototype, 'globalPrivacyControl', { configurable: true, get: () => true });</script>`;

describe('security: Global Privacy Control', () => {
  beforeEach(async () => {
    clearCookies();
    await watch(STUBS);
  });
  afterEach(closeVisits);

  it('starts with every optional category refused, and the banner says why', async () => {
    const page = await visit(element(), { head: REJECTIONS + GPC });
    expect(banner(page)!.querySelector('.gpc')!.textContent).to.include('Global Privacy Control');
    expect(page.api.getConsent()).to.equal(null);
    for (const name of ['statistics', 'social', 'matomo', 'twitter']) expect(page.api.hasConsent(name)).to.equal(false);
    button(banner(page)!, 'Personnaliser').click();
    await settle(page);
    const switches = [...panel(page).querySelectorAll<HTMLInputElement>('input[type="checkbox"]:not([disabled])')];
    expect(switches.length).to.be.greaterThan(0);
    expect(switches.every((input) => !input.checked)).to.equal(true);
    expect(await requested('twitter.com')).to.equal(0);
    expectClean(page);
  });

  it("lets the visitor's explicit choice win, and keeps it on the next page", async () => {
    const page = await visit(element(), { head: REJECTIONS + GPC });
    button(banner(page)!, 'Tout accepter').click();
    await settle(page);
    expect(page.api.hasConsent('twitter')).to.equal(true);
    expect(JSON.parse(consentCookie()!).categories.social).to.equal(true);
    const next = await visit(element(), { head: REJECTIONS + GPC });
    expect(banner(next)).to.equal(null);
    expect(next.api.hasConsent('twitter')).to.equal(true);
    expectClean(next);
  });

  it('says nothing about it when the browser does not send the signal', async () => {
    const page = await visit(element(), { head: REJECTIONS });
    expect(shadow(page).querySelector('.gpc')).to.equal(null);
  });
});
