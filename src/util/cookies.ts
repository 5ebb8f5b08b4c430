/**
 * Deleting first-party cookies wherever they were written: the cookies of a withdrawn service, and
 * old copies of the consent cookie itself. A tracker may have written them for the host or a parent
 * domain, on `/` or on the current path, and a cookie is only removed by an expiry with the same
 * domain and path: so every variant is expired. (`domain=.x` and `domain=x` are the same cookie; a
 * variant the browser refuses, a public suffix or a part of an IP address, is ignored by it.)
 */

/** Expires every cookie whose name matches one of `cookies` (`*` is a wildcard). */
export function deleteCookies(cookies: readonly { name: string }[]): void {
  // Each pattern as a regular expression: `*` matches anything, any other symbol only itself.
  const patterns = cookies.map(({ name }) => name.replace(/\W/g, (symbol) => (symbol === '*' ? '.*' : `\\${symbol}`)));
  const matches = new RegExp(`^(${patterns.join('|')})$`);
  // '' (host only), then `; domain=` the host and each parent domain.
  const domains = [''];
  for (let domain = location.hostname; domain; domain = domain.replace(/^[^.]*\.?/, '')) domains.push(`; domain=${domain}`);
  // Each prefix of the path ('' is the browser's default path), with and without its final slash.
  const paths: string[] = [];
  let path = '';
  for (const part of location.pathname.split('/')) paths.push((path += part), (path += '/'));
  try {
    for (const pair of document.cookie.split('; ')) {
      const name = pair.split('=')[0]!;
      if (!name || !matches.test(name)) continue;
      for (const domain of domains) {
        for (const path of paths) document.cookie = `${name}=; max-age=0; path=${path}${domain}`;
      }
    }
  } catch {
    // Cookies blocked (document.cookie throws in a sandbox): none to delete.
  }
}
