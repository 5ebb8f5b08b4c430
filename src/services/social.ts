/**
 * The three social services: a provider script loaded once per page when granted (in the page's
 * language), and the provider's own call to render an embed revealed after it loaded. No
 * description of their own: the category says what they are and that they may track the visitor,
 * and the panel lists their cookies after the name.
 */
import type { ServiceDefinition } from './service.js';
import type { ConsentConfig } from '../config/config.js';
import { loadScript } from './load-script.js';

export interface SocialService extends ServiceDefinition {
  /**
   * Loads the provider's script, once per page, in the page's language: on a grant (the runner)
   * and when an embed is revealed. A failure is shown by the embeds and warned by loadScript,
   * which handles the rejection.
   */
  start(config: Pick<ConsentConfig, 'lang'>): Promise<void>;
  /** The provider's own call that renders the embeds in `element`. */
  parse(element: Element): void;
}

/** Window globals the providers' scripts define, for their parse calls. */
const providers = window as unknown as {
  twttr?: { widgets?: { load(element: Element): void } };
  FB?: { XFBML?: { parse(element: Element): void } };
  IN?: { parse?(element: Element): void };
};

/** The providers' name for the page's language. */
const locale = (lang: string) => (lang === 'fr' ? 'fr_FR' : 'en_US');

/** Twitter/X buttons and embedded posts (widgets.js renders the page's embeds on load). */
export const twitter: SocialService = {
  name: 'twitter',
  category: 'social',
  label: 'Twitter/X',
  cookies: [
    { name: 'guest_id', days: 395 },
    { name: 'personalization_id', days: 395 },
  ],
  policyUrl: 'https://x.com/privacy',
  start: () => loadScript('https://platform.twitter.com/widgets.js'),
  parse: (element) => providers.twttr?.widgets?.load(element),
};

/** Facebook buttons and embedded posts (the JavaScript SDK). */
export const facebook: SocialService = {
  name: 'facebook',
  category: 'social',
  label: 'Facebook',
  cookies: [
    { name: '_fbp', days: 90 },
    { name: 'fr', days: 90 },
    { name: 'datr', days: 400 },
  ],
  policyUrl: 'https://www.facebook.com/privacy/policy/',
  // The SDK reads its settings from its own URL: xfbml=1 renders the page's plugins once it loaded.
  start: ({ lang }) => loadScript(`https://connect.facebook.net/${locale(lang)}/sdk.js#xfbml=1&version=v22.0`),
  parse: (element) => providers.FB?.XFBML?.parse(element),
};

/** LinkedIn share buttons (in.js renders the page's `<script type="IN/Share">` on load). */
export const linkedin: SocialService = {
  name: 'linkedin',
  category: 'social',
  label: 'LinkedIn',
  cookies: [
    { name: 'bcookie', days: 365 },
    { name: 'lidc', days: 1 },
    { name: 'li_gc', days: 180 },
  ],
  policyUrl: 'https://www.linkedin.com/legal/privacy-policy',
  // in.js reads its settings from its own script's body.
  start: ({ lang }) => loadScript('https://platform.linkedin.com/in.js', undefined, `lang: ${locale(lang)}`),
  parse: (element) => providers.IN?.parse?.(element),
};
