/**
 * The library's own Trusted Types policy, `portal-consent`. A portal that sends
 * `require-trusted-types-for 'script'` lets the library create vendor scripts only through it:
 * list it in `trusted-types` (with Lit's `lit-html`).
 */
import { warn } from './warn.js';

export const POLICY_NAME = 'portal-consent';

interface Policy {
  createScriptURL(url: string): unknown;
  createScript(text: string): unknown;
}

let policy: Policy | null | undefined;

function get(): Policy | null {
  if (policy === undefined) {
    policy = null;
    const factory = (globalThis as { trustedTypes?: { createPolicy(name: string, rules: object): Policy } }).trustedTypes;
    try {
      policy =
        factory?.createPolicy(POLICY_NAME, {
          // Only http(s): the policy must not turn a `data:` or `javascript:` string into a script.
          createScriptURL(url: string) {
            if (!/^https?:$/.test(new URL(url, document.baseURI).protocol)) throw new TypeError(url);
            return url;
          },
          // Inline bodies are the page's own markup (a gated `<script type="text/plain">`), moved as is.
          createScript: (text: string) => text,
        }) ?? null;
    } catch {
      warn(`the "${POLICY_NAME}" Trusted Types policy is refused: add it to trusted-types.`);
    }
  }
  return policy;
}

/** Sets a script's `src` through the policy when the browser has Trusted Types. */
export function setScriptSrc(script: HTMLScriptElement, url: string): void {
  const p = get();
  script.src = (p ? p.createScriptURL(url) : url) as string;
}

/** Sets a script's inline text through the policy when the browser has Trusted Types. */
export function setScriptText(script: HTMLScriptElement, text: string): void {
  const p = get();
  script.text = (p ? p.createScript(text) : text) as string;
}
