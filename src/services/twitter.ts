import { providers, socialService } from './social.js';

/** Twitter/X buttons and embedded posts (widgets.js renders the page's embeds on load). */
export const twitter = socialService({
  name: 'twitter',
  label: 'Twitter/X',
  cookies: [
    { name: 'guest_id', days: 395 },
    { name: 'personalization_id', days: 395 },
  ],
  policyUrl: 'https://x.com/privacy',
  src: () => 'https://platform.twitter.com/widgets.js',
  parse: (element) => providers.twttr?.widgets?.load(element),
});

