/**
 * Holds back `<script type="text/plain" data-consent="NAME">` and `<iframe data-consent="NAME"
 * data-src>` until NAME (a category or a service) is granted. Markup added later (portals render
 * dataset pages after load) is found by a MutationObserver: the page never has to call anything.
 */
import type { ConsentStore } from '../consent/store.js';
import { setScriptSrc, setScriptText } from '../util/trusted-types.js';
import { safeUrl } from '../util/url.js';
import { warn } from '../util/warn.js';

let store: ConsentStore | undefined;
/** Inline scripts, and external scripts' URLs, that already ran: a gated script runs once per page. */
const ran = new Set<Element | string>();
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
    const granted = store!.has(element.dataset.consent!.trim());
    if (element instanceof HTMLIFrameElement) {
      const url = granted && safeUrl(element.dataset.src, '<iframe data-src>');
      // Setting the same src again would reload the frame. Without src it shows nothing and keeps no connection.
      if (!url) element.removeAttribute('src');
      else if (element.getAttribute('src') !== url) element.src = url;
    } else if (granted) {
      run(element as HTMLScriptElement);
    }
  }
}

function run(original: HTMLScriptElement): void {
  const src = original.getAttribute('src');
  if (src !== null && !safeUrl(src, '<script data-consent> src')) return;
  const key = src === null ? original : new URL(src, document.baseURI).href;
  if (ran.has(key)) return;
  ran.add(key);
  queue = queue.then(
    () =>
      new Promise<void>((done) => {
        // A new element: one inserted by innerHTML is marked as already started and would never run.
        const script = document.createElement('script');
        for (const { name, value } of original.attributes) {
          if (!/^(type|src|data-consent)$/.test(name)) script.setAttribute(name, value);
        }
        if (original.dataset.type === 'module') script.type = 'module';
        // The nonce attribute is hidden once parsed under a CSP: only the property still has it.
        // Never the page's nonce: an injected gated script must not gain a right the page did not give.
        script.nonce = original.nonce;
        // An external script the next one may need: wait until it ran.
        if (src && !original.hasAttribute('async')) script.onload = script.onerror = () => done();
        else done();
        // Through the library's Trusted Types policy, for portals that require it.
        setScriptText(script, original.text);
        if (src) setScriptSrc(script, src);
        if (original.parentNode) original.after(script);
        else document.head.append(script);
      }),
  ).catch((error) => warn(`a gated script failed: ${error}`));
}
