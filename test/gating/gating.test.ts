import { expect } from '@open-wc/testing';
import { clearCookies, closeVisits, until, visit, type Visit } from '../support/visit.js';
import { countOf, eventually, hosts, requests, watchNetwork } from './network.js';

// Custom services without a script of their own: the only requests are the gated markup's.
const CONSENT = `<cookie-consent lang="fr" reload-on-withdraw="false">
  <consent-category name="partners" label="Partenaires"></consent-category>
  <consent-service name="mapper" category="partners" label="Cartes"></consent-service>
  <consent-service name="tracker" category="partners" label="Mesure"></consent-service>
</cookie-consent>`;

const MAP = 'https://www.openstreetmap.org/export/embed.html?bbox=2.3,51.0,2.4,51.05&layer=mapnik';

type Page = Visit & { window: Visit['window'] & { __order: string[] } };

async function open(body: string, options: Parameters<typeof visit>[1] = {}): Promise<Page> {
  return (await visit(`${CONSENT}${body}`, { head: '<script>window.__order = []</script>', ...options })) as Page;
}

describe('gated scripts', () => {
  beforeEach(async () => {
    clearCookies();
    await watchNetwork({
      'cdn.example.org/a.js': { body: "window.__order.push('a')", delay: 150 },
      'cdn.example.org/b.js': { body: "window.__order.push('b')" },
      'cdn.example.org/module.js': { body: "window.__order.push('module:' + (typeof document.currentScript === 'object' && document.currentScript === null))" },
    });
  });
  afterEach(closeVisits);

  it('run nothing and fetch nothing before the grant, then run once, in document order', async () => {
    const page = await open(`
      <script type="text/plain" data-consent="partners" src="https://cdn.example.org/a.js"></script>
      <script type="text/plain" data-consent="partners">window.__order.push('inline')</script>
      <script type="text/plain" data-consent="partners" src="https://cdn.example.org/b.js"></script>`);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(page.window.__order).to.deep.equal([]);
    expect(await requests()).to.deep.equal([]);

    page.api.update({ partners: true });
    await until(() => page.window.__order.length === 3, 'the three scripts');
    // a.js answers last but runs first: the order is the document's, not the network's.
    expect(page.window.__order).to.deep.equal(['a', 'inline', 'b']);

    page.api.update({ partners: false });
    page.api.update({ partners: true });
    page.api.acceptAll();
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(page.window.__order).to.deep.equal(['a', 'inline', 'b']);
    expect(await countOf('a.js')).to.equal(1);
    expect(await countOf('b.js')).to.equal(1);
    expect(await hosts()).to.deep.equal(['cdn.example.org']);
  });

  it('keep their attributes: async, crossorigin, integrity, referrerpolicy, data-type="module"', async () => {
    const page = await open(`
      <script type="text/plain" data-consent="mapper" id="tracker" src="https://cdn.example.org/b.js" async
        crossorigin="anonymous" referrerpolicy="no-referrer" data-extra="x"></script>
      <script type="text/plain" data-consent="mapper" data-type="module" src="https://cdn.example.org/module.js"></script>`);
    page.api.update({ mapper: true });
    await until(() => page.window.__order.length === 2, 'both scripts');
    const copy = page.document.querySelector('script#tracker:not([type])') as HTMLScriptElement;
    expect(copy).to.exist;
    expect(copy.async).to.equal(true);
    expect(copy.crossOrigin).to.equal('anonymous');
    expect(copy.referrerPolicy).to.equal('no-referrer');
    expect(copy.dataset.extra).to.equal('x');
    expect(copy.hasAttribute('data-consent')).to.equal(false);
    const module = page.document.querySelector('script[type="module"]') as HTMLScriptElement;
    expect(module.src).to.equal('https://cdn.example.org/module.js');
    // A module script has no currentScript: proof it ran as a module.
    expect(page.window.__order).to.include('module:true');
  });

  it('answer to a service name as well as a category, and not to another service', async () => {
    const page = await open(`
      <script type="text/plain" data-consent="mapper">window.__order.push('mapper')</script>
      <script type="text/plain" data-consent="tracker">window.__order.push('tracker')</script>`);
    page.api.update({ mapper: true });
    await until(() => page.window.__order.length === 1, 'the twitter script');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(page.window.__order).to.deep.equal(['mapper']);
  });

  it('read data-consent without regard to case, as the configuration reads names (name="Partners")', async () => {
    const page = await open(`
      <script type="text/plain" data-consent="Partners">window.__order.push('Partners')</script>
      <script type="text/plain" data-consent=" MAPPER ">window.__order.push('MAPPER')</script>
      <iframe id="map" data-consent="Mapper" data-src="${MAP}"></iframe>`);
    page.api.update({ partners: true });
    await until(() => page.window.__order.length === 2, 'the two scripts');
    expect(page.window.__order).to.deep.equal(['Partners', 'MAPPER']);
    await until(() => page.document.getElementById('map')!.getAttribute('src') === MAP, 'the iframe');
  });

  it('run at once on a later visit when the choice is already stored', async () => {
    const first = await open('');
    first.api.update({ partners: true });
    const page = await open('<script type="text/plain" data-consent="partners">window.__order.push("again")</script>');
    await until(() => page.window.__order.length === 1, 'the script');
  });

  it('are found when the page adds them after load, before or after the grant', async () => {
    const page = await open('<main id="app"></main>');
    const app = page.document.getElementById('app')!;
    // A single-page portal renders a dataset page: markup through innerHTML and through the DOM.
    app.innerHTML = '<section><script type="text/plain" data-consent="partners">window.__order.push("html")</script></section>';
    const script = page.document.createElement('script');
    script.type = 'text/plain';
    script.dataset.consent = 'partners';
    script.src = 'https://cdn.example.org/b.js';
    app.append(script);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(page.window.__order).to.deep.equal([]);
    expect(await requests()).to.deep.equal([]);

    page.api.update({ partners: true });
    await until(() => page.window.__order.length === 2, 'both scripts');
    expect(page.window.__order).to.deep.equal(['html', 'b']);

    app.insertAdjacentHTML('beforeend', '<div><script type="text/plain" data-consent="partners">window.__order.push("late")</script></div>');
    await until(() => page.window.__order.length === 3, 'the script added after the grant');
  });

  it('refuse a non-http(s) src with a warning and run nothing', async () => {
    const page = await open(`<script type="text/plain" data-consent="partners" src="data:text/javascript,window.__order.push('data')"></script>`);
    page.api.update({ partners: true });
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(page.window.__order).to.deep.equal([]);
    expect(page.window.__warnings.some((w) => w.includes('data:text/javascript'))).to.equal(true);
    expect(page.window.__errors).to.deep.equal([]);
  });
});

