/**
 * Stand-ins for matomo.js and gtag.js, served by the network watcher in place of the real hosts.
 * The fake Matomo keeps to what Matomo's tracker documents: it runs the `_paq` queue in order and
 * then every later push, records each command in `window.__matomo`, sends `matomo.php` requests
 * (the network log sees them) unless consent is required, and writes `_pk_id` only with cookies on.
 */
import type { Visit } from '../support/visit.js';

const FAKE_MATOMO = `(() => {
  const log = (window.__matomo = []);
  let tracker = '', site = '', url = location.href, title = document.title;
  let cookies = true, consentRequired = false, timeout = 33955200;
  const has = (name) => document.cookie.split('; ').some((pair) => pair.startsWith(name + '='));
  const api = {
    setTrackerUrl: (value) => { tracker = value; },
    setSiteId: (value) => { site = value; },
    setCustomUrl: (value) => { url = value; },
    setDocumentTitle: (value) => { title = value; },
    setVisitorCookieTimeout: (seconds) => { timeout = seconds; },
    requireCookieConsent: () => { if (!has('mtm_cookie_consent')) cookies = false; },
    rememberCookieConsentGiven: (hours) => {
      cookies = true;
      document.cookie = 'mtm_cookie_consent=' + Date.now() + '; path=/; max-age=' + Math.round(hours * 3600);
    },
    forgetCookieConsentGiven: () => { document.cookie = 'mtm_cookie_consent=; path=/; max-age=0'; cookies = false; },
    requireConsent: () => { consentRequired = true; cookies = false; },
    trackPageView: () => {
      if (consentRequired) return;
      if (cookies) document.cookie = '_pk_id.' + site + '.1fff=' + Date.now() + '; path=/; max-age=' + timeout;
      fetch(tracker + '?idsite=' + site + '&cookie=' + (cookies ? 1 : 0) + '&url=' + encodeURIComponent(url) +
        '&action_name=' + encodeURIComponent(title), { mode: 'no-cors' }).catch(() => {});
    },
  };
  const run = (command) => { log.push(command); if (api[command[0]]) api[command[0]](...command.slice(1)); };
  const queued = window._paq || [];
  window._paq = { push: (...commands) => { commands.forEach(run); return 0; } };
  queued.forEach(run);
})();`;

export const TRACKER_STUBS = {
  'stats.example.fr/matomo.js': { body: FAKE_MATOMO },
  'stats.example.fr/matomo.php': { body: '', contentType: 'image/gif' },
  'www.googletagmanager.com/gtag/js': { body: 'window.__gtagLoaded = true;' },
};

/** The `_paq` commands the fake Matomo ran on that page, or `undefined` when it never loaded. */
export function matomoCommands(page: Visit): unknown[][] | undefined {
  return (page.window as unknown as { __matomo?: unknown[][] }).__matomo;
}

export function commandNames(page: Visit): string[] {
  return (matomoCommands(page) ?? []).map((command) => command[0] as string);
}

/** The page's `dataLayer`, each `gtag()` call as an array. */
export function dataLayer(page: Visit): unknown[][] {
  const layer = (page.window as unknown as { dataLayer?: ArrayLike<unknown>[] }).dataLayer ?? [];
  return layer.map((entry) => Array.from(entry));
}

/** 13 calendar months from `date`, in seconds: the most an audience identifier may live. */
export function thirteenMonths(date = new Date()): number {
  const end = new Date(date);
  end.setMonth(end.getMonth() + 13);
  return (end.getTime() - date.getTime()) / 1000;
}

/** Navigates the visited single-page app and waits for the library to see it. */
export async function navigate(page: Visit, method: 'pushState' | 'replaceState', url: string, title: string): Promise<void> {
  page.window.history[method]({}, '', url);
  page.document.title = title;
  await new Promise((resolve) => setTimeout(resolve, 30));
}
