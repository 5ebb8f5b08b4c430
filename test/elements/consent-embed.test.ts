import { expect } from '@open-wc/testing';
import { button, clearCookies, closeVisits, panel, settle, until, visit, type Visit } from '../support/visit.js';
import { countOf, eventually, hosts, PROVIDER_STUBS, requests, watchNetwork } from '../gating/network.js';

const CONSENT = `<cookie-consent lang="fr" services="twitter facebook linkedin"></cookie-consent>`;
const TWEET = `<consent-embed service="twitter" id="tweet">
  <blockquote class="twitter-tweet" id="tweet-content"><p>Nouveau jeu de données : les arbres de Dunkerque.</p>
  <a href="https://twitter.com/example/status/1">1 mars 2026</a></blockquote>
  <script type="text/plain" async src="https://platform.twitter.com/widgets.js" charset="utf-8"></script>
</consent-embed>`;
const FACEBOOK = `<consent-embed service="facebook" id="fb">
  <div class="fb-share-button" id="fb-content" data-href="https://data.example.fr/explore/dataset/arbres/" data-layout="button"></div>
</consent-embed>`;
const LINKEDIN = `<consent-embed service="linkedin" id="li">
  <script type="IN/Share" data-url="https://data.example.fr/explore/dataset/arbres/"></script>
</consent-embed>`;

type Page = Visit & { window: Visit['window'] & { __parsed?: string[]; IN?: { settings: string } } };

function embed(page: Visit, id: string): HTMLElement & { updateComplete: Promise<unknown> } {
  return page.document.getElementById(id) as HTMLElement & { updateComplete: Promise<unknown> };
}

function placeholder(page: Visit, id: string): HTMLElement | null {
  return embed(page, id).shadowRoot!.querySelector('[part="placeholder"]');
}

async function rendered(page: Visit): Promise<void> {
  await settle(page);
  await Promise.all([...page.document.querySelectorAll('consent-embed')].map((e) => (e as unknown as { updateComplete: Promise<unknown> }).updateComplete));
}

