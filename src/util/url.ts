import { warn } from './warn.js';

/**
 * An http(s) or relative URL from an attribute or markup, else undefined with a warning naming
 * where it came from. `javascript:`, `data:` and friends never reach an href or a src.
 */
export function safeUrl(value: string | null | undefined, source: string): string | undefined {
  if (value === null || value === undefined) return undefined;
  const trimmed = value.trim();
  if (trimmed === '') return undefined;
  let url: URL;
  try {
    url = new URL(trimmed, document.baseURI);
  } catch {
    warn(`${source}: "${trimmed}" is not a URL; it is ignored.`);
    return undefined;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    warn(`${source}: only http(s) or relative URLs are allowed, "${trimmed}" is ignored.`);
    return undefined;
  }
  return trimmed;
}
