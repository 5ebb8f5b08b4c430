/**
 * Loading a vendor's script once per page. The script carries the page's CSP nonce, so a portal
 * with a strict Content-Security-Policy does not have to allow the vendor's host by 'unsafe-inline'.
 */
import { setScriptSrc } from '../util/trusted-types.js';
import { warn } from '../util/warn.js';

const loading = new Map<string, Promise<void>>();

/**
 * Appends `<script src>` once per URL: a second call gets the same promise. It resolves when the
 * script ran; it rejects when the script failed to load (blocked, offline), and a warning says so.
 */
export function loadScript(src: string): Promise<void> {
  let promise = loading.get(src);
  if (!promise) {
    // Thrown inside (a Trusted Types refusal): a rejection like a failed load, never an exception.
    promise = new Promise((resolve, reject) => {
      const script = document.createElement('script');
      // The page's nonce: the nonce attribute is emptied once parsed, only the property keeps it.
      script.nonce = document.querySelector<HTMLScriptElement>('script[nonce]')?.nonce ?? '';
      script.onload = () => resolve();
      script.onerror = reject;
      setScriptSrc(script, src);
      document.head.append(script);
    });
    promise.catch(() => warn(`${src} failed to load (blocked or offline).`));
    loading.set(src, promise);
  }
  return promise;
}
