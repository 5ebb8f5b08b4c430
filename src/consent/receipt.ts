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

function pending(): string[] {
  try {
    const list: unknown = JSON.parse(localStorage.getItem(QUEUE) ?? '[]');
    return Array.isArray(list) ? list.filter((item): item is string => typeof item === 'string') : [];
  } catch {
    return []; // Storage blocked or tampered with: nothing to retry.
  }
}

function keep(list: string[]): void {
  try {
    if (list.length) localStorage.setItem(QUEUE, JSON.stringify(list.slice(-MAX_KEPT)));
    else localStorage.removeItem(QUEUE);
  } catch {
    // Storage blocked: a receipt that fails now is lost, as it would be without a queue.
  }
}

/**
 * sendBeacon outlives the page (a choice is often followed by a click away); fetch keepalive when
 * the beacon is refused. Sent as text/plain, so a cross-origin endpoint needs no CORS preflight.
 */
async function post(endpoint: string, body: string): Promise<boolean> {
  try {
    if (navigator.sendBeacon(endpoint, body)) return true;
  } catch {
    // No sendBeacon, or it threw (a bad URL): try fetch.
  }
  try {
    await fetch(endpoint, { method: 'POST', body, keepalive: true, mode: 'no-cors', credentials: 'omit' });
    return true;
  } catch {
    return false;
  }
}

/** Queues a receipt, then sends it; it leaves the queue once the browser has taken it. */
function send(endpoint: string, body: string): void {
  void post(endpoint, body).then((sent) => {
    if (sent) keep(pending().filter((item) => item !== body));
  });
}

/** Sends the receipt of a choice made on this page. */
export function sendReceipt(endpoint: string, receipt: Receipt): void {
  const body = JSON.stringify(receipt);
  keep([...pending(), body]);
  send(endpoint, body);
}

let flushed = false;

/** Retries, once per page, the receipts an earlier page could not send. */
export function flushReceipts(endpoint: string): void {
  if (flushed) return;
  flushed = true;
  for (const body of pending()) send(endpoint, body);
}

/** The visitor's own copy of their choice, as a JSON file. */
export function downloadReceipt(receipt: Receipt): void {
  const url = URL.createObjectURL(new Blob([JSON.stringify(receipt, null, 2)], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = `consent-${receipt.id}.json`;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
