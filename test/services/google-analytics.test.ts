import { expect } from '@open-wc/testing';
import { clearCookies, closeVisits, until, visit, type Visit } from '../support/visit.js';
import { eventually, requests, watchNetwork } from '../gating/network.js';
import { dataLayer, navigate, thirteenMonths, TRACKER_STUBS } from './fake-trackers.js';

const ELEMENT = (extra = '') => `<cookie-consent lang="fr" ga-id="G-TEST123" ${extra}></cookie-consent>`;
const DENIED = { ad_storage: 'denied', analytics_storage: 'denied', ad_user_data: 'denied', ad_personalization: 'denied' };

async function googleRequests(): Promise<string[]> {
  return (await requests()).filter((r) => /google/.test(r.host)).map((r) => r.url);
}

function calls(page: Visit, ...head: unknown[]): unknown[][] {
  return dataLayer(page).filter((entry) => head.every((value, i) => entry[i] === value));
}

describe('Google Analytics 4 with Consent Mode v2', () => {
  beforeEach(async () => {
    clearCookies();
    await new Promise((resolve) => setTimeout(resolve, 100));
    await watchNetwork(TRACKER_STUBS);
  });
  afterEach(closeVisits);

  it('requests nothing from Google before a grant: the data layer holds only the denied defaults', async () => {
    const page = await visit(ELEMENT());
    page.api.refuseAll();
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(await googleRequests()).to.deep.equal([]);
    expect(dataLayer(page)).to.deep.equal([['consent', 'default', DENIED]]);
    expect(page.api.getConsent()!.services).to.deep.equal({ 'google-analytics': false });
  });

  it('on grant: update after the defaults, then config with a capped, never-renewed cookie; ads stay denied', async () => {
    const page = await visit(ELEMENT());
    page.api.acceptAll();
    await eventually(async () => (await googleRequests()).length === 1, 'gtag.js');
    expect((await googleRequests())[0]).to.equal('https://www.googletagmanager.com/gtag/js?id=G-TEST123');
    await until(() => (page.window as unknown as { __gtagLoaded?: boolean }).__gtagLoaded, 'gtag.js to run');
    const layer = dataLayer(page);
    expect(layer.map((entry) => entry.slice(0, 2).map(String).join(' '))).to.deep.equal([
      'consent default',
      'consent update',
      'js ' + String(layer[2]![1]),
      'config G-TEST123',
    ]);
    expect(layer[1]![2]).to.deep.equal({ analytics_storage: 'granted' });
    const options = layer[3]![2] as { cookie_expires: number; cookie_update: boolean };
    expect(options.cookie_expires).to.be.at.most(thirteenMonths()).and.above(thirteenMonths() - 86400);
    expect(options.cookie_update).to.equal(false);
    for (const [, , signals] of calls(page, 'consent')) {
      for (const ad of ['ad_storage', 'ad_user_data', 'ad_personalization']) {
        expect((signals as Record<string, string>)[ad] ?? 'denied').to.equal('denied');
      }
    }
  });

  it('on withdrawal: update to denied, measurement switched off, _ga cookies deleted', async () => {
    const page = await visit(ELEMENT('reload-on-withdraw="false"'));
    page.api.acceptAll();
    document.cookie = '_ga=GA1.1.123.456; path=/';
    document.cookie = '_ga_TEST123=GS1.1.789; path=/';
    document.cookie = 'portal_session=keep; path=/';
    page.api.refuseAll();
    expect(dataLayer(page).at(-1)).to.deep.equal(['consent', 'update', { analytics_storage: 'denied' }]);
    expect((page.window as unknown as Record<string, unknown>)['ga-disable-G-TEST123']).to.equal(true);
    expect(document.cookie).to.not.match(/(^|; )_ga/);
    expect(document.cookie).to.include('portal_session=keep');
    document.cookie = 'portal_session=; path=/; max-age=0';
  });

  it('sends one page_view per single-page-app view, with its URL and title', async () => {
    const page = await visit(ELEMENT());
    page.api.acceptAll();
    await navigate(page, 'pushState', '/explore/dataset/budget/', 'Budget');
    await navigate(page, 'replaceState', '/explore/dataset/budget/', 'Budget');
    await navigate(page, 'pushState', '/explore/', 'Catalogue');
    const views = calls(page, 'event', 'page_view').map(([, , params]) => params as Record<string, string>);
    expect(views.map((v) => [new URL(v.page_location!).pathname, v.page_title])).to.deep.equal([
      ['/explore/dataset/budget/', 'Budget'],
      ['/explore/', 'Catalogue'],
    ]);
    expect(new URL(views[1]!.page_referrer!).pathname).to.equal('/explore/dataset/budget/');
  });
});
