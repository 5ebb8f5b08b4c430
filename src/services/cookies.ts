/**
 * Deleting the first-party cookies a withdrawn service set. A tracker may have written them for
 * the host, for `.host` or for a parent domain, on `/` or on the current path, and a cookie is only
 * removed by an expiry with the same domain and path: so every variant is expired.
 */

function patternToRegExp(pattern: string): RegExp {
  const escaped = pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*');
  return new RegExp(`^${escaped}$`);
}

/** Names of the cookies visible to this page that match one of `patterns` (`*` is a wildcard). */
export function matchingCookieNames(patterns: readonly string[], cookieString: string = document.cookie): string[] {
  if (patterns.length === 0) return [];
  const expressions = patterns.map(patternToRegExp);
  const names = cookieString
    .split(';')
    .map((pair) => pair.split('=')[0]!.trim())
    .filter((name) => name !== '');
  return [...new Set(names)].filter((name) => expressions.some((re) => re.test(name)));
}

/** `a.b.example.fr` → [undefined, 'a.b.example.fr', '.a.b.example.fr', 'b.example.fr', '.b.example.fr', …]. */
export function domainVariants(hostname: string): (string | undefined)[] {
  const variants: (string | undefined)[] = [undefined];
  const labels = hostname.split('.');
  // An IP address or a single label (localhost) has no parent domain to try.
  if (labels.length < 2 || /^[\d.]+$/.test(hostname) || hostname.includes(':')) return variants;
  for (let i = 0; i < labels.length - 1; i++) {
    const domain = labels.slice(i).join('.');
    variants.push(domain, `.${domain}`);
  }
  return variants;
}

/** `/a/b/c` → ['/', '/a', '/a/', '/a/b', '/a/b/', …]. */
export function pathVariants(pathname: string): string[] {
  const paths = ['/'];
  const parts = pathname.split('/').filter(Boolean);
  let current = '';
  for (const part of parts) {
    current += `/${part}`;
    paths.push(current, `${current}/`);
  }
  return paths;
}

/** Expires every cookie matching `patterns` on every domain and path variant; returns their names. */
export function deleteCookies(patterns: readonly string[]): string[] {
  let names: string[];
  try {
    names = matchingCookieNames(patterns);
  } catch {
    return []; // Cookies blocked (document.cookie throws in a sandbox): none to delete.
  }
  if (names.length === 0) return names;
  const domains = domainVariants(location.hostname);
  const paths = pathVariants(location.pathname);
  for (const name of names) {
    for (const domain of domains) {
      for (const path of paths) {
        document.cookie = `${name}=; expires=Thu, 01 Jan 1970 00:00:00 GMT; max-age=0; path=${path}${domain ? `; domain=${domain}` : ''}`;
      }
    }
  }
  return names;
}
