import { expect } from '@open-wc/testing';
import { banner, button, clearCookies, closeVisits, panel, settle, visit, type Visit } from '../support/visit.js';
import { REJECTIONS, expectClean, received, receiptBucket, receivedAtLeast, requested, until, warned, watch } from './support.js';
import { eventually } from '../gating/network.js';

const QUEUE = 'portal-consent-receipts';

function element(logUrl: string): string {
  return `<cookie-consent lang="fr" controller="Ville" policy-url="/pages/politique/" services="matomo twitter"
    matomo-url="https://stats.example.fr/" matomo-site-id="3" revision="4" consent-log-url="${logUrl}"></cookie-consent>`;
}

const OFFLINE = `<script>
  navigator.sendBeacon = () => false;
  window.fetch = () => Promise.reject(new TypeError('Failed to fetch'));
</script>`;

function receiptOf(page: Visit) {
  const record = page.api.getConsent()!;
  return {
    ...record,
    url: `${location.origin}/__page`,
    policyUrl: `${location.origin}/pages/politique/`,
  };
}

describe('security: proof of consent', () => {
  beforeEach(() => {
    clearCookies();
    localStorage.removeItem(QUEUE);
  });
  afterEach(closeVisits);

  it('sends each choice to consent-log-url as a small JSON receipt, and nothing else', async () => {
    const bucket = receiptBucket();
    const page = await visit(element(bucket), { head: REJECTIONS });
    expect(await received(bucket)).to.deep.equal([]);
    button(banner(page)!, 'Tout accepter').click();
    await settle(page);
    const [first] = await receivedAtLeast(bucket, 1);
    expect(first!.type).to.match(/^text\/plain/);
    const receipt = JSON.parse(first!.body);
    expect(Object.keys(receipt).sort()).to.deep.equal(['categories', 'date', 'id', 'policyUrl', 'revision', 'services', 'url']);
    // The page's query string (here, the test page's markup) is not part of it.
    expect(receipt).to.deep.equal(receiptOf(page));
    expect(receipt.revision).to.equal('4');

    // A withdrawal is a choice too; a reset is not.
    page.api.update({ statistics: false });
    const list = await receivedAtLeast(bucket, 2);
    const second = list.map((item) => JSON.parse(item.body)).find((item) => item.id !== receipt.id);
    expect(second.categories.statistics).to.equal(false);
    expect(second.services.matomo).to.equal(false);
    page.api.reset();
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(await received(bucket)).to.have.length(2);
    expect(localStorage.getItem(QUEUE)).to.equal(null);
    expectClean(page);
  });

  it('keeps a receipt that could not be sent and sends it from the next page', async () => {
    const bucket = receiptBucket();
    const offline = await visit(element(bucket), { head: REJECTIONS + OFFLINE });
    offline.api.refuseAll();
    const id = offline.api.getConsent()!.id;
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(await received(bucket)).to.deep.equal([]);
    expect(JSON.parse(localStorage.getItem(QUEUE)!).map((body: string) => JSON.parse(body).id)).to.deep.equal([id]);
    expectClean(offline);

    const next = await visit(element(bucket), { head: REJECTIONS });
    const [retried] = await receivedAtLeast(bucket, 1);
    expect(JSON.parse(retried!.body).id).to.equal(id);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(localStorage.getItem(QUEUE)).to.equal(null);
    expect(await received(bucket)).to.have.length(1);
    expectClean(next);
  });

  it('keeps a receipt whose endpoint did not answer (server down, no network), though the browser took it', async () => {
    // The endpoint's host cannot be reached: the request fails on the network, not in the page.
    await watch({});
    const endpoint = 'https://preuves.example.fr/consentements';
    const down = await visit(element(endpoint), { head: REJECTIONS });
    down.api.refuseAll();
    const id = down.api.getConsent()!.id;
    await eventually(async () => (await requested('preuves.example.fr')) === 1, 'the receipt request');
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(JSON.parse(localStorage.getItem(QUEUE) ?? '[]').map((body: string) => JSON.parse(body).id)).to.deep.equal([id]);
    expectClean(down);

    // Back up: the next page sends it, and the queue empties once it was answered.
    await watch({ 'preuves.example.fr': { body: 'ok', contentType: 'text/plain' } });
    const next = await visit(element(endpoint), { head: REJECTIONS });
    await until(() => localStorage.getItem(QUEUE) === null, 'the queue to empty');
    expect(await requested('preuves.example.fr')).to.equal(1);
    expectClean(next);
  });

  it('falls back to fetch keepalive when the beacon is refused', async () => {
    const bucket = receiptBucket();
    const page = await visit(element(bucket), { head: `${REJECTIONS}<script>navigator.sendBeacon = () => false;</script>` });
    page.api.acceptAll();
    const [only] = await receivedAtLeast(bucket, 1);
    expect(JSON.parse(only!.body).id).to.equal(page.api.getConsent()!.id);
    expectClean(page);
  });

  for (const url of ['javascript:alert(1)', 'data:text/plain,x', 'ftp://example.fr/log']) {
    it(`refuses consent-log-url="${url}" with a warning, and sends nothing`, async () => {
      const head = `${REJECTIONS}<script>window.__beacons = []; navigator.sendBeacon = (...args) => { window.__beacons.push(args); return true; };
        window.fetch = (...args) => { window.__beacons.push(args); return Promise.resolve(new Response()); };</script>`;
      const page = await visit(element(url), { head });
      page.api.acceptAll();
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect((page.window as unknown as { __beacons: unknown[] }).__beacons).to.deep.equal([]);
      expect(warned(page, 'consent-log-url')).to.equal(true);
      expectClean(page);
    });
  }

  it("shows the visitor their record id and date, and gives them their copy as JSON", async () => {
    const page = await visit(element(receiptBucket()), { head: REJECTIONS });
    page.api.update({ statistics: true });
    page.api.showPreferences();
    await settle(page);
    const record = page.api.getConsent()!;
    const dialog = panel(page);
    expect(dialog.querySelector('.record')!.textContent).to.include(record.id);

    const win = page.window as unknown as typeof window;
    let href = '';
    let name = '';
    win.HTMLAnchorElement.prototype.click = function click(this: HTMLAnchorElement) {
      href = this.href;
      name = this.download;
    };
    button(dialog, 'Télécharger mon choix').click();
    expect(name).to.equal(`consent-${record.id}.json`);
    const [type, json] = href.split(',');
    expect(type).to.equal('data:application/json');
    expect(JSON.parse(decodeURIComponent(json!))).to.deep.equal(receiptOf(page));
    expectClean(page);
  });
});
