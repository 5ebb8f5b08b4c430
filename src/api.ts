/**
 * The page's one consent state and the public functions over it. Every element, the gating and
 * the services go through here, so two `<cookie-consent>` elements or a script included twice still
 * share one choice.
 */
import type { ConsentConfig } from './config/config.js';
import type { ConsentRecord } from './consent/record.js';
import { ConsentStore, type Choices } from './consent/store.js';
import { cookieStorage } from './consent/storage.js';
import { linkTabs, fromOtherTab, tellTabs } from './consent/broadcast.js';
import { flushReceipts, sendReceipt, toReceipt } from './consent/receipt.js';
import { ServiceRunner } from './services/runner.js';
import { startGating } from './gating/gating.js';
import { warn } from './util/warn.js';

export type { ConsentRecord } from './consent/record.js';
export type { Choices } from './consent/store.js';

/** What `<cookie-consent>` offers the API: showing its two layers. */
export interface ConsentUi {
  showBanner(): void;
  showPreferences(opener?: Element | null): void;
}

declare global {
  interface DocumentEventMap {
    'consent-ready': CustomEvent<ConsentRecord | null>;
    'consent-change': CustomEvent<ConsentRecord | null>;
  }
}

export const store = new ConsentStore();
export const runner = new ServiceRunner();

let config: ConsentConfig | undefined;
let ui: ConsentUi | undefined;
let storageKey = '';
const configListeners = new Set<() => void>();

/**
 * In `statistics-mode="exempt"` Matomo runs before any consent; `matomo-objection: true` in the
 * record's `services` says the visitor objected to it.
 */
export const OBJECTION = 'matomo-objection';

/** Calls `listener` after every configuration (the cookie table, exempt Matomo); returns the function that stops. */
export function onConfigure(listener: () => void): () => void {
  configListeners.add(listener);
  return () => configListeners.delete(listener);
}

/** The configuration in force, from the `<cookie-consent>` element. */
export function currentConfig(): ConsentConfig | undefined {
  return config;
}

/** Elements turned away while another was in place: the next one takes over when it leaves. */
const waiting = new Set<ConsentUi>();

/** Whether the elements should take the page's `<cookie-consent>`: the first one connected wins. */
export function registerUi(candidate: ConsentUi): boolean {
  if (ui && ui !== candidate) {
    warn('a second <cookie-consent> element is ignored: one per page.');
    waiting.add(candidate);
    return false;
  }
  ui = candidate;
  installOpeners();
  return true;
}

export function unregisterUi(candidate: ConsentUi): void {
  waiting.delete(candidate);
  if (ui !== candidate) return;
  ui = undefined;
  // A re-rendered layout often inserts the new element before it removes the old one.
  const next = [...waiting].find((element) => (element as Partial<Element>).isConnected);
  (next as { connectedCallback?(): void } | undefined)?.connectedCallback?.();
}

function fire(type: 'consent-ready' | 'consent-change', record: ConsentRecord | null): void {
  document.dispatchEvent(new CustomEvent(type, { detail: record }));
}

// A choice made here (not one adopted from another tab) goes to the other tabs and, as proof, to the controller.
store.subscribe((record) => {
  if (fromOtherTab()) return;
  tellTabs(record);
  if (record && config?.consentLogUrl) sendReceipt(config.consentLogUrl, toReceipt(record, config.policyUrl));
});

store.subscribe((record) => {
  const withdrawn = runner.apply((name) => store.has(name));
  fire('consent-change', record);
  if (withdrawn.length > 0 && config?.reloadOnWithdraw) {
    // A script that ran cannot be unloaded: a reload is the only way to stop it.
    location.reload();
  }
});

/**
 * Applies a configuration. The stored choice is (re)read when the cookie or the revision changes,
 * and `consent-ready` tells the page what it found.
 */
export function configure(next: ConsentConfig): void {
  config = next;
  const objections = next.statisticsMode === 'exempt' && next.services.some((s) => s.name === 'matomo') ? [OBJECTION] : [];
  const key = `${next.cookieName}|${next.cookieDomain ?? ''}|${next.revision}|${next.categories.map((c) => c.name)}|${next.services.map((s) => s.name)}|${objections}`;
  const reread = key !== storageKey;
  storageKey = key;
  if (reread) {
    store.configure({
      revision: next.revision,
      categories: next.categories.map((category) => category.name),
      services: next.services.map(({ name, category }) => ({ name, category })),
      objections,
      storage: cookieStorage({ name: next.cookieName, domain: next.cookieDomain }),
    });
    // A reset in another tab asks again here too.
    linkTabs(store, next.cookieName, (record) => {
      if (!record) ui?.showBanner();
    });
  }
  if (next.consentLogUrl) flushReceipts(next.consentLogUrl);
  runner.configure(next);
  runner.apply((name) => store.has(name));
  startGating(store);
  for (const listener of configListeners) {
    try {
      listener();
    } catch (error) {
      console.error(error); // A failing listener (a vendor's code) must not stop the configuration.
    }
  }
  if (reread) fire('consent-ready', store.record);
}

/** The visitor's current choice, or null before any (or after a revision bump). */
export function getConsent(): ConsentRecord | null {
  return store.record;
}

/** Whether a category (`statistics`) or a service (`matomo`) is granted. */
export function hasConsent(name: string): boolean {
  return store.has(name);
}

export function acceptAll(): ConsentRecord {
  return store.acceptAll();
}

export function refuseAll(): ConsentRecord {
  return store.refuseAll();
}

/** Changes some choices (`update({ statistics: true })`) and keeps the others. */
export function update(choices: Choices): ConsentRecord {
  return store.update(choices);
}

/** Forgets the choice and the services' cookies, and shows the banner again. */
export function reset(): void {
  store.reset();
  ui?.showBanner();
}

export function showBanner(): void {
  if (ui) ui.showBanner();
  else warn('showBanner(): there is no <cookie-consent> element on this page.');
}

export function showPreferences(): void {
  if (ui) ui.showPreferences(document.activeElement);
  else warn('showPreferences(): there is no <cookie-consent> element on this page.');
}

/**
 * Runs `callback` once: now if `name` is granted, else when it becomes granted.
 * Returns a function that cancels the wait.
 */
export function onConsent(name: string, callback: (record: ConsentRecord) => void): () => void {
  const run = () => {
    try {
      callback(store.record!);
    } catch (error) {
      console.error(error);
    }
  };
  if (store.has(name)) {
    run();
    return () => {};
  }
  const stop = store.subscribe(() => {
    if (!store.has(name)) return;
    stop();
    run();
  });
  return stop;
}

let openersInstalled = false;

/** Any `[data-consent-open]` element, present now or added later, opens the preferences. */
function installOpeners(): void {
  if (openersInstalled) return;
  openersInstalled = true;
  document.addEventListener('click', (event) => {
    const target = event.target instanceof Element ? event.target.closest('[data-consent-open]') : null;
    if (!target || !ui) return;
    event.preventDefault();
    ui.showPreferences(target);
  });
}