describe('gated iframes', () => {
  beforeEach(async () => {
    clearCookies();
    await watchNetwork({ 'www.openstreetmap.org': { body: '<p>map</p>', contentType: 'text/html' } });
  });
  afterEach(closeVisits);

  it('get their src on the grant and lose it on withdrawal', async () => {
    const page = await open(`<iframe title="Carte" data-consent="mapper" data-src="${MAP}"></iframe>`);
    const frame = page.document.querySelector('iframe')!;
    expect(frame.hasAttribute('src')).to.equal(false);
    expect(await requests()).to.deep.equal([]);

    page.api.update({ mapper: true });
    expect(frame.getAttribute('src')).to.equal(MAP);
    await eventually(async () => (await countOf('openstreetmap')) === 1, 'the map request');
    expect(await hosts()).to.deep.equal(['www.openstreetmap.org']);

    page.api.update({ mapper: false });
    expect(frame.hasAttribute('src')).to.equal(false);
    // The map's document is gone: the frame is same-origin about:blank again.
    await until(() => {
      try {
        return frame.contentWindow!.location.href === 'about:blank';
      } catch {
        return false;
      }
    }, 'the frame to be emptied');

    // reset() forgets the choice: back to the placeholder state as well.
    page.api.update({ mapper: true });
    expect(frame.getAttribute('src')).to.equal(MAP);
    page.api.reset();
    expect(frame.hasAttribute('src')).to.equal(false);
  });

  it('follow data-consent and data-src set after insertion, as a framework may do', async () => {
    const page = await open(`<iframe title="Carte" data-src="${MAP}"></iframe>`);
    page.api.update({ mapper: true });
    const frame = page.document.querySelector('iframe')!;
    frame.dataset.consent = 'mapper';
    await until(() => frame.getAttribute('src') === MAP, 'the src once data-consent is set');
    frame.dataset.src = `${MAP}&marker=51.03,2.37`;
    await until(() => frame.getAttribute('src') === `${MAP}&marker=51.03,2.37`, 'the new data-src');
  });

  it('added later are gated too', async () => {
    const page = await open('<main id="app"></main>');
    const app = page.document.getElementById('app')!;
    app.innerHTML = `<iframe title="Carte" data-consent="mapper" data-src="${MAP}"></iframe>`;
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(app.querySelector('iframe')!.hasAttribute('src')).to.equal(false);
    page.api.update({ mapper: true });
    expect(app.querySelector('iframe')!.getAttribute('src')).to.equal(MAP);
    app.insertAdjacentHTML('beforeend', `<iframe id="late" title="Carte" data-consent="mapper" data-src="${MAP}"></iframe>`);
    await until(() => page.document.getElementById('late')!.getAttribute('src') === MAP, 'the later frame');
  });

  it('refuse javascript: and data: URLs with a warning', async () => {
    const page = await open(`<iframe title="x" data-consent="mapper" data-src="javascript:parent.__order.push('js')"></iframe>
      <iframe title="y" data-consent="mapper" data-src="data:text/html,<p>x</p>"></iframe>`);
    page.api.update({ mapper: true });
    for (const frame of page.document.querySelectorAll('iframe')) expect(frame.hasAttribute('src')).to.equal(false);
    expect(page.window.__warnings.filter((w) => w.includes('<iframe data-src>'))).to.have.length(2);
    expect(page.window.__order).to.deep.equal([]);
    expect(page.window.__errors).to.deep.equal([]);
  });
});
