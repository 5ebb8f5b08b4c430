import type { ServiceDefinition } from './service.js';
import { OBJECTION, store } from '../api.js';
import { deleteCookies } from '../util/cookies.js';
import { loadScript } from './load-script.js';
import { identifierLifetime, onPageView } from './page-views.js';
import { warn } from '../util/warn.js';

/**
 * Where Matomo stands on this page. Undefined: nothing loaded. `exempt`: cookieless, before any
 * choice or after a refusal, in `statistics-mode="exempt"`. `on`: with cookies, granted. `off`:
 * loaded, then objected or withdrawn; it stays off until the next page, as Matomo would send what
 * it queued.
 */
let state: 'exempt' | 'on' | 'off' | undefined;

function paq(...commands: unknown[][]): void {
  ((window as unknown as { _paq?: unknown[][] })._paq ||= []).push(...commands);
}

function view(url: string, title: string, referrer?: string): void {
  if (state === 'off') return;
  if (referrer) paq(['setReferrerUrl', referrer]);
  paq(['setCustomUrl', url], ['setDocumentTitle', title], ['trackPageView']);
}

/**
 * Matomo, self-hosted by the portal at `matomo-url`; consent-exempt with `statistics-mode="exempt"`.
 */
export const matomo: ServiceDefinition = {
  name: 'matomo',
  category: 'statistics',
  label: 'Matomo',
  description: {
    fr: 'Pages vues et parcours, hébergés pour le portail.',
    en: 'Page views and journeys, hosted for the portal.',
  },
  cookies: [
    { name: '_pk_id.*', days: 395, purpose: { fr: 'Identifiant de visiteur', en: 'Visitor identifier' } },
    { name: '_pk_ses.*', days: 0, purpose: { fr: 'Visite en cours', en: 'Current visit' } },
    { name: '_pk_ref.*', days: 183, purpose: { fr: 'Site de provenance', en: 'Referring site' } },
    { name: '_pk_cvar.*', days: 0 },
    { name: '_pk_hsr.*', days: 0 },
    { name: 'mtm_*', days: 395, purpose: { fr: 'Accord aux cookies', en: 'Cookie consent' } },
  ],
  /**
   * Follows every change, not only Matomo's own grant: exempt mode, objections, a new configuration.
   * The runner calls it for every configuration and choice while matomo is configured, and turns
   * a failure (a page's broken `_paq`) into a warning.
   */
  sync({ matomoUrl, matomoSiteId, statisticsMode }) {
    const exempt = statisticsMode === 'exempt';
    const next = exempt && store.has(OBJECTION) ? 'off' : store.has('matomo') ? 'on' : exempt ? 'exempt' : 'off';
    // Also when still granted and objected: the runner deletes the cookies of refused services only.
    if (next === 'off') deleteCookies(matomo.cookies);
    // Off is final on this page; before anything loaded, off is nothing to do.
    if (state === 'off' || next === (state ?? 'off')) return;
    if (!state) {
      if (!matomoUrl || !matomoSiteId) return warn('matomo needs matomo-url and matomo-site-id; it is not loaded.');
      const base = matomoUrl.replace(/\/?$/, '/');
      // Cookies wait for Matomo's own cookie consent, which the library gives on a grant.
      paq(['requireCookieConsent'], ['setTrackerUrl', `${base}matomo.php`], ['setSiteId', matomoSiteId], ['enableLinkTracking']);
      loadScript(`${base}matomo.js`);
      onPageView(view);
    }
    if (next === 'on') {
      const seconds = identifierLifetime();
      paq(['rememberCookieConsentGiven', seconds / 3600], ['setVisitorCookieTimeout', seconds]);
    } else if (state === 'on') {
      paq(['forgetCookieConsentGiven']);
    }
    // Matomo queues, and never sends, every request made while consent is required and not given.
    if (next === 'off') paq(['requireConsent']);
    // Just loaded (never off then): the page itself is the first view, after the cookie commands.
    if (!state) view(location.href, document.title);
    state = next;
  },
};
