import type { ServiceDefinition } from './service.js';

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
};
