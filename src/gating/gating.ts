/**
 * Holds back `<script type="text/plain" data-consent="NAME">` and `<iframe data-consent="NAME"
 * data-src>` until NAME (a category or a service) is granted. Markup added later (portals render
 * dataset pages after load) is found by a MutationObserver: the page never has to call anything.
 */
import type { ConsentStore } from '../consent/store.js';
import { setScriptSrc, setScriptText } from '../util/trusted-types.js';
import { safeUrl } from '../util/url.js';
import { warn } from '../util/warn.js';

const SELECTOR = 'script[type="text/plain"][data-consent],iframe[data-consent]';

let store: ConsentStore | undefined;
/** Scripts (and external URLs) that already ran: a gated script runs once per page. */
const ran = new WeakSet<Element>();
const ranUrls = new Set<string>();
/** Scripts run one after the other, in document order: an inline body may use the library before it. */
let queue: Promise<unknown> = Promise.resolve();

/** Starts the gating once, and applies the current choice to the page's gated markup. */
export function startGating(consent: ConsentStore): void {
  if (!store) {
    store = consent;
    consent.subscribe(() => scan(document));
    new MutationObserver((records) => {
      for (const record of records) {
        if (record.type === 'attributes') scan(record.target as Element);
        else for (const node of record.addedNodes) if (node instanceof Element) scan(node);
      }
    }).observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['data-consent', 'data-src'] });
  }
  scan(document);
}

function scan(root: Element | Document): void {
  const found = [...root.querySelectorAll(SELECTOR)];
  if (root instanceof Element && root.matches(SELECTOR)) found.unshift(root);
  for (const element of found) {
    const granted = store!.has((element as HTMLElement).dataset.consent!.trim());
    if (element instanceof HTMLIFrameElement) gateFrame(element, granted);
    else if (granted) run(element as HTMLScriptElement);
  }
}

function gateFrame(frame: HTMLIFrameElement, granted: boolean): void {
  const url = granted && safeUrl(frame.dataset.src, '<iframe data-src>');
  if (url) {
    if (frame.getAttribute('src') !== url) frame.src = url;
  } else if (frame.hasAttribute('src')) {
    // Back to the placeholder state: without src the frame shows nothing and keeps no connection.
    frame.removeAttribute('src');
  }
}

function run(original: HTMLScriptElement): void {
  if (ran.has(original)) return;
  ran.add(original);
  const src = original.getAttribute('src');
  if (src !== null) {
    if (!safeUrl(src, '<script data-consent> src')) return;
    const url = new URL(src, document.baseURI).href;
    if (ranUrls.has(url)) return;
    ranUrls.add(url);
  }
  queue = queue.then(
    () =>
      new Promise<void>((done) => {
        const script = document.createElement('script');
        for (const { name, value } of original.attributes) {
          if (!/^(type|nonce|src|data-consent)$/.test(name)) script.setAttribute(name, value);
        }
        if (original.dataset.type === 'module') script.type = 'module';
        // The attribute is hidden once parsed under a CSP: only the property still has the nonce.
        // Never the page's nonce: an injected gated script must not gain a right the page did not give.
        script.nonce = original.nonce;
        if (src && !original.hasAttribute('async')) {
          script.async = false;
          script.onload = script.onerror = () => done();
        } else {
          done();
        }
        // Through the library's Trusted Types policy, for portals that require it.
        setScriptText(script, original.text);
        if (src) setScriptSrc(script, src);
        if (original.parentNode) original.after(script);
        else document.head.append(script);
      }),
  ).catch((error) => warn(`a gated script failed: ${String(error)}`));
}
