import type { Lang, Localized } from '../i18n/index.js';
import type { ConsentConfig } from '../config/config.js';

/** A cookie a service sets: shown in the panel and the cookie table, deleted on withdrawal. */
export interface CookieDescription {
  /** Exact name, or a pattern with `*` as a wildcard (`_pk_id.*`). */
  name: string;
  /** How long it lives, in days; 0 for a session cookie; absent when unknown. */
  days?: number;
  purpose?: Localized | string;
}

/**
 * One vendor or embedded service. Adding a vendor is adding one module that exports one of these.
 */
export interface ServiceDefinition {
  /** Name used in `services`, `data-consent` and the record. */
  name: string;
  /** The category it belongs to (`statistics`, `social` or a custom one). */
  category: string;
  /** Display name; brands are not translated. */
  label: string;
  description?: Localized | string;
  cookies: readonly CookieDescription[];
  policyUrl?: string;
  /**
   * Runs first on every configuration and every change of choice, granted or not: setup that
   * contacts no host (Google Consent Mode defaults), or a service that follows more than its own
   * grant (exempt Matomo, the objection).
   */
  sync?(config: ConsentConfig): void;
  /** Runs once per page when the service becomes granted. */
  start?(config: ConsentConfig): void;
  /** Runs when a started service is withdrawn, after its cookies are deleted. */
  stop?(config: ConsentConfig): void;
}

/** Text in the visitor's language from a vendor's own strings. */
export function localize(text: Localized | string | undefined, lang: Lang): string {
  return typeof text === 'object' ? text[lang] : (text ?? '');
}
