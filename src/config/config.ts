import { resolveLang, translations, type Lang } from '../i18n/index.js';
import { NAME, REVISION } from '../consent/record.js';
import { builtinServices } from '../services/builtin.js';
import type { ServiceDefinition } from '../services/service.js';
import { safeUrl } from '../util/url.js';
import { warn } from '../util/warn.js';

export type StatisticsMode = 'consent' | 'exempt';

/** A purpose the visitor can accept or refuse (or, for `necessary`, is told about). */
export interface CategoryConfig {
  name: string;
  label: string;
  description: string;
  /** `necessary`: always on, shown disabled. */
  required: boolean;
}

/** Everything the elements and services need, read from `<cookie-consent>` and its children. */
export interface ConsentConfig {
  lang: Lang;
  controller: string;
  policyUrl: string | undefined;
  revision: string;
  cookieName: string;
  cookieDomain: string | undefined;
  /** In display order, `necessary` first. */
  categories: CategoryConfig[];
  services: ServiceDefinition[];
  statisticsMode: StatisticsMode;
  matomoUrl: string | undefined;
  matomoSiteId: string | undefined;
  gaId: string | undefined;
  consentLogUrl: string | undefined;
  /** Reload after a withdrawal when a withdrawn service had run on the page (`reload-on-withdraw="false"` to turn off). */
  reloadOnWithdraw: boolean;
}

/** An attribute, trimmed; '' when absent. */
const read = (element: Element, name: string) => element.getAttribute(name)?.trim() ?? '';

/**
 * The `<consent-category>` or `<consent-service>` children, by name, read as services (a
 * category just has no `category`, `cookies` or `policy-url`). Neither a name nor a service's
 * category may be `necessary`: it could never be refused.
 */
function children(element: Element, tag: string): Map<string, ServiceDefinition> {
  const found = new Map<string, ServiceDefinition>();
  for (const child of element.querySelectorAll(`:scope > ${tag}`)) {
    const name = read(child, 'name').toLowerCase();
    const category = read(child, 'category').toLowerCase();
    if (NAME.test(name) && name !== 'necessary' && category !== 'necessary') {
      found.set(name, {
        name,
        label: read(child, 'label') || name,
        description: read(child, 'description'),
        category,
        cookies: read(child, 'cookies')
          .split(/[\s,]+/)
          .filter((cookie) => /^[\w.*-]{1,128}$/.test(cookie))
          .map((cookie) => ({ name: cookie })),
        policyUrl: safeUrl(read(child, 'policy-url'), `<${tag} name="${name}"> policy-url`),
      });
    } else warn(`<${tag} name="${name}"> is invalid; it is ignored.`);
  }
  return found;
}

/**
 * Reads the configuration from `<cookie-consent>` attributes and its `<consent-category>` and
 * `<consent-service>` children. Never throws: a wrong value gets a warning naming the attribute
 * and is left out, the rest keeps working.
 */
export function readConfig(element: Element): ConsentConfig {
  const attr = (name: string) => read(element, name);
  const list = (name: string) => attr(name).toLowerCase().split(/[\s,]+/).filter(Boolean);
  /** The attribute if it passes `check`, else `fallback`, with a warning when it was set. */
  const valid = (name: string, check: { test(value: string): boolean }, fallback?: string) => {
    const value = attr(name);
    if (!value) return fallback;
    if (check.test(value)) return value;
    warn(`${name}="${value}" is invalid; ${fallback ? `"${fallback}" is used` : 'it is ignored'}.`);
    return fallback;
  };
  const url = (name: string) => safeUrl(attr(name), name);
  const lang = resolveLang(attr('lang'));
  const gaId = valid('ga-id', /^G-[A-Z0-9]+$/i);

  const custom = children(element, 'consent-service');
  // Names in `services` (and `google-analytics` when `ga-id` is set), then every declared service.
  const services = new Set<ServiceDefinition>();
  for (const name of [...list('services'), ...(gaId ? ['google-analytics'] : []), ...custom.keys()]) {
    const service = custom.get(name) ?? builtinServices.get(name);
    if (service) services.add(service);
    else warn(`services: "${name}" is unknown; it is ignored.`);
  }

  // Shown categories: those asked for, else the declared ones; then those the services use; `necessary` always first.
  const declared = children(element, 'consent-category');
  const builtinCategories = new Map(Object.entries(translations[lang].categories));
  const categories = new Map<string, CategoryConfig>();
  const asked = element.hasAttribute('categories') ? list('categories') : declared.keys();
  for (const name of new Set(['necessary', ...asked, ...[...services].map((service) => service.category)])) {
    const texts = declared.get(name) ?? builtinCategories.get(name);
    if (texts) categories.set(name, { ...(texts as CategoryConfig), name, required: name === 'necessary' });
    else warn(`category "${name}" is unknown; it and its services are ignored.`);
  }

  return {
    lang,
    controller: attr('controller'),
    policyUrl: url('policy-url'),
    revision: valid('revision', REVISION, '1')!,
    cookieName: valid('cookie-name', /^[\w-]{1,64}$/, 'cookie_consent')!,
    // `.example.fr` or `example.fr` covers `data.example.fr` and `example.fr`.
    cookieDomain: valid('cookie-domain', { test: (domain) => `.${location.hostname}`.endsWith(`.${domain.replace(/^\./, '').toLowerCase()}`) }),
    categories: [...categories.values()],
    services: [...services].filter((service) => categories.has(service.category)),
    statisticsMode: valid('statistics-mode', /^(consent|exempt)$/, 'consent') as StatisticsMode,
    matomoUrl: url('matomo-url'),
    matomoSiteId: valid('matomo-site-id', /^\d+$/),
    gaId,
    consentLogUrl: url('consent-log-url'),
    reloadOnWithdraw: attr('reload-on-withdraw') !== 'false',
  };
}
