/**
 * The library's own Trusted Types policy, `portal-consent`. A portal that sends
 * `require-trusted-types-for 'script'` lets the library create vendor scripts only through it:
 * list it in `trusted-types` (with Lit's `lit-html`).
 */
import { safeUrl } from './url.js';
import { warn } from './warn.js';

export const POLICY_NAME = 'portal-consent';

interface Policy {
  createScriptURL(url: string): unknown;
  createScript(text: string): unknown;
}

/** Created on first use (not at load: a page that gates nothing never needs it); false without Trusted Types or when refused. */
let policy: Policy | false | undefined;

/** `value` through the policy's `method` when the browser has Trusted Types, else as is. */
function trusted(method: keyof Policy, value: string): string {
  try {
    policy ??=
      (globalThis as { trustedTypes?: { createPolicy(name: string, rules: Policy): Policy } }).trustedTypes?.createPolicy(POLICY_NAME, {
        // Only http(s): the policy must not turn a `data:` or `javascript:` string into a script.
        createScriptURL(url) {
          if (safeUrl(url, '<script> src') !== url) throw new TypeError(url);
          return url;
        },
        // Inline bodies are the page's own markup (a gated `<script type="text/plain">`), moved as is.
        createScript: (text) => text,
      }) ?? false;
  } catch {
    policy = false;
    warn(`the "${POLICY_NAME}" Trusted Types policy is refused: add it to trusted-types.`);
  }
  return (policy ? policy[method](value) : value) as string;
}

/** `url` as a script's `src`: through the policy when the browser has Trusted Types. */
export const trustedScriptUrl = (url: string) => trusted('createScriptURL', url);

/** `text` as an inline script's body: through the policy when the browser has Trusted Types. */
export const trustedScript = (text: string) => trusted('createScript', text);
