/**
 * The page's one consent state and the public functions over it. Every element, the gating and
 * the services go through here, so two `<cookie-consent>` elements or a script included twice still
 * share one choice. Tabs of the site are kept on one choice through a BroadcastChannel.
 */
import type { ConsentConfig } from './config/config.js';
import { parseRecord, serializeRecord, type ConsentRecord } from './consent/record.js';
import { createStore } from './consent/store.js';
import { cookieStorage } from './consent/storage.js';
import { flushReceipts, sendReceipt, toReceipt } from './consent/receipt.js';
import { runServices } from './services/runner.js';
import { ranFor, startGating } from './gating/gating.js';
import { attempt, safely, warn } from './util/warn.js';

export type { ConsentRecord } from './consent/record.js';
export type { Choices } from './consent/store.js';

/** What `<cookie-consent>` offers the API: showing its two layers. */
export interface ConsentUi {
  showBanner(): void;
  /** `opener` (default: the focused element) gets focus back when the panel closes. */
  showPreferences(opener?: Element | null): void;
}

declare global {
  interface DocumentEventMap {
    'consent-ready': CustomEvent<ConsentRecord | null>;
    'consent-change': CustomEvent<ConsentRecord | null>;
  }
}

export const store = createStore();

let config: ConsentConfig | undefined;
let ui: ConsentUi | undefined;
/** What the stored choice was last read for: the cookie, the revision, the names. */
let storageKey = '';
const configListeners = new Set<() => void>();
/** The other tabs of the site that keep their choice in the same cookie. */
let tabs: BroadcastChannel | undefined;

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

/** Whether the elements should take the page's `<cookie-consent>`: the first one connected wins. */
export function registerUi(candidate: ConsentUi): boolean {
  ui ??= candidate;
  if (ui === candidate) return true;
  warn('a second <cookie-consent> is ignored.');
  return false;
}

export function unregisterUi(candidate: ConsentUi): void {
  if (ui !== candidate) return;
  ui = undefined;
  // A re-rendered layout often inserts the new element before it removes the old one: the one
  // turned away then takes over.
  (document.querySelector('cookie-consent') as (Element & { connectedCallback(): void }) | null)?.connectedCallback();
}

store.subscribe((record, fromOtherTab) => {
  // A choice made here (not one adopted from another tab) goes to the other tabs and, as proof, to the controller.
  if (!fromOtherTab) {
    // (A closed channel throws: the other tabs then see the change on their next page.)
    safely(() => tabs?.postMessage(record ? serializeRecord(record) : ''));
    if (record && config?.consentLogUrl) sendReceipt(config.consentLogUrl, toReceipt(record, config.policyUrl));
  }
  const withdrawn = runServices(config, hasConsent);
  document.dispatchEvent(new CustomEvent('consent-change', { detail: record }));
  // Forgotten (a reset, here or in another tab): the visitor is asked again.
  if (!record) ui?.showBanner();
  // A script that ran, a service's or a gated one, cannot be unloaded: a reload is the only way to stop it.
  if ((withdrawn.length || [...ranFor].some((name) => !hasConsent(name))) && config?.reloadOnWithdraw) location.reload();
});

/**
 * Joins the tabs that keep their choice in the cookie `name`. A message is read like a cookie:
 * anything but a record of this revision, or '' (a reset), is ignored, and so is our own record echoed back.
 */
function linkTabs(name: string): void {
  tabs?.close();
  // No BroadcastChannel (an old browser, a sandbox): each tab keeps its own.
  tabs = attempt(() => new BroadcastChannel(`portal-consent:${name}`));
  if (!tabs) return;
  tabs.onmessage = ({ data }: MessageEvent) => {
    const record = parseRecord(data as string, store.settings.revision, new Date()) || null;
    if ((data !== '' && !record) || record?.id === store.record?.id) return;
    store.adopt(record, true);
  };
}

/**
 * Applies a configuration. The stored choice is (re)read when the cookie, the revision or the
 * names change, and `consent-ready` tells the page what it found.
 */
export function configure(next: ConsentConfig): void {
  config = next;
  const { cookieName, cookieDomain, revision, services } = next;
  const categories = next.categories.map((category) => category.name);
  const objections = next.statisticsMode === 'exempt' && services.some((s) => s.name === 'matomo') ? [OBJECTION] : [];
  const key = JSON.stringify([cookieName, cookieDomain, revision, categories, services.map((s) => [s.name, s.category]), objections]);
  const reread = key !== storageKey;
  if (reread) {
    storageKey = key;
    store.configure({ revision, categories, services, objections, storage: cookieStorage(cookieName, cookieDomain) });
    linkTabs(cookieName);
  }
  if (next.consentLogUrl) flushReceipts(next.consentLogUrl);
  runServices(next, hasConsent);
  startGating(store);
  // A failing listener (a vendor's code) must not stop the configuration.
  configListeners.forEach(safely);
  if (reread) document.dispatchEvent(new CustomEvent('consent-ready', { detail: store.record }));
}

/** The visitor's current choice, or null before any (or after a revision bump). */
export const getConsent = (): ConsentRecord | null => store.record;

/**
 * `hasConsent(name)`: whether a category (`statistics`) or a service (`matomo`) is granted.
 * `update(choices)` changes some choices (`update({ statistics: true })`) and keeps the others.
 * `reset()` forgets the choice and the services' cookies, and shows the banner again.
 */
export const { has: hasConsent, acceptAll, refuseAll, update, reset } = store;

/** Shows the banner of the page's `<cookie-consent>`, or warns that there is none. */
export function showBanner(): void {
  if (ui) ui.showBanner();
  else warn('there is no <cookie-consent> to show.');
}

/** Shows the preferences panel (it gives focus back to what has it now), or warns that there is no `<cookie-consent>`. */
export function showPreferences(): void {
  if (ui) ui.showPreferences();
  else warn('there is no <cookie-consent> to show.');
}

/**
 * Runs `callback` once: now if `name` is granted, else when it becomes granted.
 * Returns a function that cancels the wait.
 */
export function onConsent(name: string, callback: (record: ConsentRecord) => void): () => void {
  const listener = () => {
    if (!store.has(name)) return;
    stop();
    callback(store.record!);
  };
  // A grant stored on an earlier page is read at configuration, which tells no store listener.
  const stops = [store.subscribe(listener), onConfigure(listener)];
  const stop = () => stops.forEach((stopListening) => stopListening());
  safely(listener); // The host page's callback, run now: its error stays in the console, as later ones do.
  return stop;
}

// Any `[data-consent-open]` element, present now or added later, opens the preferences.
document.addEventListener('click', (event) => {
  const opener = (event.target as Element).closest?.('[data-consent-open]');
  if (opener && ui) {
    event.preventDefault();
    ui.showPreferences(opener);
  }
});
