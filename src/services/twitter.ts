import type { ServiceDefinition } from './service.js';

/** Twitter/X buttons and embedded posts (widgets.js). */
export const twitter: ServiceDefinition = {
  name: 'twitter',
  category: 'social',
  label: 'Twitter/X',
  description: {
    fr: 'Boutons et publications intégrés de X (Twitter), qui dépose ses propres cookies.',
    en: 'X (Twitter) buttons and embedded posts, which set their own cookies.',
  },
  cookies: [
    { name: 'guest_id', days: 395 },
    { name: 'personalization_id', days: 395 },
  ],
  hosts: ['platform.twitter.com', 'syndication.twitter.com', 'cdn.syndication.twimg.com'],
  policyUrl: 'https://x.com/privacy',
};
