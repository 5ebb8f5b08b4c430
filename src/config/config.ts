import { resolveLang, translation, type Lang } from '../i18n/index.js';
import { isValidName } from '../consent/record.js';
import { builtinServices } from '../services/builtin.js';
import type { ServiceDefinition } from '../services/service.js';
import { localize } from '../services/service.js';
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

export const DEFAULT_COOKIE_NAME = 'cookie_consent';
const BUILTIN_CATEGORIES = ['necessary', 'statistics', 'social'] as const;
type BuiltinCategory = (typeof BUILTIN_CATEGORIES)[number];

function isBuiltinCategory(name: string): name is BuiltinCategory {
  return (BUILTIN_CATEGORIES as readonly string[]).includes(name);
}

function names(value: string | null, attribute: string): string[] {
  const result: string[] = [];
  for (const name of (value ?? '').split(/[\s,]+/).filter(Boolean)) {
    if (isValidName(name)) result.push(name.toLowerCase());
    else warn(`${attribute}: "${name}" is not a valid name (letters, digits, "-" and "_"); it is ignored.`);
  }
  return [...new Set(result)];
}

/** A custom service declared by `<consent-service name category label cookies policy-url>`. */
function readCustomService(element: Element): ServiceDefinition | undefined {
  const name = element.getAttribute('name')?.trim().toLowerCase() ?? '';
  const category = element.getAttribute('category')?.trim().toLowerCase() ?? '';
  if (!isValidName(name)) {
    warn(`<consent-service name="${name}">: a valid name is required; the service is ignored.`);
    return undefined;
  }
  if (!isValidName(category) || category === 'necessary') {
    warn(`<consent-service name="${name}">: category "${category}" is not a category that can be consented to; the service is ignored.`);
    return undefined;
  }
  const policyUrl = safeUrl(element.getAttribute('policy-url'), `<consent-service name="${name}"> policy-url`);
  return {
    name,
    category,
    label: element.getAttribute('label')?.trim() || name,
    description: element.getAttribute('description')?.trim() ?? '',
    cookies: (element.getAttribute('cookies') ?? '')
      .split(/[\s,]+/)
      .filter((cookie) => /^[\w.*-]{1,128}$/.test(cookie))
      .map((cookie) => ({ name: cookie })),
    ...(policyUrl ? { policyUrl } : {}),
  };
}

/**
 * Reads the configuration from `<cookie-consent>` attributes and its `<consent-category>` and
 * `<consent-service>` children. Never throws: a wrong value gets a warning naming the attribute
 * and is left out, the rest keeps working.
 */
