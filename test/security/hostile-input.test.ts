import { expect } from '@open-wc/testing';
import * as fc from 'fast-check';
import { safeUrl } from '../../src/util/url.js';
import { banner, clearCookies, closeVisits, panel, settle, shadow, until, visit } from '../support/visit.js';
import { quietly } from './arbitraries.js';
import { REJECTIONS, expectClean, warned, watch } from './support.js';

/** Markup that would run if it were ever parsed as HTML. */
const PAYLOAD = `<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>`;
const escapeAttr = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

describe('security: hostile attributes and markup', () => {
  beforeEach(async () => {
    clearCookies();
    await watch({});
  });
  afterEach(closeVisits);

  it('shows attribute text as text, never as markup', async () => {
    const attr = escapeAttr(PAYLOAD);
    const body = `<cookie-consent lang="fr" controller="${attr}" categories="statistics video" services="matomo youtube">
      <consent-category name="video" label="${attr}" description="${attr}"></consent-category>
      <consent-service name="youtube" category="video" label="${attr}" description="${attr}" cookies="${attr} YSC"></consent-service>
      <p slot="message">Texte à nous</p>
    </cookie-consent>`;
    const page = await visit(body, { head: REJECTIONS });
    page.api.showPreferences();
    await settle(page);
    const root = shadow(page);
    expect(root.querySelectorAll('img, script, [onerror]')).to.have.length(0);
    expect(banner(page)!.textContent).to.include('<img src=x onerror=');
    expect(panel(page).textContent).to.include('<script>window.__pwned=1</script>');
    expect(page.document.querySelectorAll('img')).to.have.length(0);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect((page.window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
    expectClean(page);
  });

  for (const url of ['javascript:window.__pwned=1', ' JaVaScRiPt:window.__pwned=1', 'java\tscript:window.__pwned=1', 'data:text/html,<script>1</script>', 'vbscript:x', 'blob:https://x/y']) {
    it(`refuses ${JSON.stringify(url)} in every URL attribute, with a warning`, async () => {
      const attr = escapeAttr(url);
      const body = `<cookie-consent lang="fr" policy-url="${attr}" services="matomo youtube" matomo-url="${attr}" matomo-site-id="3"
          consent-log-url="${attr}" categories="statistics video">
          <consent-category name="video" label="Vidéo"></consent-category>
          <consent-service name="youtube" category="video" label="YouTube" policy-url="${attr}"></consent-service>
        </cookie-consent>
        <iframe data-consent="video" data-src="${attr}" title="Vidéo"></iframe>
        <script type="text/plain" data-consent="video" src="${attr}"></script>`;
      const head = `${REJECTIONS}<script>window.__beacons = 0; navigator.sendBeacon = () => { window.__beacons++; return true; };
        window.fetch = () => { window.__beacons++; return Promise.resolve(new Response()); };</script>`;
      const page = await visit(body, { head });
      page.api.acceptAll();
      page.api.showPreferences();
      await settle(page);
      await new Promise((resolve) => setTimeout(resolve, 50));
      const links = [...shadow(page).querySelectorAll('a')].map((a) => a.getAttribute('href'));
      expect(links.filter((href) => !/^(https?:|\/)/.test(href ?? ''))).to.deep.equal([]);
      expect(page.document.querySelector('iframe')!.hasAttribute('src')).to.equal(false);
      const ran = [...page.document.querySelectorAll('script[src]:not([type="text/plain"])')].map((s) => s.getAttribute('src'));
      expect(ran.filter((src) => !/^(\/|https?:)/.test(src ?? ''))).to.deep.equal([]);
      expect((page.window as unknown as { __beacons: number }).__beacons).to.equal(0);
      for (const attribute of ['policy-url', 'matomo-url', 'consent-log-url', '<consent-service name="youtube"> policy-url', '<iframe data-src>']) {
        expect(warned(page, attribute), attribute).to.equal(true);
      }
      expect((page.window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
      expectClean(page);
    });
  }

  it('accepts http(s) and relative URLs', async () => {
    const body = `<cookie-consent lang="fr" policy-url="../politique/?a=1#b" consent-log-url="https://logs.example.fr/consent"></cookie-consent>`;
    const page = await visit(body, { head: REJECTIONS });
    expect(banner(page)!.querySelector('a.policy')!.getAttribute('href')).to.equal('../politique/?a=1#b');
    expect(page.window.__warnings.filter((w) => w.includes('URL'))).to.deep.equal([]);
  });

  it('validates service and category names, and never grants a prototype key', async () => {
    const body = `<cookie-consent lang="fr" services="matomo __proto__ constructor toString ../x <b> twitter"
        categories="statistics __proto__ social &quot;x&quot; hasOwnProperty">
        <consent-category name="__proto__" label="x"></consent-category>
        <consent-category name="necessary" label="x"></consent-category>
        <consent-service name="__proto__" category="statistics"></consent-service>
        <consent-service name="bad name" category="statistics"></consent-service>
        <consent-service name="ok" category="necessary"></consent-service>
      </cookie-consent>
      <script type="text/plain" data-consent="__proto__">window.__pwned = 1</script>
      <script type="text/plain" data-consent="constructor">window.__pwned = 1</script>
      <script type="text/plain" data-consent="toString">window.__pwned = 1</script>`;
    const page = await visit(body, { head: REJECTIONS });
    page.api.acceptAll();
    page.api.update({ ['__proto__']: true, constructor: true, toString: true } as Record<string, boolean>);
    await settle(page);
    const record = page.api.getConsent()!;
    expect(Object.keys(record.categories).sort()).to.deep.equal(['necessary', 'social', 'statistics']);
    expect(Object.keys(record.services).sort()).to.deep.equal(['matomo', 'twitter']);
    for (const name of ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'ok']) expect(page.api.hasConsent(name), name).to.equal(false);
    for (const part of ['services: "__proto__"', 'services: "<b>"', '<consent-category name="__proto__">', '<consent-service name="__proto__">', '<consent-service name="bad name">', '<consent-service name="ok">']) {
      expect(warned(page, part), part).to.equal(true);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect((page.window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
    expectClean(page);
  });

  it('never reads the banner text from the cookie: a cookie holding markup is just unreadable', async () => {
    document.cookie = `cookie_consent=${encodeURIComponent(JSON.stringify({ v: 1, id: '<img src=x onerror=alert(1)>', date: new Date().toISOString(), revision: '1', categories: {}, services: {} }))}; path=/`;
    const page = await visit(`<cookie-consent lang="fr" services="matomo"></cookie-consent>`, { head: REJECTIONS });
    expect(page.api.getConsent()).to.equal(null);
    expect(banner(page)).to.exist;
    await until(() => warned(page, 'unreadable'), 'the warning');
    expectClean(page);
  });
});

describe('security: safeUrl, property-based', () => {
  it('lets through only what resolves to http(s), whatever the string (3000 runs)', () => {
    const schemes = fc.constantFrom('javascript:', 'JAVASCRIPT:', 'data:', 'vbscript:', 'blob:', 'file:', 'http:', 'https:', '//', '/', '', ' ', '\t', '\u0000', 'java\nscript:');
    quietly(() =>
      fc.assert(
        fc.property(schemes, fc.string({ unit: 'binary', maxLength: 40 }), (scheme, rest) => {
          const result = safeUrl(scheme + rest, 'test');
          if (result !== undefined) expect(['http:', 'https:']).to.include(new URL(result, document.baseURI).protocol);
        }),
        { numRuns: 3000 },
      ),
    );
  });
});
