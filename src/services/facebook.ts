import type { ServiceDefinition } from './service.js';
import { loadScript } from './load-script.js';
import type { Lang } from '../i18n/index.js';

// The SDK reads its settings from its own URL: xfbml=1 renders the page's plugins once it loaded.
const load = (lang: Lang) =>
  loadScript(`https://connect.facebook.net/${lang === 'fr' ? 'fr_FR' : 'en_US'}/sdk.js#xfbml=1&version=v22.0`);

/** Facebook buttons and embedded posts (the JavaScript SDK). */
export const facebook: ServiceDefinition = {
  name: 'facebook',
  category: 'social',
  label: 'Facebook',
  description: {
    fr: 'Boutons et publications intégrés de Facebook (Meta), qui dépose ses propres cookies.',
    en: 'Facebook (Meta) buttons and embedded posts, which set their own cookies.',
  },
  cookies: [
    { name: '_fbp', days: 90 },
    { name: 'fr', days: 90 },
    { name: 'datr', days: 400 },
  ],
  hosts: ['connect.facebook.net', 'www.facebook.com', 'web.facebook.com'],
  policyUrl: 'https://www.facebook.com/privacy/policy/',
  // Failure is shown by the embeds; the page goes on.
  start: ({ lang }) => void load(lang).catch(() => {}),
};

/** For a plugin revealed after the SDK loaded: its own parse call. */
export const facebookWidget = {
  load,
  parse: (element: Element) => (window as { FB?: { XFBML?: { parse(element: Element): void } } }).FB?.XFBML?.parse(element),
};
