import { expect } from '@open-wc/testing';
import { banner, button, clearCookies, closeVisits, consentCookie, settle, shadow, until, visit } from '../support/visit.js';
import { REJECTIONS, expectClean, requested, warned, watch } from './support.js';

const ELEMENT = `<cookie-consent lang="fr" services="matomo twitter" matomo-url="https://stats.example.fr/" matomo-site-id="3"
  policy-url="/politique/"></cookie-consent>`;

const STUBS = {
  'stats.example.fr/matomo.js': { body: 'window.__matomoLoaded = (window.__matomoLoaded || 0) + 1;' },
  'platform.twitter.com/widgets.js': { body: 'window.__twitterLoaded = (window.__twitterLoaded || 0) + 1;' },
};

const THROWING_COOKIES = `<script>
  Object.defineProperty(Document.prototype, 'cookie', {
    configurable: true,
    get() { throw new DOMException('The document is sandboxed', 'SecurityError'); },
    set() { throw new DOMException('The document is sandboxed', 'SecurityError'); },
  });
</script>`;

const DISABLED_COOKIES = `<script>
  Object.defineProperty(Document.prototype, 'cookie', { configurable: true, get() { return ''; }, set() {} });
  Object.defineProperty(Navigator.prototype, 'cookieEnabled', { configurable: true, get() { return false; } });
</script>`;

describe('security: a broken environment never breaks the page', () => {
  beforeEach(async () => {
    clearCookies();
    await watch(STUBS);
  });
  afterEach(closeVisits);

  for (const [what, head] of [
    ['throw', THROWING_COOKIES],
    ['are disabled', DISABLED_COOKIES],
  ] as const) {
    it(`works for the page when cookies ${what}: the choice applies in memory, with a warning`, async () => {
      const page = await visit(ELEMENT, { head: REJECTIONS + head });
      expect(banner(page)).to.exist;
      button(banner(page)!, 'Tout accepter').click();
      await settle(page);
      expect(banner(page)).to.equal(null);
      expect(page.api.hasConsent('statistics')).to.equal(true);
      expect(page.api.getConsent()!.categories.statistics).to.equal(true);
      await until(() => (page.window as unknown as { __twitterLoaded?: number }).__twitterLoaded === 1, 'twitter');
      expect(warned(page, 'cannot be stored')).to.equal(true);
      page.api.refuseAll();
      expect(page.api.hasConsent('statistics')).to.equal(false);
      expectClean(page);

      // Not remembered: the next page asks again.
      const next = await visit(ELEMENT, { head: REJECTIONS + head });
      expect(banner(next)).to.exist;
      expect(next.api.getConsent()).to.equal(null);
      expectClean(next);
    });
  }

  it('works without crypto.randomUUID (an http page): the record still gets an id', async () => {
    const page = await visit(ELEMENT, { head: `${REJECTIONS}<script>delete Crypto.prototype.randomUUID;</script>` });
    button(banner(page)!, 'Tout refuser').click();
    await settle(page);
    const record = page.api.getConsent()!;
    expect(record.id).to.match(/^[A-Za-z0-9-]{8,64}$/);
    expect(JSON.parse(consentCookie()!).id).to.equal(record.id);
    expectClean(page);
  });

  it('works when localStorage throws, with a consent-log-url', async () => {
    const head = `${REJECTIONS}<script>
      Object.defineProperty(window, 'localStorage', { configurable: true, get() { throw new DOMException('denied', 'SecurityError'); } });
    </script>`;
    const page = await visit(ELEMENT.replace('<cookie-consent', '<cookie-consent consent-log-url="/__receipts/nowhere"'), { head });
    button(banner(page)!, 'Tout accepter').click();
    await settle(page);
    expect(page.api.hasConsent('matomo')).to.equal(true);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expectClean(page);
  });

  it('survives a provider that throws and a provider script that fails to load', async () => {
    await watch({ 'platform.twitter.com/widgets.js': { status: 500, body: 'oops' } });
    const head = `${REJECTIONS}<script>
      // A page (or an old snippet) left a _paq that throws on every push.
      window._paq = { push() { throw new Error('vendor broke'); } };
    </script>`;
    // No reload when update() withdraws Twitter, which ran: the same page must carry on.
    const body = `${ELEMENT.replace('<cookie-consent', '<cookie-consent reload-on-withdraw="false"')}
      <script type="text/plain" data-consent="statistics">window.__after = 'ran';</script>`;
    const page = await visit(body, { head });
    page.api.acceptAll();
    await settle(page);
    expect(page.api.hasConsent('twitter')).to.equal(true);
    await until(() => (page.window as unknown as { __after?: string }).__after === 'ran', 'the gated script after the failures');
    expect(warned(page, 'matomo')).to.equal(true);
    // The library still answers and still changes its mind.
    page.api.update({ social: false });
    expect(page.api.hasConsent('twitter')).to.equal(false);
    expect(page.window.__events.filter((e) => e.type === 'consent-change')).to.have.length(2);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expectClean(page);
  });
});

