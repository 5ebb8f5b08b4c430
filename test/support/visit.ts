/**
 * Opens a portal page in an iframe, the way a visitor would load it: same origin and cookies as the
 * test, the script-tag build, a fresh page on every call. See page-plugin.mjs for the server side.
 */
import type * as Api from '../../src/index.js';

export interface PageLog {
  __warnings: string[];
  __events: { type: string; detail: unknown }[];
  __errors: string[];
}

export type VisitWindow = Window & typeof globalThis & PageLog & { cookieConsent: typeof Api };

export interface Visit {
  frame: HTMLIFrameElement;
  window: VisitWindow;
  document: Document;
  api: typeof Api;
}

export interface VisitOptions {
  /** The page's clock at load (ms since epoch or a Date). */
  now?: number | Date;
  head?: string;
  lang?: string;
  /** Path of the page below /__page (for cookie path tests). */
  path?: string;
  width?: number;
  height?: number;
  /** Load the library (default true). */
  bundle?: boolean;
  csp?: string;
  /** Wait for `consent-ready` (default true when the body has a <cookie-consent>). */
  waitForReady?: boolean;
}

const frames: HTMLIFrameElement[] = [];

export function pageUrl(body: string, options: VisitOptions = {}): string {
  const query = new URLSearchParams({ body });
  if (options.now !== undefined) query.set('now', String(Number(options.now)));
  if (options.head) query.set('head', options.head);
  if (options.lang) query.set('lang', options.lang);
  if (options.bundle === false) query.set('bundle', '0');
  if (options.csp) query.set('csp', options.csp);
  return `/__page${options.path ?? ''}?${query}`;
}

export async function visit(body: string, options: VisitOptions = {}): Promise<Visit> {
  const frame = document.createElement('iframe');
  frame.style.width = `${options.width ?? 1024}px`;
  frame.style.height = `${options.height ?? 720}px`;
  frame.style.border = '0';
  frames.push(frame);
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = pageUrl(body, options);
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as VisitWindow;
  const waitForReady = options.waitForReady ?? (options.bundle !== false && body.includes('<cookie-consent'));
  if (waitForReady) await until(() => win.__events.some((e) => e.type === 'consent-ready'), 'consent-ready');
  if (win.customElements.get('cookie-consent')) {
    const element = win.document.querySelector('cookie-consent') as (HTMLElement & { updateComplete?: Promise<unknown> }) | null;
    await element?.updateComplete;
  }
  return { frame, window: win, document: win.document, api: win.cookieConsent };
}

/** Removes every page opened by `visit`. */
export function closeVisits(): void {
  for (const frame of frames.splice(0)) frame.remove();
}

/** Waits until `condition` holds, or fails naming `what`. */
export async function until(condition: () => unknown, what = 'condition', timeout = 4000): Promise<void> {
  const start = performance.now();
  while (!condition()) {
    if (performance.now() - start > timeout) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** Lets Lit render what the last change asked for. */
export async function settle(page: Visit): Promise<void> {
  const element = page.document.querySelector('cookie-consent') as (HTMLElement & { updateComplete?: Promise<unknown> }) | null;
  await element?.updateComplete;
  await new Promise((resolve) => setTimeout(resolve, 0));
  await element?.updateComplete;
}

export function shadow(page: Visit, selector = 'cookie-consent'): ShadowRoot {
  const root = page.document.querySelector(selector)?.shadowRoot;
  if (!root) throw new Error(`no shadow root on ${selector}`);
  return root;
}

export function banner(page: Visit): HTMLElement | null {
  return shadow(page).querySelector('.banner');
}

export function panel(page: Visit): HTMLDialogElement {
  return shadow(page).querySelector('dialog')!;
}

/** The button whose visible text is `text`, inside `root`. */
export function button(root: ParentNode, text: string): HTMLButtonElement {
  const found = [...root.querySelectorAll('button')].find((b) => b.textContent!.replace(/\s+/g, ' ').trim().startsWith(text));
  if (!found) throw new Error(`no button "${text}"`);
  return found;
}

/** The consent cookie's raw value, or undefined. */
export function consentCookie(name = 'cookie_consent'): string | undefined {
  const pair = document.cookie.split('; ').find((p) => p.startsWith(`${name}=`));
  return pair === undefined ? undefined : decodeURIComponent(pair.slice(name.length + 1));
}

/** Removes every cookie the tests can see (the consent cookie and any tracker's). */
export function clearCookies(): void {
  for (const pair of document.cookie.split('; ')) {
    const name = pair.split('=')[0];
    if (name) document.cookie = `${name}=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/`;
  }
}
