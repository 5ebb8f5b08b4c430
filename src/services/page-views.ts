/**
 * What the audience trackers share: the virtual page views of a single-page portal, and how long an
 * audience identifier may live.
 */
import { store } from '../api.js';
import { expiryOf } from '../consent/record.js';

export type PageView = (url: string, title: string, referrer: string) => void;

/** A fragment is an anchor on the same view, unless it is a hash route (`#/…`, `#!…`). */
const route = (href: string) => href.replace(/#(?![!/]).*$/, '');

/**
 * Calls `view` for every later view of this page (`history.pushState`, `replaceState`, back and
 * forward). Each tracker calls it once per page.
 */
export function onPageView(view: PageView): void {
  let last = route(location.href);
  // Routers set the title after the URL, and often push then replace for one navigation:
  // look once the task is over, and count a view only when the route really changed.
  const changed = () =>
    setTimeout(() => {
      const referrer = last;
      last = route(location.href);
      if (last !== referrer) view(location.href, document.title, referrer);
    });
  for (const method of ['pushState', 'replaceState'] as const) {
    const original = history[method];
    history[method] = function (this: History, ...args: Parameters<History['pushState']>) {
      original.apply(this, args);
      changed();
    };
  }
  addEventListener('popstate', changed);
}

/**
 * Seconds an audience identifier set now may live: until the consent that allows it expires, so at
 * most 13 months from the choice, and never extended by a later visit (the CNIL's rule).
 */
export function identifierLifetime(): number {
  // Called on a grant only: there is a record.
  return ((+expiryOf(store.record!) - Date.now()) / 1000) | 0;
}
