import Cookies from 'js-cookie';
import { deleteCookies } from '../util/cookies.js';

/**
 * Where the serialized record lives. Behind an interface so tests and other stores can swap it.
 * Its methods may throw (cookies blocked): the store catches.
 */
export interface ConsentStorage {
  read(): string | undefined;
  /** Returns false when the value could not be kept (cookies off, a sandboxed frame). */
  write(value: string, expires: Date): boolean;
  clear(): void;
}

/** The default store: the first-party cookie `name`, path `/`, SameSite=Lax, Secure on https, on `domain` if given. */
export function cookieStorage(name: string, domain?: string): ConsentStorage {
  // js-cookie leaves out attributes that are false or undefined (no domain, no Secure on http).
  const attributes: Cookies.CookieAttributes = { path: '/', sameSite: 'Lax', secure: location.protocol === 'https:', domain };
  // Every copy, on any domain or path: one left from before a change of cookie-domain would be read
  // first (the older of two same-path cookies) and shadow every later choice.
  const clear = () => deleteCookies([{ name }]);
  return {
    read: () => Cookies.get(name),
    // Read back: a browser with cookies off takes the write silently.
    write: (value, expires) => (clear(), Cookies.set(name, value, { ...attributes, expires }), Cookies.get(name) === value),
    clear,
  };
}

/** Keeps the record for this page only (tests, and the store before it is configured). */
export function memoryStorage(): ConsentStorage {
  let kept: string | undefined;
  return {
    read: () => kept,
    write: (value) => !!(kept = value),
    clear: () => (kept = undefined),
  };
}
