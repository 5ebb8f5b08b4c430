import { warn } from './warn.js';

/**
 * An http(s) or relative URL from an attribute or markup, else undefined with a warning naming
 * where it came from. `javascript:`, `data:` and friends never reach an href or a src.
 */
export function safeUrl(value: string | null | undefined, source: string): string | undefined {
  const trimmed = value?.trim();
  if (!trimmed) return undefined;
  try {
    if (/^https?:$/.test(new URL(trimmed, document.baseURI).protocol)) return trimmed;
  } catch {
    // Not a URL at all: warned below like any other scheme.
  }
  warn(`${source}: "${trimmed}" is not an http(s) URL; it is ignored.`);
  return undefined;
}
