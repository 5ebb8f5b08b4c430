import { providers, socialService } from './social.js';

/** Facebook buttons and embedded posts (the JavaScript SDK). */
export const facebook = socialService({
  name: 'facebook',
  label: 'Facebook',
  cookies: [
    { name: '_fbp', days: 90 },
    { name: 'fr', days: 90 },
    { name: 'datr', days: 400 },
  ],
  policyUrl: 'https://www.facebook.com/privacy/policy/',
  // The SDK reads its settings from its own URL: xfbml=1 renders the page's plugins once it loaded.
  src: (lang) => `https://connect.facebook.net/${lang === 'fr' ? 'fr_FR' : 'en_US'}/sdk.js#xfbml=1&version=v22.0`,
  parse: (element) => providers.FB?.XFBML?.parse(element),
});

