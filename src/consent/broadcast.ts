/**
 * Keeps the open tabs of the site on one choice: a choice, a withdrawal or a reset in one tab is
 * adopted by the others at once, without a reload (and without cookies, when they are blocked).
 */
import { parseRecord, serializeRecord, type ConsentRecord } from './record.js';
import type { ConsentStore } from './store.js';

let channel: BroadcastChannel | undefined;
let adopting = false;

/**
 * Joins the tabs that keep their choice under `key` (the cookie name). Messages are re-parsed like
 * a cookie: anything else, or a record of another revision, is ignored. `adopted` runs after each.
 */
export function linkTabs(store: ConsentStore, key: string, adopted: (record: ConsentRecord | null) => void): void {
  channel?.close();
  channel = undefined;
  try {
    channel = new BroadcastChannel(`portal-consent:${key}`);
  } catch {
    return; // No BroadcastChannel (an old browser, a sandbox): each tab keeps its own.
  }
  channel.onmessage = ({ data }: MessageEvent) => {
    if (typeof data !== 'string') return;
    const { record } = parseRecord(data);
    if (data && record?.revision !== store.settings.revision) return;
    if ((record?.id ?? '') === (store.record?.id ?? '')) return;
    adopting = true;
    try {
      store.adopt(record);
    } finally {
      adopting = false;
    }
    adopted(record);
  };
}

/** True while a choice from another tab is being adopted: it is not sent back, nor logged again. */
export function fromOtherTab(): boolean {
  return adopting;
}

/** Tells the other tabs about a choice made here (null: the choice was reset). */
export function tellTabs(record: ConsentRecord | null): void {
  try {
    channel?.postMessage(record ? serializeRecord(record) : '');
  } catch {
    // A closed channel: the other tabs will read the cookie on their next page.
  }
}
