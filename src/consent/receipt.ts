/**
 * Proof of consent: a small receipt of each choice, sent to the controller's `consent-log-url`
 * and offered to the visitor as a download. It holds the choice and where it was made, nothing
 * about the visitor (no IP, no user agent, no query string of the page).
 */
import type { ConsentRecord } from './record.js';

export interface Receipt extends ConsentRecord {
  /** The page where the choice was made, without its query string and fragment. */
  url: string;
  /** The privacy policy the visitor was shown, absolute, or null. */
  policyUrl: string | null;
}

/** Receipts not yet handed to the network, oldest first, retried on the next page. */
const QUEUE = 'portal-consent-receipts';
const MAX_KEPT = 20;

/** `record` is the store's: id, date, revision, categories and services, nothing else. */
export function toReceipt(record: ConsentRecord, policyUrl: string | undefined): Receipt {
  return {
    ...record,
    url: location.origin + location.pathname,
    policyUrl: policyUrl ? new URL(policyUrl, document.baseURI).href : null,
  };
}

/**
 * Reads the queue, changes it and writes it back (removed when empty). Storage blocked, or a
 * tampered value that is no array: an empty queue, so a receipt that fails now is lost, as it
 * would be without one.
 */
function queue(change = (list: string[]) => list): string[] {
  try {
    const stored: unknown[] = JSON.parse(localStorage.getItem(QUEUE) ?? '[]');
    const list = change(stored.filter((item): item is string => typeof item === 'string')).slice(-MAX_KEPT);
    if (list.length) localStorage.setItem(QUEUE, JSON.stringify(list));
    else localStorage.removeItem(QUEUE);
    return list;
  } catch {
    return [];
  }
}

/**
 * fetch with keepalive outlives the page (a choice is often followed by a click away), and, unlike
 * sendBeacon, whose `true` only means "queued", it rejects when the request fails (offline, the
 * endpoint down): the receipt then stays queued for the next page. Sent as text/plain without
 * credentials, so a cross-origin endpoint needs no CORS preflight and gets no cookie. The receipt
 * leaves the queue once the endpoint answered; a page left before that sends it again from the next.
 */
async function send(endpoint: string, body: string): Promise<void> {
  try {
    await fetch(endpoint, { method: 'POST', body, keepalive: true, mode: 'no-cors', credentials: 'omit' });
    queue((list) => list.filter((item) => item !== body));
  } catch {
    // Offline, or refused: it stays queued for the next page.
  }
}

/** Queues the receipt of a choice made on this page, then sends it. */
export function sendReceipt(endpoint: string, receipt: Receipt): void {
  const body = JSON.stringify(receipt);
  queue((list) => [...list, body]);
  void send(endpoint, body);
}

let flushed = false;

/** Retries, once per page, the receipts an earlier page could not send. */
export function flushReceipts(endpoint: string): void {
  if (!flushed) for (const body of queue()) void send(endpoint, body);
  flushed = true;
}

/** The visitor's own copy of their choice, as a JSON file (a data: URL: nothing to revoke afterwards). */
export function downloadReceipt(receipt: Receipt): void {
  const link = document.createElement('a');
  link.href = `data:application/json,${encodeURIComponent(JSON.stringify(receipt, null, 2))}`;
  link.download = `consent-${receipt.id}.json`;
  link.click();
}
