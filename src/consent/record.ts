/**
 * The consent record: what the visitor chose, when, under which revision of the notice.
 * Pure data and functions, no DOM: the part of the library where a bug costs most.
 */

/** A visitor's choice, as kept in the cookie and given to `consent-change` listeners. */
export interface ConsentRecord {
  /** Random identifier of this choice: lets the controller match it to a proof-of-consent receipt. */
  id: string;
  /** When the choice was made (ISO 8601). The cookie expires 13 months after this. */
  date: string;
  /** The `revision` of the notice the visitor answered. */
  revision: string;
  categories: Record<string, boolean>;
  services: Record<string, boolean>;
}

/** Version of the cookie's value format; any other version reads as "no choice yet". */
export const RECORD_FORMAT = 1;

/** The CNIL's maximum lifetime for a consent choice and for audience identifiers. */
export const CONSENT_LIFETIME_MONTHS = 13;

/** Browsers cap a cookie at about 4 KB; anything longer was not written by us. */
export const MAX_COOKIE_LENGTH = 3000;

const NAME = /^[a-z0-9][a-z0-9_-]{0,63}$/i;
const ID = /^[A-Za-z0-9-]{8,64}$/;
const REVISION = /^[\w.:-]{1,64}$/;

/** Category and service names: letters, digits, `-` and `_`, starting with a letter or digit. */
export function isValidName(name: string): boolean {
  return NAME.test(name);
}

/**
 * `date` plus `months` calendar months, clamped to the end of a shorter month
 * (31 January + 1 month is 28 or 29 February, not 3 March).
 */
export function addMonths(date: Date, months: number): Date {
  const result = new Date(date.getTime());
  const day = result.getDate();
  result.setDate(1);
  result.setMonth(result.getMonth() + months);
  const lastDay = new Date(result.getFullYear(), result.getMonth() + 1, 0).getDate();
  result.setDate(Math.min(day, lastDay));
  return result;
}

/** When a record made on `date` stops being valid. */
export function expiryOf(record: Pick<ConsentRecord, 'date'>): Date {
  return addMonths(new Date(record.date), CONSENT_LIFETIME_MONTHS);
}

export function isExpired(record: Pick<ConsentRecord, 'date'>, now: Date): boolean {
  // Written so that an expiry out of Date's range (NaN) reads as expired.
  return !(now.getTime() < expiryOf(record).getTime());
}

/** A random identifier; crypto.randomUUID needs a secure context, so fall back to getRandomValues. */
export function newRecordId(): string {
  const c = globalThis.crypto;
  if (typeof c?.randomUUID === 'function') return c.randomUUID();
  if (typeof c?.getRandomValues === 'function') {
    return Array.from(c.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');
  }
  // No Web Crypto at all: still unique enough to tell two receipts apart, not a secret.
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 12)}`;
}

export function createRecord(
  choices: Pick<ConsentRecord, 'categories' | 'services'>,
  revision: string,
  now: Date,
  id: string = newRecordId(),
): ConsentRecord {
  return {
    id,
    date: now.toISOString(),
    revision,
    categories: { ...choices.categories },
    services: { ...choices.services },
  };
}

export function serializeRecord(record: ConsentRecord): string {
  return JSON.stringify({ v: RECORD_FORMAT, ...record });
}

/** The result of reading a cookie value: a record, or the reason there is none. */
export type ParseResult = { record: ConsentRecord; problem?: undefined } | { record: null; problem?: string };

/**
 * Reads a cookie value back into a record. Never throws: anything we did not write ourselves
 * (truncated, not JSON, wrong types, unknown version, odd keys, over-long) is "no choice yet",
 * with the reason so the caller can warn.
 */
export function parseRecord(raw: string | undefined | null): ParseResult {
  if (raw === undefined || raw === null || raw === '') return { record: null };
  if (typeof raw !== 'string') return { record: null, problem: 'not a string' };
  if (raw.length > MAX_COOKIE_LENGTH) return { record: null, problem: 'too long' };
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return { record: null, problem: 'not JSON' };
  }
  if (!isPlainObject(data)) return { record: null, problem: 'not an object' };
  if (data.v !== RECORD_FORMAT) return { record: null, problem: 'unknown format version' };
  const { id, date, revision } = data;
  if (typeof id !== 'string' || !ID.test(id)) return { record: null, problem: 'bad id' };
  if (typeof date !== 'string' || Number.isNaN(Date.parse(date))) return { record: null, problem: 'bad date' };
  if (typeof revision !== 'string' || !REVISION.test(revision)) return { record: null, problem: 'bad revision' };
  const categories = readChoices(data.categories);
  const services = readChoices(data.services);
  if (!categories || !services) return { record: null, problem: 'bad choices' };
  return { record: { id, date: new Date(date).toISOString(), revision, categories, services } };
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && Object.getPrototypeOf(value) === Object.prototype;
}

/** A map of valid names to booleans, copied key by key; `__proto__` and friends fail the name test. */
function readChoices(value: unknown): Record<string, boolean> | null {
  if (!isPlainObject(value)) return null;
  const result: Record<string, boolean> = {};
  const keys = Object.keys(value);
  if (keys.length > 100) return null;
  for (const key of keys) {
    const choice = value[key];
    if (!isValidName(key) || typeof choice !== 'boolean') return null;
    result[key] = choice;
  }
  return result;
}
