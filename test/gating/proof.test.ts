/**
 * The promise to visitors, checked on the network and in the cookie jar as the browser holds them:
 * no request to a service's hosts before its grant, only its own after, its cookies gone after a
 * withdrawal.
 */
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { banner, button, clearCookies, closeVisits, pageUrl, settle, until, visit, type Visit } from '../support/visit.js';
import { countOf, eventually, hosts, nextLoad, PROVIDER_STUBS, requests, watchNetwork } from './network.js';

const EVERYTHING = `<cookie-consent lang="fr" services="matomo google-analytics twitter facebook linkedin"
  matomo-url="https://stats.example.fr/" matomo-site-id="3" ga-id="G-TEST1234"></cookie-consent>
<script type="text/plain" data-consent="statistics" src="https://cdn.example.org/stats.js"></script>
<script type="text/plain" data-consent="statistics">window.__inline = true</script>
<iframe title="Carte" data-consent="social" data-src="https://www.openstreetmap.org/export/embed.html?bbox=2.3,51,2.4,51.05"></iframe>
<consent-embed service="twitter" id="tweet"><blockquote class="twitter-tweet"><p>Un jeu de données.</p></blockquote>
  <script type="text/plain" async src="https://platform.twitter.com/widgets.js"></script></consent-embed>
<consent-embed service="facebook" id="fb"><div class="fb-like" data-href="https://data.example.fr/"></div></consent-embed>
<consent-embed service="linkedin" id="li"><script type="IN/Share" data-url="https://data.example.fr/"></script></consent-embed>
<main id="app"></main>`;

/** Lets every timer, script and frame of the page start what it would start. */
const quiet = () => new Promise((resolve) => setTimeout(resolve, 300));

interface BrowserCookie {
  name: string;
  path: string;
  domain: string;
}

async function cookieJar(): Promise<BrowserCookie[]> {
  return (await executeServerCommand('pw-cookies')) as BrowserCookie[];
}

