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
  const result = new Date(date);
  const day = result.getDate();
  result.setMonth(result.getMonth() + months, day);
  // The day spilled into the next month (31 → 3): go back to the last day of the one wanted.
  if (result.getDate() !== day) result.setDate(0);
  return result;
}

/** When a record made on `date` stops being valid. */
export function expiryOf(record: Pick<ConsentRecord, 'date'>): Date {
  return addMonths(new Date(record.date), CONSENT_LIFETIME_MONTHS);
}

export function isExpired(record: Pick<ConsentRecord, 'date'>, now: Date): boolean {
  // Written so that an expiry out of Date's range (NaN) reads as expired.
  return !(+now < +expiryOf(record));
}

/** 32 random hex digits; getRandomValues, unlike crypto.randomUUID, also works on an http page. */
export function newRecordId(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (byte) => byte.toString(16).padStart(2, '0')).join('');
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

/** Throws unless `value` is a plain object (JSON's objects; not arrays, null or primitives). */
function plainObject(value: unknown): Record<string, unknown> {
  if (Object.getPrototypeOf(value) !== Object.prototype) throw 0;
  return value as Record<string, unknown>;
}

/** A map of at most 100 valid names to booleans; `__proto__` and friends fail the name test. */
function choicesOf(value: unknown): Record<string, boolean> {
  const entries = Object.entries(plainObject(value));
  if (entries.length > 100 || entries.some(([name, choice]) => !NAME.test(name) || typeof choice !== 'boolean')) throw 0;
  return value as Record<string, boolean>;
}

/**
 * Reads a cookie value back into a record. Never throws: anything we did not write ourselves
 * (truncated, not JSON, wrong types, unknown version, odd keys, over-long) is "no choice yet",
 * with a problem so the caller can warn.
 */
export function parseRecord(raw: string | undefined | null): ParseResult {
  if (!raw) return { record: null };
  try {
    const data = plainObject(JSON.parse(raw));
    const { id, date, revision } = data;
    if (
      raw.length > MAX_COOKIE_LENGTH ||
      data.v !== RECORD_FORMAT ||
      typeof id !== 'string' ||
      typeof date !== 'string' ||
      typeof revision !== 'string' ||
      !ID.test(id) ||
      !REVISION.test(revision)
    ) {
      throw 0;
    }
    // toISOString throws on an invalid date.
    return {
      record: { id, date: new Date(date).toISOString(), revision, categories: choicesOf(data.categories), services: choicesOf(data.services) },
    };
  } catch {
    return { record: null, problem: 'not a value this library wrote' };
  }
}
