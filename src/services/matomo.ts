import type { ServiceDefinition } from './service.js';

/** Matomo, self-hosted by the portal at `matomo-url`. */
export const matomo: ServiceDefinition = {
  name: 'matomo',
  category: 'statistics',
  label: 'Matomo',
  description: {
    fr: 'Mesure d’audience hébergée pour le portail : pages vues, durée de visite, provenance.',
    en: 'Audience measurement hosted for the portal: page views, visit length, referrer.',
  },
  cookies: [
    { name: '_pk_id.*', days: 395, purpose: { fr: 'Identifiant de visiteur', en: 'Visitor identifier' } },
    { name: '_pk_ses.*', days: 0, purpose: { fr: 'Visite en cours (30 minutes)', en: 'Current visit (30 minutes)' } },
    { name: '_pk_ref.*', days: 183, purpose: { fr: 'Site de provenance', en: 'Referring site' } },
    { name: '_pk_cvar.*', days: 0 },
    { name: '_pk_hsr.*', days: 0 },
    { name: 'mtm_*' },
  ],
};
