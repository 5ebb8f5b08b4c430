/**
 * Adding a script to the page, for a vendor (once per URL, with the page's CSP nonce, so a portal
 * with a strict Content-Security-Policy does not have to allow the vendor's host by 'unsafe-inline')
 * or for a gated `<script type="text/plain">` (a copy with its own attributes and nonce).
 */
import { trustedScript, trustedScriptUrl } from '../util/trusted-types.js';
import { warn } from '../util/warn.js';

/** By URL, or by gated element for an inline script. */
const added = new Map<string | Element, Promise<void>>();

/**
 * Appends `<script src>` once per URL (a second call gets the same promise), with `settings` as its
 * body, or, with `gated`, a runnable copy of it after it. Resolves when the script ran; rejects when it failed to load
 * (blocked, offline, a Trusted Types refusal), and a warning says so: never an exception.
 */
export function loadScript(src: string, gated?: HTMLScriptElement, settings = ''): Promise<void> {
  const key = src || gated!;
  let promise = added.get(key);
  if (!promise) {
    promise = new Promise((resolve, reject) => {
      // A new element: one inserted by innerHTML is marked as already started and would never run.
      const script = document.createElement('script');
      if (gated) {
        for (const { name, value } of gated.attributes) {
          if (!/^(type|src|data-consent)$/.test(name)) script.setAttribute(name, value);
        }
        if (gated.dataset.type === 'module') script.type = 'module';
      }
      // A vendor script's body never runs (it has a src): some read their settings there (LinkedIn's
      // `lang: fr_FR`).
      script.text = trustedScript(gated?.text ?? settings);
      // The nonce attribute is emptied once parsed under a CSP: only the property keeps it. A gated
      // script keeps its own, never the page's: it must not gain a right the page did not give.
      script.nonce = (gated ?? document.querySelector<HTMLScriptElement>('script[nonce]'))?.nonce ?? '';
      script.onload = resolve as () => void;
      script.onerror = reject;
      if (src) script.src = trustedScriptUrl(src);
      else resolve(); // Inline: it runs when appended.
      if (gated?.parentNode) gated.after(script);
      else document.head.append(script);
    });
    promise.catch(() => warn(`${src || '<script data-consent>'} did not run (blocked or offline).`));
    added.set(key, promise);
  }
  return promise;
}
