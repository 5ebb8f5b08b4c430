/**
 * Loading a vendor's script once per page. The script carries the page's CSP nonce, so a portal
 * with a strict Content-Security-Policy does not have to allow the vendor's host by 'unsafe-inline'.
 */
import { setScriptSrc } from '../util/trusted-types.js';

const loading = new Map<string, Promise<void>>();

/** The nonce of the page's scripts (the attribute is hidden after parse: read the property). */
export function pageNonce(): string {
  const withNonce = (document.currentScript as HTMLScriptElement | null)?.nonce
    ? (document.currentScript as HTMLScriptElement)
    : document.querySelector<HTMLScriptElement>('script[nonce]');
  return withNonce?.nonce ?? '';
}

/**
 * Appends `<script src>` once per URL; resolves when it ran, rejects when it failed to load
 * (blocked, offline). A second call for the same URL gets the same promise.
 */
export function loadScript(src: string, attributes: Record<string, string> = {}): Promise<void> {
  let promise = loading.get(src);
  if (!promise) {
    promise = new Promise<void>((resolve, reject) => {
      const script = document.createElement('script');
      for (const [name, value] of Object.entries(attributes)) script.setAttribute(name, value);
      const nonce = pageNonce();
      if (nonce) script.nonce = nonce;
      script.async = true;
      script.addEventListener('load', () => resolve(), { once: true });
      script.addEventListener('error', () => reject(new Error(`${src} failed to load`)), { once: true });
      setScriptSrc(script, src);
      document.head.append(script);
    });
    loading.set(src, promise);
  }
  return promise;
}