describe('<consent-embed>', () => {
  beforeEach(async () => {
    clearCookies();
    await watchNetwork(PROVIDER_STUBS);
  });
  afterEach(closeVisits);

  it('shows an accessible placeholder instead of the provider markup, and contacts no one', async () => {
    const page = await visit(`${CONSENT}${TWEET}`);
    await rendered(page);
    const box = placeholder(page, 'tweet')!;
    expect(box.getAttribute('role')).to.equal('region');
    expect(box.getAttribute('aria-label')).to.equal('Contenu Twitter/X');
    expect(box.textContent!.replace(/\s+/g, ' ')).to.include('Twitter/X').and.include('adresse IP');
    const allow = button(box, 'Autoriser Twitter');
    expect(allow.getAttribute('type')).to.equal('button');
    expect(button(box, 'Gérer mes préférences')).to.exist;
    // The provider's markup is there but not rendered.
    const content = page.document.getElementById('tweet-content')!;
    expect(content.assignedSlot).to.equal(null);
    expect(content.getClientRects().length).to.equal(0);
    expect(box.offsetHeight).to.be.greaterThan(100);
    expect(await requests()).to.deep.equal([]);
  });

  it('"Autoriser Twitter" grants that one service, shows the content and loads widgets.js once', async () => {
    const page = (await visit(`${CONSENT}${TWEET}${FACEBOOK}${TWEET.replaceAll('tweet', 'tweet2')}`)) as Page;
    await rendered(page);
    button(placeholder(page, 'tweet')!, 'Autoriser Twitter').click();
    await rendered(page);
    const record = page.api.getConsent()!;
    expect(record.services).to.deep.equal({ twitter: true, facebook: false, linkedin: false });
    expect(record.categories.social).to.equal(false);
    for (const id of ['tweet', 'tweet2']) {
      expect(placeholder(page, id)).to.equal(null);
      expect(page.document.getElementById(`${id}-content`)!.getClientRects().length).to.be.greaterThan(0);
    }
    expect(placeholder(page, 'fb')).to.exist;
    await eventually(async () => (await countOf('widgets.js')) === 1, 'widgets.js');
    await until(() => page.window.twttr, 'the stub to run');
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(await countOf('widgets.js')).to.equal(1);
    expect(await hosts()).to.deep.equal(['platform.twitter.com']);
  });

  it('asks the provider to render an embed added after its script loaded, without loading it again', async () => {
    const page = (await visit(`${CONSENT}${TWEET}<main id="app"></main>`)) as Page;
    page.api.update({ twitter: true });
    await until(() => page.window.twttr, 'widgets.js to run');
    page.document.getElementById('app')!.innerHTML = TWEET.replaceAll('tweet', 'later');
    await until(() => page.window.__parsed?.includes('twitter:later'), 'twttr.widgets.load(later)');
    expect(placeholder(page, 'later')).to.equal(null);
    expect(await countOf('widgets.js')).to.equal(1);
  });

  it('loads the Facebook SDK and LinkedIn in.js in the page language, each once', async () => {
    const fr = (await visit(`${CONSENT}${FACEBOOK}${LINKEDIN}`)) as Page;
    fr.api.update({ social: true });
    await until(() => fr.window.FB && fr.window.IN, 'the SDKs');
    fr.document.body.insertAdjacentHTML('beforeend', FACEBOOK.replace('id="fb"', 'id="fb2"') + LINKEDIN.replace('id="li"', 'id="li2"'));
    await until(() => fr.window.__parsed?.includes('facebook:fb2') && fr.window.__parsed.includes('linkedin:li2'), 'the parse calls');
    const urls = (await requests()).map((r) => r.url);
    expect(urls.filter((u) => u.includes('connect.facebook.net'))).to.deep.equal([
      // The fragment (xfbml=1, version) stays in the page: the SDK reads it from its own URL.
      'https://connect.facebook.net/fr_FR/sdk.js',
    ]);
    expect(urls.filter((u) => u.includes('in.js'))).to.deep.equal(['https://platform.linkedin.com/in.js']);
    expect(fr.window.IN!.settings).to.equal('lang: fr_FR');

    closeVisits();
    clearCookies();
    await watchNetwork(PROVIDER_STUBS);
    const en = (await visit(`${CONSENT.replace('lang="fr"', 'lang="en"')}${FACEBOOK}${LINKEDIN}`)) as Page;
    await rendered(en);
    expect(button(placeholder(en, 'fb')!, 'Allow Facebook')).to.exist;
    en.api.update({ social: true });
    await eventually(async () => (await countOf('connect.facebook.net/en_US/sdk.js')) === 1, 'the English SDK');
    await until(() => en.window.IN, 'in.js');
    expect(en.window.IN!.settings).to.equal('lang: en_US');
  });

  it('says so when the provider cannot be reached, without an error', async () => {
    await watchNetwork({});
    const page = await visit(`${CONSENT}${TWEET}`);
    page.api.update({ twitter: true });
    await until(() => placeholder(page, 'tweet')?.textContent!.includes('n’a pas pu être chargé'), 'the failure message');
    const box = placeholder(page, 'tweet')!;
    expect([...box.querySelectorAll('button')].map((b) => b.textContent!.trim())).to.deep.equal(['Gérer mes préférences']);
    expect(page.window.__errors).to.deep.equal([]);
  });

  it('opens the preferences from the placeholder, and focus comes back to that button', async () => {
    const page = await visit(`${CONSENT}${TWEET}`);
    await rendered(page);
    const open = button(placeholder(page, 'tweet')!, 'Gérer mes préférences');
    open.focus();
    open.click();
    await settle(page);
    await until(() => panel(page).open, 'the panel');
    panel(page).close();
    await settle(page);
    expect(embed(page, 'tweet').shadowRoot!.activeElement).to.equal(open);
  });

  it('goes back to the placeholder on withdrawal (reload-on-withdraw="false")', async () => {
    const page = await visit(`${CONSENT.replace('<cookie-consent', '<cookie-consent reload-on-withdraw="false"')}${TWEET}`);
    page.api.update({ twitter: true });
    await rendered(page);
    expect(placeholder(page, 'tweet')).to.equal(null);
    page.api.update({ twitter: false });
    await rendered(page);
    expect(placeholder(page, 'tweet')).to.exist;
    expect(page.document.getElementById('tweet-content')!.getClientRects().length).to.equal(0);
  });

  it('with the library loaded before the markup, stops an inline provider script before it runs', async () => {
    const page = await visit(`${CONSENT}<consent-embed service="twitter"><blockquote class="twitter-tweet"></blockquote>
      <script>window.__ranEarly = true</script></consent-embed>`, {
      bundle: false,
      head: '<script src="/dist/portal-consent.js"></script>',
    });
    expect((page.window as unknown as { __ranEarly?: boolean }).__ranEarly).to.equal(undefined);
    expect(page.document.querySelector('consent-embed script')!.getAttribute('type')).to.equal('text/plain');
    expect(page.window.__warnings.some((w) => w.includes('type="text/plain"'))).to.equal(true);
  });

  it('disarms a provider <script> written as is, with a warning', async () => {
    const page = await visit(`${CONSENT}<main id="app"></main>`);
    // As a portal's front-end would insert the provider's snippet, pasted verbatim.
    page.document.getElementById('app')!.innerHTML = TWEET.replace(' type="text/plain"', '');
    await rendered(page);
    expect(page.document.querySelector('#app script')!.getAttribute('type')).to.equal('text/plain');
    expect(page.window.__warnings.some((w) => w.includes('type="text/plain"'))).to.equal(true);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(await requests()).to.deep.equal([]);
    page.api.update({ twitter: true });
    await eventually(async () => (await countOf('widgets.js')) === 1, 'widgets.js');
  });

  it('empties a provider <iframe src> pasted as is until the grant, with a warning, and again on withdrawal', async () => {
    const page = await visit(`${CONSENT.replace('<cookie-consent', '<cookie-consent reload-on-withdraw="false"')}<main id="app"></main>`);
    // A LinkedIn post's embed code, as a portal's front-end would insert it.
    page.document.getElementById('app')!.innerHTML = `<consent-embed service="linkedin">
      <iframe src="https://www.linkedin.com/embed/feed/update/urn:li:share:1" title="Publication intégrée"></iframe></consent-embed>`;
    await rendered(page);
    const frame = page.document.querySelector('#app iframe')!;
    expect(frame.hasAttribute('src')).to.equal(false);
    expect(page.window.__warnings.some((w) => w.includes('<iframe> with src'))).to.equal(true);
    // The browser asked for it as it was inserted, before any script could stop it (hence the
    // warning and the README's data-src); emptied, it runs nothing more until the grant.
    expect((frame as HTMLIFrameElement).contentDocument?.URL).to.equal('about:blank');
    const before = await countOf('www.linkedin.com/embed');
    page.api.update({ linkedin: true });
    await settle(page);
    expect(frame.getAttribute('src')).to.equal('https://www.linkedin.com/embed/feed/update/urn:li:share:1');
    await eventually(async () => (await countOf('www.linkedin.com/embed')) === before + 1, 'the post');
    page.api.update({ linkedin: false });
    await settle(page);
    expect(frame.hasAttribute('src')).to.equal(false);
  });

  it('without a service attribute: a warning that says so, its content held back, no "null" shown', async () => {
    const page = await visit(`${CONSENT}${TWEET.replace(' service="twitter"', '')}`);
    await rendered(page);
    expect(page.window.__warnings.some((w) => w.includes('<consent-embed service="">: unknown service'))).to.equal(true);
    const box = placeholder(page, 'tweet')!;
    expect(box.textContent).not.to.include('null');
    expect(page.document.getElementById('tweet-content')!.assignedSlot).to.equal(null);
    page.api.acceptAll();
    await rendered(page);
    expect(page.document.getElementById('tweet-content')!.assignedSlot).to.equal(null);
  });
});
