import type { ServiceDefinition } from './service.js';
import { loadScript } from './load-script.js';
import { identifierLifetime, onPageView } from './page-views.js';
import { warn } from '../util/warn.js';

type Gtag = (...args: unknown[]) => void;
let configured = false;
let running = false;

function gtag(...args: unknown[]): void {
  const w = window as unknown as { dataLayer?: unknown[]; gtag?: Gtag };
  const layer = (w.dataLayer ||= []);
  // gtag.js reads `arguments` objects from the data layer, not arrays.
  w.gtag ||= function () {
    layer.push(arguments);
  };
  w.gtag(...args);
}

const storage = (value: 'granted' | 'denied') => ({ analytics_storage: value });

/** Google Analytics 4 through gtag.js, with Google Consent Mode v2. Never consent-exempt. */
export const googleAnalytics: ServiceDefinition = {
  name: 'google-analytics',
  category: 'statistics',
  label: 'Google Analytics',
  description: {
    fr: 'Mesure d’audience par Google : pages vues et parcours, données transférées à Google.',
    en: 'Audience measurement by Google: page views and journeys, data sent to Google.',
  },
  cookies: [
    { name: '_ga', days: 395, purpose: { fr: 'Identifiant de visiteur', en: 'Visitor identifier' } },
    { name: '_ga_*', days: 395, purpose: { fr: 'État de la session', en: 'Session state' } },
    { name: '_gid', days: 1, purpose: { fr: 'Identifiant de visiteur (24 h)', en: 'Visitor identifier (24 h)' } },
    { name: '_gat*', days: 0 },
  ],
  hosts: ['www.googletagmanager.com', 'www.google-analytics.com', 'region1.google-analytics.com'],
  policyUrl: 'https://policies.google.com/privacy',
  prepare() {
    // Every signal denied before anything else can reach the data layer (a portal's own Google tag).
    gtag('consent', 'default', { ...storage('denied'), ad_storage: 'denied', ad_user_data: 'denied', ad_personalization: 'denied' });
  },
  start({ config }) {
    const id = config.gaId;
    if (!id) return warn('google-analytics needs ga-id; it is not loaded.');
    (window as unknown as Record<string, boolean>)[`ga-disable-${id}`] = false;
    running = true;
    // Only measurement is granted: the three advertising signals stay denied.
    gtag('consent', 'update', storage('granted'));
    if (configured) return;
    configured = true;
    gtag('js', new Date());
    // cookie_update false: a later visit never pushes `_ga`'s expiry past the consent's.
    gtag('config', id, { cookie_expires: identifierLifetime(), cookie_update: false });
    loadScript(`https://www.googletagmanager.com/gtag/js?id=${encodeURIComponent(id)}`).catch(() =>
      warn('gtag.js failed to load (blocked or offline).'),
    );
    onPageView((url, title, referrer) => {
      if (running) gtag('event', 'page_view', { page_location: url, page_title: title, page_referrer: referrer });
    });
  },
  stop({ config }) {
    running = false;
    gtag('consent', 'update', storage('denied'));
    // Google's documented switch: gtag.js sends nothing more for this measurement id.
    if (config.gaId) (window as unknown as Record<string, boolean>)[`ga-disable-${config.gaId}`] = true;
  },
};