describe('proof: the network before and after consent', () => {
  beforeEach(async () => {
    clearCookies();
    await executeServerCommand('pw-clear-cookies');
    await watchNetwork({ ...PROVIDER_STUBS, 'www.openstreetmap.org': { body: '<p>carte</p>', contentType: 'text/html' } });
  });
  afterEach(closeVisits);

  it('no third-party request before a choice, none after a refusal, only Twitter\'s after "Autoriser Twitter"', async () => {
    const page = await visit(EVERYTHING);
    await quiet();
    expect(await requests(), 'before any choice').to.deep.equal([]);

    button(banner(page)!, 'Tout refuser').click();
    await settle(page);
    // Content that a single-page portal renders after the refusal is held back too.
    page.document.getElementById('app')!.innerHTML =
      '<consent-embed service="twitter"><blockquote class="twitter-tweet"></blockquote></consent-embed>' +
      '<iframe title="x" data-consent="statistics" data-src="https://stats.example.fr/widget"></iframe>';
    await quiet();
    expect(await requests(), 'after the refusal').to.deep.equal([]);
    expect((page.window as unknown as { __inline?: boolean }).__inline).to.equal(undefined);

    const tweet = page.document.getElementById('tweet')!;
    await (tweet as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    button(tweet.shadowRoot!, 'Autoriser Twitter').click();
    await eventually(async () => (await countOf('widgets.js')) === 1, 'widgets.js');
    await quiet();
    expect(await hosts(), 'after "Autoriser Twitter"').to.deep.equal(['platform.twitter.com']);
    expect(await countOf('widgets.js')).to.equal(1);
    expect(page.api.hasConsent('social')).to.equal(false);
  });

  it('each provider script is requested once, with several embeds and embeds added later', async () => {
    const page = await visit(EVERYTHING + EVERYTHING.slice(EVERYTHING.indexOf('<consent-embed')).replace(/ id="\w+"/g, ''));
    page.api.update({ social: true });
    await until(() => page.window.twttr && page.window.FB && page.window.IN, 'the three providers');
    page.document.getElementById('app')!.innerHTML = EVERYTHING.slice(EVERYTHING.indexOf('<consent-embed')).replace(/ id="\w+"/g, '');
    await quiet();
    expect(await countOf('platform.twitter.com/widgets.js')).to.equal(1);
    expect(await countOf('connect.facebook.net/fr_FR/sdk.js')).to.equal(1);
    expect(await countOf('platform.linkedin.com/in.js')).to.equal(1);
    expect(await countOf('openstreetmap.org')).to.equal(1);
    expect(await hosts()).to.deep.equal(['connect.facebook.net', 'platform.linkedin.com', 'platform.twitter.com', 'www.openstreetmap.org']);
  });

  it('carries the nonce under a strict CSP: gated scripts with it run, those without are blocked', async () => {
    await watchNetwork({ ...PROVIDER_STUBS, 'cdn.example.org/n.js': { body: "window.__ran.push('external')" } });
    const page = await visit(
      `<cookie-consent lang="fr" services="twitter"></cookie-consent>
      <script type="text/plain" data-consent="twitter" nonce="abc">window.__ran.push('inline')</script>
      <script type="text/plain" data-consent="twitter">window.__ran.push('no nonce')</script>
      <script type="text/plain" data-consent="twitter" nonce="abc" src="https://cdn.example.org/n.js"></script>
      <consent-embed service="twitter"><blockquote class="twitter-tweet"></blockquote></consent-embed>`,
      { csp: "script-src 'self' 'nonce-abc'", head: '<script nonce="abc">window.__ran = []</script>' },
    );
    const win = page.window as typeof page.window & { __ran: string[]; __violations: string[] };
    page.api.update({ twitter: true });
    await until(() => win.__ran.length === 2 && win.twttr, 'the scripts with the nonce and widgets.js');
    await quiet();
    expect(win.__ran).to.deep.equal(['inline', 'external']);
    expect(win.__violations).to.have.length(1);
    expect(win.__violations[0]).to.match(/^script-src/);
  });
});

describe('proof: withdrawal', () => {
  beforeEach(async () => {
    clearCookies();
    await executeServerCommand('pw-clear-cookies');
    await watchNetwork(PROVIDER_STUBS);
  });
  afterEach(closeVisits);

  it('deletes the withdrawn category\'s cookies on every path, keeps the others, and reloads the page', async () => {
    const page = await visit(EVERYTHING, { path: '/portail/jeu' });
    page.api.acceptAll();
    await settle(page);
    // What Matomo, Google Analytics and the portal itself would have set, on several paths.
    const set = (cookie: string) => {
      page.document.cookie = cookie;
    };
    set('_pk_id.3.a1b2=x; path=/');
    set('_pk_ses.3.a1b2=x; path=/__page/portail');
    set('_ga=GA1.1; path=/__page/portail/jeu');
    set('_ga_TEST1234=GS1; path=/__page/portail/');
    set('_gid=GA1.2; path=/');
    set('guest_id=v1; path=/');
    set('portail_session=garde; path=/');
    set('ga=garde; path=/__page/portail');
    expect((await cookieJar()).filter((c) => /^_(pk|ga|gid)/.test(c.name))).to.have.length(5);

    const reloaded = nextLoad(page.frame);
    page.api.update({ statistics: false });
    await reloaded;

    const names = (await cookieJar()).map((c) => c.name).sort();
    expect(names).to.deep.equal(['cookie_consent', 'ga', 'guest_id', 'portail_session']);
    const after = page.frame.contentWindow as Visit['window'];
    await until(() => after.__events?.some((e) => e.type === 'consent-ready'), 'the reloaded page');
    expect(after.cookieConsent.hasConsent('statistics')).to.equal(false);
    expect(after.cookieConsent.hasConsent('twitter')).to.equal(true);
  });

  it('deletes them on every domain a tracker could have used: host, .host, parent domain', async () => {
    // A host with parent domains, on loopback, opened as a tab of its own (first-party cookies).
    const origin = `http://data.portal.localhost:${location.port}`;
    await executeServerCommand('pw-open', { url: origin + pageUrl(EVERYTHING) });
    const inFrame = (script: string) => executeServerCommand('pw-frame-eval', { url: origin, script });
    await inFrame(`new Promise((resolve) => {
      const ready = () => window.__events.some((e) => e.type === 'consent-ready');
      const wait = () => (ready() ? resolve(true) : setTimeout(wait, 10));
      wait();
    })`);
    await inFrame(`[
      '_pk_ref.3.a1=x; path=/',
      '_pk_ses.3.a1=x; domain=data.portal.localhost; path=/',
      '_pk_id.3.a1=x; domain=portal.localhost; path=/',
      '_ga=GA1; domain=.portal.localhost; path=/__page',
      'portail_session=garde; domain=portal.localhost; path=/',
      'langue=fr; path=/',
    ].forEach((cookie) => { document.cookie = cookie; })`);
    const ours = async () =>
      (await cookieJar()).filter((c) => c.domain.includes('portal.localhost')).map((c) => `${c.name}@${c.domain}`).sort();
    expect(await ours()).to.have.length(6);
    await inFrame('window.cookieConsent.refuseAll()');
    expect(await ours()).to.deep.equal([
      'cookie_consent@data.portal.localhost',
      'langue@data.portal.localhost',
      'portail_session@.portal.localhost',
    ]);
    await executeServerCommand('pw-close', { url: origin });
  });

  it('after the reload, the withdrawn service sends nothing and its embeds are placeholders', async () => {
    const page = await visit(EVERYTHING);
    page.api.update({ twitter: true });
    await until(() => page.window.twttr, 'widgets.js');
    const reloaded = nextLoad(page.frame);
    page.api.update({ twitter: false });
    await reloaded;
    await executeServerCommand('network-clear');
    const after = page.frame.contentWindow as Visit['window'];
    await until(() => after.__events?.some((e) => e.type === 'consent-ready'), 'the reloaded page');
    await quiet();
    expect(await requests()).to.deep.equal([]);
    const tweet = after.document.getElementById('tweet')!;
    expect(tweet.shadowRoot!.querySelector('[part="placeholder"]')).to.exist;
  });

  it('reloads when a gated script that ran is withdrawn, with no service of its own (README: a script that ran cannot be unloaded)', async () => {
    // A portal's own audience script, gated by its category alone.
    const page = await visit(`<cookie-consent lang="fr" categories="statistics"></cookie-consent>
      <script type="text/plain" data-consent="statistics">window.__measuring = setInterval(() => {}, 1000)</script>`);
    page.api.update({ statistics: true });
    await until(() => (page.window as unknown as { __measuring?: number }).__measuring, 'the gated script');
    const reloaded = nextLoad(page.frame);
    page.api.update({ statistics: false });
    await Promise.race([reloaded, new Promise((_, reject) => setTimeout(() => reject(new Error('the page was not reloaded')), 2000))]);
    const after = page.frame.contentWindow as Visit['window'] & { __measuring?: number };
    await until(() => after.__events?.some((e) => e.type === 'consent-ready'), 'the reloaded page');
    expect(after.__measuring).to.equal(undefined);
    expect(after.cookieConsent.hasConsent('statistics')).to.equal(false);
  });

  it('does not reload when a refused service had not run, nor with reload-on-withdraw="false"', async () => {
    const page = await visit(EVERYTHING);
    const marked = page.window as unknown as { __same?: boolean };
    marked.__same = true;
    page.api.refuseAll();
    await quiet();
    expect((page.frame.contentWindow as unknown as { __same?: boolean }).__same, 'first page not reloaded').to.equal(true);
    closeVisits();
    const second = await visit(EVERYTHING.replace('<cookie-consent', '<cookie-consent reload-on-withdraw="false"'));
    second.api.update({ twitter: true });
    await until(() => second.window.twttr, 'widgets.js');
    second.api.update({ twitter: false });
    await quiet();
    expect(second.window.twttr, 'same page, not reloaded').to.exist;
  });
});
