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

/** A day's slack for clocks that disagree, before a date in the future reads as tampering. */
const CLOCK_SKEW_MS = 864e5;

/** Category and service names: letters, digits, `-` and `_`, starting with a letter or digit. */
export const NAME = /^[a-z0-9][a-z0-9_-]{0,63}$/i;
const ID = /^[a-z0-9-]{8,64}$/i;
/** Revisions (and cookie names, see config.ts): letters, digits, `_ . : -`. */
export const REVISION = /^[\w.:-]{1,64}$/;

/**
 * `date` plus `months` calendar months, clamped to the end of a shorter month
 * (31 January + 1 month is 28 or 29 February, not 3 March).
 */
export function addMonths(date: Date | string, months: number): Date {
  const result = new Date(date);
  const day = result.getDate();
  result.setMonth(result.getMonth() + months, day);
  // The day spilled into the next month (31 → 3): go back to the last day of the one wanted.
  if (result.getDate() !== day) result.setDate(0);
  return result;
}

/** When a record made on `date` stops being valid. */
export function expiryOf(record: Pick<ConsentRecord, 'date'>): Date {
  return addMonths(record.date, CONSENT_LIFETIME_MONTHS);
}

/**
 * A random UUID; crypto.randomUUID needs a secure context, so an http page gets 160 random bits
 * from getRandomValues as five numbers joined by `-` (9 to 54 characters).
 */
export function newRecordId(): string {
  return crypto.randomUUID?.() ?? crypto.getRandomValues(new Uint32Array(5)).join('-');
}

export function createRecord(
  { categories, services }: Pick<ConsentRecord, 'categories' | 'services'>,
  revision: string,
  now: Date,
  id: string = newRecordId(),
): ConsentRecord {
  // The maps are the caller's: the store builds new ones for each record.
  return { id, date: now.toISOString(), revision, categories, services };
}

export function serializeRecord(record: ConsentRecord): string {
  return JSON.stringify({ v: RECORD_FORMAT, ...record });
}

/** A map of at most 100 valid names; each choice is read as `choice === true`, which the round trip then checks. */
function choicesOf(value: object): Record<string, boolean> {
  const entries = Object.entries(value); // Throws on null and undefined.
  if (entries.length > 100 || entries.some(([name]) => !NAME.test(name))) throw 0;
  return Object.fromEntries(entries.map(([name, choice]) => [name, choice === true]));
}

/**
 * Reads a cookie value (or another tab's message) back into a record. Never throws.
 * - null: nothing stored, or a record that no longer holds (another `revision`, 13 months old at `now`);
 * - false: not a value this library wrote (truncated, not JSON, wrong types, unknown version, odd or
 *   extra keys, over-long, dated more than a day, clocks disagree, after `now`), for the caller to warn.
 *
 * The record is rebuilt from the fields as strings and booleans, then written again: only a value
 * that comes back exactly as it was read is ours. That one comparison refuses a wrong version, an
 * extra key, a number or an object where a string or a boolean belongs, and a date not in our format.
 */
export function parseRecord(raw: string | undefined | null, revision: string, now: Date): ConsentRecord | null | false {
  if (!raw) return null;
  try {
    const { id, date, revision: answered, categories, services } = JSON.parse(raw);
    // (toISOString throws on an invalid date.)
    const record = createRecord({ categories: choicesOf(categories), services: choicesOf(services) }, `${answered}`, new Date(date), `${id}`);
    if (
      serializeRecord(record) !== raw ||
      raw.length > MAX_COOKIE_LENGTH ||
      !ID.test(id) ||
      !REVISION.test(answered) ||
      Date.parse(date) > +now + CLOCK_SKEW_MS
    ) {
      throw 0;
    }
    // Valid until its expiry, not from it on; an expiry out of Date's range (NaN) compares false: expired.
    return answered === revision && +now < +expiryOf(record) ? record : null;
  } catch {
    return false;
  }
}
