import { expect } from '@open-wc/testing';
import { banner, button, clearCookies, closeVisits, panel, settle, shadow, until, visit } from '../support/visit.js';
import { REJECTIONS, expectClean, requested, watch } from './support.js';

const NONCE = 'r4nd0mN0nce';
const STRICT = `default-src 'self'; script-src 'self' 'nonce-${NONCE}'; style-src 'self'; img-src 'self'; connect-src 'self'; frame-src 'self'; object-src 'none'; base-uri 'none'`;
const TRUSTED = `${STRICT}; require-trusted-types-for 'script'; trusted-types portal-consent lit-html`;

const ELEMENT = `<cookie-consent lang="fr" controller="Ville" policy-url="/politique/" services="matomo twitter"
  matomo-url="https://stats.example.fr/" matomo-site-id="3" consent-log-url="/__receipts/csp" manage-button></cookie-consent>
  <a href="#" data-consent-open>Gestion des cookies</a>`;

const STUBS = {
  'stats.example.fr/matomo.js': { body: 'window.__matomoLoaded = true;' },
  'platform.twitter.com/widgets.js': { body: 'window.__twitterLoaded = true;' },
};

/** The head scripts of a test page, with the page's nonce. */
const head = REJECTIONS.replace('<script>', `<script nonce="${NONCE}">`);

describe('security: strict Content-Security-Policy and Trusted Types', () => {
  beforeEach(async () => {
    clearCookies();
    await watch(STUBS);
  });
  afterEach(closeVisits);

  it('sees a violation when there is one (the check itself works)', async () => {
    const page = await visit(`${ELEMENT}<p style="color: red">inline style</p>`, { csp: STRICT, head });
    await until(() => (page.window as unknown as { __violations: string[] }).__violations.length > 0, 'a violation');
    expect((page.window as unknown as { __violations: string[] }).__violations[0]).to.include('style-src');
  });

  for (const [name, csp] of [
    ['script-src with a nonce, style-src self', STRICT],
    ['require-trusted-types-for script', TRUSTED],
  ] as const) {
    it(`runs a whole visit with no violation under ${name}`, async () => {
      // The withdrawal at the end must not reload the page under test.
      const page = await visit(ELEMENT.replace('<cookie-consent', '<cookie-consent reload-on-withdraw="false"'), { csp, head });
      expect(banner(page)).to.exist;
      // Banner, then panel with its switches, then a choice that loads the vendors' scripts.
      button(banner(page)!, 'Personnaliser').click();
      await settle(page);
      expect(panel(page).open).to.equal(true);
      (shadow(page).querySelector('#category-statistics') as HTMLInputElement).click();
      await settle(page);
      button(panel(page), 'Enregistrer').click();
      await settle(page);
      expect(page.api.hasConsent('matomo')).to.equal(true);
      (page.document.querySelector('[data-consent-open]') as HTMLElement).click();
      await settle(page);
      button(panel(page), 'Tout accepter').click();
      await settle(page);
      await until(() => (page.window as unknown as { __twitterLoaded?: boolean }).__twitterLoaded, 'twitter under the CSP');
      await until(() => (page.window as unknown as { __matomoLoaded?: boolean }).__matomoLoaded, 'matomo under the CSP');
      expect(await requested('platform.twitter.com/widgets.js')).to.equal(1);
      page.api.update({ social: false });
      page.api.reset();
      await settle(page);
      expect(banner(page)).to.exist;
      await new Promise((resolve) => setTimeout(resolve, 50));
      expectClean(page);
    });
  }

  it('creates vendor scripts only through its own Trusted Types policy', async () => {
    const page = await visit(ELEMENT, { csp: TRUSTED, head });
    page.api.acceptAll();
    await until(() => (page.window as unknown as { __twitterLoaded?: boolean }).__twitterLoaded, 'twitter');
    const script = page.document.querySelector('script[src*="platform.twitter.com"]') as HTMLScriptElement;
    expect(script.nonce).to.equal(NONCE);
    expectClean(page);
  });

  it("runs the page's gated scripts (inline and external, with the page's nonce) under Trusted Types", async () => {
    await watch({ ...STUBS, 'cdn.example.fr/widget.js': { body: 'window.__external = true;' } });
    const body = `${ELEMENT}
      <script type="text/plain" data-consent="statistics" nonce="${NONCE}">window.__inline = true;</script>
      <script type="text/plain" data-consent="social" src="https://cdn.example.fr/widget.js" nonce="${NONCE}"></script>`;
    const page = await visit(body, { csp: TRUSTED, head });
    page.api.acceptAll();
    const win = page.window as unknown as { __inline?: boolean; __external?: boolean };
    await until(() => win.__inline && win.__external, 'the gated scripts');
    expectClean(page);
  });

  it("stays clean when the script is included twice under Trusted Types ('allow-duplicates', as the README says)", async () => {
    const twice = `${head}<script src="/dist/portal-consent.js" defer nonce="${NONCE}"></script>`;
    const page = await visit(ELEMENT, { csp: `${TRUSTED} 'allow-duplicates'`, head: twice });
    page.api.acceptAll();
    await until(() => (page.window as unknown as { __twitterLoaded?: boolean }).__twitterLoaded, 'twitter');
    expect(await requested('platform.twitter.com/widgets.js')).to.equal(1);
    expectClean(page);
  });

  it('is really held to Trusted Types: without its policy allowed, it says so and the page is not broken', async () => {
    const page = await visit(ELEMENT, { csp: `${STRICT}; require-trusted-types-for 'script'; trusted-types lit-html`, head });
    page.api.acceptAll();
    await settle(page);
    expect(page.api.hasConsent('twitter')).to.equal(true);
    await until(() => page.window.__warnings.some((w) => w.includes('"portal-consent" Trusted Types policy')), 'the warning');
    expect((page.window as unknown as { __violations: string[] }).__violations.join()).to.include('trusted-types');
    expect(page.document.querySelector('script[src*="platform.twitter.com"]')).to.equal(null);
    expect(page.window.__errors).to.deep.equal([]);
  });
});