export function readConfig(element: Element): ConsentConfig {
  const attr = (name: string) => element.getAttribute(name);
  const lang = resolveLang(attr('lang'), element.ownerDocument);
  const texts = translation(lang);

  const customCategories = new Map<string, CategoryConfig>();
  for (const child of element.querySelectorAll(':scope > consent-category')) {
    const name = child.getAttribute('name')?.trim().toLowerCase() ?? '';
    if (!isValidName(name) || name === 'necessary') {
      warn(`<consent-category name="${name}">: a valid name other than "necessary" is required; it is ignored.`);
      continue;
    }
    customCategories.set(name, {
      name,
      label: child.getAttribute('label')?.trim() || name,
      description: child.getAttribute('description')?.trim() ?? '',
      required: false,
    });
  }

  const customServices = new Map<string, ServiceDefinition>();
  for (const child of element.querySelectorAll(':scope > consent-service')) {
    const service = readCustomService(child);
    if (service) customServices.set(service.name, service);
  }

  const services: ServiceDefinition[] = [];
  const requested = names(attr('services'), 'services');
  const gaId = attr('ga-id')?.trim() || undefined;
  if (gaId && !requested.includes('google-analytics')) requested.push('google-analytics');
  for (const name of [...requested, ...customServices.keys()]) {
    const service = customServices.get(name) ?? builtinServices.get(name);
    if (!service) {
      warn(`services: unknown service "${name}" is ignored. Built in: ${[...builtinServices.keys()].join(', ')}; others need a <consent-service> child.`);
    } else if (!services.includes(service)) {
      services.push(service);
    }
  }

  // Shown categories: those asked for, else those the services and children use; `necessary` always.
  const asked = attr('categories') === null ? undefined : names(attr('categories'), 'categories');
  const wanted = new Set<string>(['necessary', ...(asked ?? [...customCategories.keys()]), ...services.map((s) => s.category)]);
  const categories: CategoryConfig[] = [];
  for (const name of wanted) {
    const custom = customCategories.get(name);
    if (custom) categories.push(custom);
    else if (isBuiltinCategory(name)) categories.push({ name, ...texts.categories[name], required: name === 'necessary' });
    else warn(`categories: unknown category "${name}" is ignored; declare it with a <consent-category name="${name}"> child.`);
  }
  const known = new Set(categories.map((category) => category.name));
  const kept = services.filter((service) => {
    if (known.has(service.category)) return true;
    warn(`<consent-service name="${service.name}">: its category "${service.category}" is not declared; the service is ignored.`);
    return false;
  });

  let revision = attr('revision')?.trim() || '1';
  if (!/^[\w.:-]{1,64}$/.test(revision)) {
    warn(`revision: "${revision}" must be letters, digits, ".", ":", "-" or "_" (64 at most); "1" is used.`);
    revision = '1';
  }
  let cookieName = attr('cookie-name')?.trim() || DEFAULT_COOKIE_NAME;
  if (!/^[\w-]{1,64}$/.test(cookieName)) {
    warn(`cookie-name: "${cookieName}" is not a valid cookie name; "${DEFAULT_COOKIE_NAME}" is used.`);
    cookieName = DEFAULT_COOKIE_NAME;
  }
  let cookieDomain = attr('cookie-domain')?.trim() || undefined;
  if (cookieDomain && !isDomainOf(cookieDomain, element.ownerDocument.location?.hostname ?? '')) {
    warn(`cookie-domain: "${cookieDomain}" does not cover this page's host; the host's own cookie is used.`);
    cookieDomain = undefined;
  }
  let statisticsMode: StatisticsMode = 'consent';
  const mode = attr('statistics-mode')?.trim();
  if (mode === 'exempt') statisticsMode = 'exempt';
  else if (mode && mode !== 'consent') warn(`statistics-mode: "${mode}" is not "consent" or "exempt"; "consent" is used.`);

  const matomoSiteId = attr('matomo-site-id')?.trim() || undefined;
  if (matomoSiteId && !/^\d+$/.test(matomoSiteId)) warn(`matomo-site-id: "${matomoSiteId}" is not a number; Matomo is not loaded.`);
  if (gaId && !/^G-[A-Z0-9]+$/i.test(gaId)) warn(`ga-id: "${gaId}" does not look like a GA4 measurement id (G-XXXXXXX); Google Analytics is not loaded.`);

  return {
    lang,
    controller: attr('controller')?.trim() || '',
    policyUrl: safeUrl(attr('policy-url'), 'policy-url'),
    revision,
    cookieName,
    cookieDomain,
    categories,
    services: kept,
    statisticsMode,
    matomoUrl: safeUrl(attr('matomo-url'), 'matomo-url'),
    matomoSiteId: matomoSiteId && /^\d+$/.test(matomoSiteId) ? matomoSiteId : undefined,
    gaId: gaId && /^G-[A-Z0-9]+$/i.test(gaId) ? gaId : undefined,
    consentLogUrl: safeUrl(attr('consent-log-url'), 'consent-log-url'),
    reloadOnWithdraw: attr('reload-on-withdraw') !== 'false',
  };
}

/** `.example.fr` or `example.fr` covers `data.example.fr` and `example.fr`. */
function isDomainOf(domain: string, hostname: string): boolean {
  const bare = domain.replace(/^\./, '').toLowerCase();
  return hostname === bare || hostname.endsWith(`.${bare}`);
}

/** The display description of a service in the configured language. */
export function serviceDescription(service: ServiceDefinition, lang: Lang): string {
  return localize(service.description, lang);
}
