/**
 * The three social services: a provider script loaded once per page when granted (in the page's
 * language), and the provider's own call to render an embed revealed after it loaded.
 */
import type { ServiceDefinition } from './service.js';
import type { ConsentConfig } from '../config/config.js';
import type { Lang } from '../i18n/index.js';
import { loadScript } from './load-script.js';

export interface SocialService extends ServiceDefinition {
  /** Loads the provider's script (once per page), in the page's language. */
  load(lang: Lang): Promise<void>;
  /** The provider's own call that renders the embeds in `element`. */
  parse(element: Element): void;
}

/** Window globals the providers' scripts define, for their parse calls. */
const providers = window as unknown as {
  twttr?: { widgets?: { load(element: Element): void } };
  FB?: { XFBML?: { parse(element: Element): void } };
  IN?: { parse?(element: Element): void };
};

/**
 * What the three share. No description of their own: the category says what they are and that
 * they may track the visitor, and the panel lists their cookies after the name.
 */
const social = {
  category: 'social',
  // A failure is shown by the embeds and warned by loadScript, which handles the rejection.
  start(this: SocialService, { lang }: ConsentConfig) {
    void this.load(lang);
  },
};

/** Twitter/X buttons and embedded posts (widgets.js renders the page's embeds on load). */
export const twitter: SocialService = {
  ...social,
  name: 'twitter',
  label: 'Twitter/X',
  policyUrl: 'https://x.com/privacy',
  cookies: [
    { name: 'guest_id', days: 395 },
    { name: 'personalization_id', days: 395 },
  ],
  load: () => loadScript('https://platform.twitter.com/widgets.js'),
  parse: (element) => providers.twttr?.widgets?.load(element),
};

/** Facebook buttons and embedded posts (the JavaScript SDK). */
export const facebook: SocialService = {
  ...social,
  name: 'facebook',
  label: 'Facebook',
  policyUrl: 'https://www.facebook.com/privacy/policy/',
  cookies: [
    { name: '_fbp', days: 90 },
    { name: 'fr', days: 90 },
    { name: 'datr', days: 400 },
  ],
  // The SDK reads its settings from its own URL: xfbml=1 renders the page's plugins once it loaded.
  load: (lang) => loadScript(`https://connect.facebook.net/${lang === 'fr' ? 'fr_FR' : 'en_US'}/sdk.js#xfbml=1&version=v22.0`),
  parse: (element) => providers.FB?.XFBML?.parse(element),
};

/** LinkedIn share buttons (in.js renders the page's `<script type="IN/Share">` on load). */
export const linkedin: SocialService = {
  ...social,
  name: 'linkedin',
  label: 'LinkedIn',
  policyUrl: 'https://www.linkedin.com/legal/privacy-policy',
  cookies: [
    { name: 'bcookie', days: 365 },
    { name: 'lidc', days: 1 },
    { name: 'li_gc', days: 180 },
  ],
  load: () => loadScript('https://platform.linkedin.com/in.js'),
  parse: (element) => providers.IN?.parse?.(element),
};