describe('security: one source of truth', () => {
  beforeEach(async () => {
    clearCookies();
    await watch(STUBS);
  });
  afterEach(closeVisits);

  it('keeps one state when the script is included twice and the page has two <cookie-consent>', async () => {
    const head = `${REJECTIONS}<script src="/dist/portal-consent.js" defer></script>`;
    const page = await visit(`${ELEMENT}${ELEMENT}`, { head });
    const [first, second] = page.document.querySelectorAll('cookie-consent');
    expect(first!.shadowRoot!.querySelector('.banner')).to.exist;
    expect(second!.shadowRoot?.querySelector('.banner') ?? null).to.equal(null);
    expect(warned(page, 'second <cookie-consent>')).to.equal(true);
    button(banner(page)!, 'Tout accepter').click();
    await settle(page);
    await until(() => (page.window as unknown as { __twitterLoaded?: number }).__twitterLoaded === 1, 'twitter');
    expect(page.window.__events.filter((e) => e.type === 'consent-ready')).to.have.length(1);
    expect(page.window.__events.filter((e) => e.type === 'consent-change')).to.have.length(1);
    expect(await requested('platform.twitter.com/widgets.js')).to.equal(1);
    expect(await requested('stats.example.fr/matomo.js')).to.equal(1);
    expectClean(page);
  });

  it('carries on when the element is removed and added again: no second load, no error', async () => {
    // No reload when reset() withdraws Twitter: the same page must carry on.
    const page = await visit(ELEMENT.replace('<cookie-consent', '<cookie-consent reload-on-withdraw="false"'), { head: REJECTIONS });
    const element = page.document.querySelector('cookie-consent')!;
    page.api.acceptAll();
    await settle(page);
    await until(() => (page.window as unknown as { __twitterLoaded?: number }).__twitterLoaded === 1, 'twitter');
    element.remove();
    page.document.body.append(element);
    await settle(page);
    expect(banner(page)).to.equal(null);
    page.api.showPreferences();
    await settle(page);
    expect(shadow(page).querySelector('dialog')!.open).to.equal(true);
    page.api.reset();
    await settle(page);
    expect(banner(page)).to.exist;
    page.api.acceptAll();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(await requested('platform.twitter.com/widgets.js')).to.equal(1);
    expectClean(page);
  });

  it('hands over to the new element when a page swaps it for another (a re-rendered layout)', async () => {
    const page = await visit(ELEMENT, { head: REJECTIONS });
    const old = page.document.querySelector('cookie-consent')!;
    const fresh = old.cloneNode(true) as HTMLElement;
    page.document.body.prepend(fresh);
    old.remove();
    await settle(page);
    expect(fresh.shadowRoot!.querySelector('.banner')).to.exist;
    page.api.showPreferences();
    await (fresh as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    await until(() => fresh.shadowRoot!.querySelector('dialog')?.open, 'the panel of the new element');
    expectClean(page);
  });
});
