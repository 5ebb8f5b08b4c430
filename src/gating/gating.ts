/**
 * Holds back `<script type="text/plain" data-consent="NAME">` and `<iframe data-consent="NAME"
 * data-src>` until NAME (a category or a service) is granted. Markup added later (portals render
 * dataset pages after load) is found by a MutationObserver: the page never has to call anything.
 */
import type { ConsentStore } from '../consent/store.js';
import { loadScript } from '../services/load-script.js';
import { safeUrl } from '../util/url.js';

let store: ConsentStore | undefined;
/** The names whose gated scripts ran on this page: withdrawing one reloads it (see api.ts). */
export const ranFor = new Set<string>();
/** Scripts run one after the other, in document order: an inline body may use the library before it. */
let queue: Promise<unknown> = Promise.resolve();

/** Starts the gating once, and applies the current choice to the page's gated markup. */
export function startGating(consent: ConsentStore): void {
  if (!store) {
    store = consent;
    consent.subscribe(scan);
    // Any change may add gated markup or change it: the whole page is looked at again, once per batch.
    new MutationObserver(scan).observe(document, { childList: true, subtree: true, attributeFilter: ['data-consent', 'data-src'] });
  }
  scan();
}

function scan(): void {
  for (const element of document.querySelectorAll<HTMLElement>('script[type="text/plain"][data-consent],iframe[data-consent]')) {
    // Names are read in lower case, as in the configuration (`<consent-category name="Video">` is `video`).
    const name = element.dataset.consent!.trim().toLowerCase();
    const granted = store!.has(name);
    if (element instanceof HTMLIFrameElement) {
      const url = granted && safeUrl(element.dataset.src, '<iframe data-src>');
      // Setting the same src again would reload the frame. Without src it shows nothing and keeps no connection.
      if (!url) element.removeAttribute('src');
      else if (element.getAttribute('src') !== url) element.src = url;
    } else if (granted) {
      ranFor.add(name);
      run(element as HTMLScriptElement);
    }
  }
}

/** Queues a granted script; loadScript runs each (each URL) once per page, however often it is queued. */
function run(original: HTMLScriptElement): void {
  // The property is the attribute resolved against the page's base: one URL, however it is written.
  const src = original.src;
  if (src && !safeUrl(src, '<script data-consent> src')) return;
  queue = queue.then((): unknown => {
    // The same URL in another gated script, or a service's, runs once.
    const loaded = loadScript(src, original);
    // An external script the next one may need: wait until it ran.
    return original.hasAttribute('async') || loaded.catch(() => {});
  });
}
