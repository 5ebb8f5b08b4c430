/** Helpers of the security tests: what the network saw, and pages that must stay clean. */
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { until, type Visit } from '../support/visit.js';

export type Stubs = Record<string, { body?: string; contentType?: string; status?: number }>;

/** From now on, requests to other hosts are recorded and answered by `stubs` (else aborted). */
export async function watch(stubs: Stubs = {}): Promise<void> {
  await executeServerCommand('network-watch', { stubs, replace: true });
  await executeServerCommand('network-clear');
}

export async function requested(part: string): Promise<number> {
  const log = (await executeServerCommand('network-log')) as { url: string }[];
  return log.filter((request) => request.url.includes(part)).length;
}

/** Records, in the page, what would escape the library: uncaught errors and rejections. */
export const REJECTIONS = `<script>window.__rejections = []; window.__stacks = [];
addEventListener('error', (e) => window.__stacks.push(String(e.error && e.error.stack)));
addEventListener('unhandledrejection', (e) => window.__rejections.push(String(e.reason)));</script>`;

type Logged = Visit['window'] & { __violations?: string[]; __rejections?: string[]; __stacks?: string[] };

/** The page saw no uncaught error, no unhandled rejection and no CSP violation. */
export function expectClean(page: Visit): void {
  const win = page.window as Logged;
  expect(win.__errors, `errors, at ${win.__stacks?.join('\n')}`).to.deep.equal([]);
  expect(win.__rejections ?? [], 'rejections').to.deep.equal([]);
  expect(win.__violations ?? [], 'CSP violations').to.deep.equal([]);
}

export function warned(page: Visit, part: string): boolean {
  return page.window.__warnings.some((message) => message.includes(part));
}

/** A fresh bucket of the local receipt endpoint (test/support/receipt-endpoint.mjs). */
export function receiptBucket(): string {
  return `/__receipts/t${Math.random().toString(36).slice(2, 10)}`;
}

export interface Received {
  type: string;
  body: string;
}

export async function received(bucket: string): Promise<Received[]> {
  return (await fetch(bucket, { cache: 'no-store' })).json();
}

export async function receivedAtLeast(bucket: string, count: number): Promise<Received[]> {
  let list: Received[] = [];
  const start = performance.now();
  while ((list = await received(bucket)).length < count) {
    if (performance.now() - start > 4000) throw new Error(`timed out waiting for ${count} receipt(s) at ${bucket}, got ${list.length}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  return list;
}

export { until };
