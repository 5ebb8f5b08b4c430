/**
 * What the three social services share: a provider script loaded once per page when granted (in
 * the page's language), and the provider's own call to render an embed revealed after it loaded.
 */
import type { ServiceDefinition } from './service.js';
import type { Lang } from '../i18n/index.js';
import { loadScript } from './load-script.js';

export interface SocialService extends ServiceDefinition {
  load(lang: Lang): Promise<void>;
  parse(element: Element): void;
}

type Provider = Pick<ServiceDefinition, 'name' | 'label' | 'cookies' | 'policyUrl'> & {
  /** Its script's URL in the page's language. */
  src(lang: Lang): string;
  parse(element: Element): void;
};

/** Window globals the providers' scripts define, for their parse calls. */
export const providers = window as unknown as {
  twttr?: { widgets?: { load(element: Element): void } };
  FB?: { XFBML?: { parse(element: Element): void } };
  IN?: { parse?(element: Element): void };
};

export function socialService({ src, ...provider }: Provider): SocialService {
  const load = (lang: Lang) => loadScript(src(lang));
  return {
    ...provider,
    category: 'social',
    description: {
      fr: `Boutons et publications de ${provider.label}.`,
      en: `${provider.label} buttons and posts.`,
    },
    load,
    // A failure is shown by the embeds and warned by loadScript, which handles the rejection.
    start: ({ lang }) => void load(lang),
  };
}
