import type { ServiceDefinition } from './service.js';
import { loadScript } from './load-script.js';

const load = () => loadScript('https://platform.twitter.com/widgets.js');

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
  // Failure is shown by the embeds; the page goes on.
  start: () => void load().catch(() => {}),
};

/** widgets.js renders the page's embeds on load; for an embed revealed after, its own parse call. */
export const twitterWidget = {
  load,
  parse: (element: Element) => (window as { twttr?: { widgets?: { load(element: Element): void } } }).twttr?.widgets?.load(element),
};
