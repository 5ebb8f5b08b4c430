import type { ServiceDefinition } from './service.js';
import { loadScript } from './load-script.js';
import { identifierLifetime, onPageView } from './page-views.js';
import { warn } from '../util/warn.js';

/** Undefined until the first grant on this page (configured then, once); then whether it measures. */
let running: boolean | undefined;
/** Whether Consent Mode's defaults are in the data layer: they go first, once. */
let defaulted = false;

function gtag(..._: unknown[]): void {
  // gtag.js reads `arguments` objects from the data layer, not arrays.
  // eslint-disable-next-line prefer-rest-params
  ((window as unknown as { dataLayer?: unknown[] }).dataLayer ||= []).push(arguments);
}

/**
 * Measurement on or off for `id`: Consent Mode's analytics signal, and Google's documented switch
 * with which gtag.js sends nothing for this measurement id. The advertising signals stay denied.
 */
function measure(id: string | undefined, on: boolean): void {
  running = on;
  (window as unknown as Record<string, boolean>)[`ga-disable-${id}`] = !on;
  gtag('consent', 'update', { analytics_storage: on ? 'granted' : 'denied' });
}

/** Google Analytics 4 through gtag.js, with Google Consent Mode v2. Never consent-exempt. */
export const googleAnalytics: ServiceDefinition = {
  name: 'google-analytics',
  category: 'statistics',
  label: 'Google Analytics',
  description: {
    fr: 'Pages vues et parcours, transmis à Google.',
    en: 'Page views and journeys, sent to Google.',
  },
  cookies: [
    { name: '_ga', days: 395, purpose: { fr: 'Identifiant de visiteur', en: 'Visitor identifier' } },
    { name: '_ga_*', days: 395, purpose: { fr: 'État de la session', en: 'Session state' } },
    { name: '_gid', days: 1, purpose: { fr: 'Identifiant de visiteur', en: 'Visitor identifier' } },
    { name: '_gat*', days: 0 },
  ],
  policyUrl: 'https://policies.google.com/privacy',
  sync() {
    if (defaulted) return;
    defaulted = true;
    // Every signal denied before anything else can reach the data layer (a portal's own Google tag).
    gtag('consent', 'default', { ad_storage: 'denied', analytics_storage: 'denied', ad_user_data: 'denied', ad_personalization: 'denied' });
  },
  start({ gaId }) {
    if (!gaId) return warn('google-analytics needs ga-id; it is not loaded.');
    const first = running === undefined;
    measure(gaId, true);
    if (!first) return;
    gtag('js', new Date());
    // cookie_update false: a later visit never pushes `_ga`'s expiry past the consent's.
    gtag('config', gaId, { cookie_expires: identifierLifetime(), cookie_update: false });
    // The configuration only takes a ga-id of the form G-XXXX: nothing to escape.
    loadScript(`https://www.googletagmanager.com/gtag/js?id=${gaId}`);
    onPageView((url, title, referrer) => {
      if (running) gtag('event', 'page_view', { page_location: url, page_title: title, page_referrer: referrer });
    });
  },
  // Started without ga-id (warned), it switches off an id that never measured.
  stop({ gaId }) {
    measure(gaId, false);
  },
};
