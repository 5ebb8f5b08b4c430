/**
 * The three social services: a provider script loaded once per page when granted (in the page's
 * language), and the provider's own call to render an embed revealed after it loaded.
 */
import type { CookieDescription, ServiceDefinition } from './service.js';
import type { Lang } from '../i18n/index.js';
import { loadScript } from './load-script.js';

export interface SocialService extends ServiceDefinition {
  load(lang: Lang): Promise<void>;
  parse(element: Element): void;
}

/** Window globals the providers' scripts define, for their parse calls. */
const providers = window as unknown as {
  twttr?: { widgets?: { load(element: Element): void } };
  FB?: { XFBML?: { parse(element: Element): void } };
  IN?: { parse?(element: Element): void };
};

function socialService(
  name: string,
  label: string,
  policyUrl: string,
  cookies: CookieDescription[],
  /** Its script's URL in the page's language. */
  src: (lang: Lang) => string,
  parse: (element: Element) => void,
): SocialService {
  const load = (lang: Lang) => loadScript(src(lang));
  return {
    name,
    label,
    policyUrl,
    cookies,
    category: 'social',
    // No description of their own: the category says what they are and that they may track the
    // visitor, and the panel lists their cookies after the name.
    load,
    parse,
    // A failure is shown by the embeds and warned by loadScript, which handles the rejection.
    start: ({ lang }) => void load(lang),
  };
}

/** Twitter/X buttons and embedded posts (widgets.js renders the page's embeds on load). */
export const twitter = socialService(
  'twitter',
  'Twitter/X',
  'https://x.com/privacy',
  [
    { name: 'guest_id', days: 395 },
    { name: 'personalization_id', days: 395 },
  ],
  () => 'https://platform.twitter.com/widgets.js',
  (element) => providers.twttr?.widgets?.load(element),
);

/** Facebook buttons and embedded posts (the JavaScript SDK). */
export const facebook = socialService(
  'facebook',
  'Facebook',
  'https://www.facebook.com/privacy/policy/',
  [
    { name: '_fbp', days: 90 },
    { name: 'fr', days: 90 },
    { name: 'datr', days: 400 },
  ],
  // The SDK reads its settings from its own URL: xfbml=1 renders the page's plugins once it loaded.
  (lang) => `https://connect.facebook.net/${lang === 'fr' ? 'fr_FR' : 'en_US'}/sdk.js#xfbml=1&version=v22.0`,
  (element) => providers.FB?.XFBML?.parse(element),
);

/** LinkedIn share buttons (in.js renders the page's `<script type="IN/Share">` on load). */
export const linkedin = socialService(
  'linkedin',
  'LinkedIn',
  'https://www.linkedin.com/legal/privacy-policy',
  [
    { name: 'bcookie', days: 365 },
    { name: 'lidc', days: 1 },
    { name: 'li_gc', days: 180 },
  ],
  () => 'https://platform.linkedin.com/in.js',
  (element) => providers.IN?.parse?.(element),
);
