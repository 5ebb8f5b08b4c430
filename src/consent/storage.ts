import Cookies from 'js-cookie';
import { warn } from '../util/warn.js';

/** Where the serialized record lives. Behind an interface so tests and other stores can swap it. */
export interface ConsentStorage {
  read(): string | undefined;
  /** Returns false when the value could not be kept (cookies off, a sandboxed frame). */
  write(value: string, expires: Date): boolean;
  clear(): void;
}

export interface CookieStorageOptions {
  name: string;
  domain?: string | undefined;
}

/** The default store: one first-party cookie, path `/`, SameSite=Lax, Secure on https. */
export function cookieStorage({ name, domain }: CookieStorageOptions): ConsentStorage {
  const attributes: Cookies.CookieAttributes = {
    path: '/',
    sameSite: 'Lax',
    secure: location.protocol === 'https:',
    ...(domain ? { domain } : {}),
  };
  return {
    read() {
      try {
        return Cookies.get(name);
      } catch (error) {
        warn(`cannot read the "${name}" cookie (${String(error)}): no choice is assumed.`);
        return undefined;
      }
    },
    write(value, expires) {
      try {
        Cookies.set(name, value, { ...attributes, expires });
        return Cookies.get(name) === value;
      } catch {
        return false;
      }
    },
    clear() {
      try {
        Cookies.remove(name, attributes);
      } catch {
        // Cookies unavailable: nothing was stored, so nothing to clear.
      }
    },
  };
}

/** Keeps the record for this page only: the fallback when cookies cannot be written. */
export function memoryStorage(): ConsentStorage {
  let value: string | undefined;
  return {
    read: () => value,
    write(next) {
      value = next;
      return true;
    },
    clear() {
      value = undefined;
    },
  };
}
