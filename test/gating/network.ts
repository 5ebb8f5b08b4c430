/** What the network saw from the test pages, through the Playwright commands (not in-page code). */
import { executeServerCommand } from '@web/test-runner-commands';

export interface Request {
  url: string;
  host: string;
  resourceType: string;
}

/**
 * Stand-ins for the providers' scripts: each defines the provider's parse call, recording what it
 * was asked to render in `window.__parsed`.
 */
export const PROVIDER_STUBS = {
  'platform.twitter.com/widgets.js': {
    body: `window.__parsed = window.__parsed || []; window.twttr = { widgets: { load(el) { window.__parsed.push('twitter:' + (el && el.id)); } } };`,
  },
  'connect.facebook.net/': {
    body: `window.__parsed = window.__parsed || []; window.FB = { XFBML: { parse(el) { window.__parsed.push('facebook:' + (el && el.id)); } } };`,
  },
  'platform.linkedin.com/in.js': {
    // Like in.js, it reads its settings from its own script's body.
    body: `window.__parsed = window.__parsed || []; window.IN = { settings: document.currentScript.text, parse(el) { window.__parsed.push('linkedin:' + (el && el.id)); } };`,
  },
};

/** From now on every request to another host is recorded, and answered by a stub or aborted. */
export async function watchNetwork(stubs: Record<string, { body?: string; contentType?: string; status?: number; delay?: number }> = {}) {
  await executeServerCommand('network-watch', { stubs, replace: true });
  await executeServerCommand('network-clear');
}

export async function requests(): Promise<Request[]> {
  return (await executeServerCommand('network-log')) as Request[];
}

export async function hosts(): Promise<string[]> {
  return [...new Set((await requests()).map((r) => r.host))].sort();
}

export async function countOf(part: string): Promise<number> {
  return (await requests()).filter((r) => r.url.includes(part)).length;
}

export function nextLoad(frame: HTMLIFrameElement): Promise<unknown> {
  return new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
}

/** Waits until an async `condition` holds (a network log, say), or fails naming `what`. */
export async function eventually(condition: () => Promise<unknown>, what: string, timeout = 4000): Promise<void> {
  const start = performance.now();
  while (!(await condition())) {
    if (performance.now() - start > timeout) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
