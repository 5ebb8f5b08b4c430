/**
 * fast-check arbitraries for the property tests: consent records as we write them, and the
 * broken, mutated or hostile values a cookie can hold instead.
 */
import * as fc from 'fast-check';
import type { ConsentRecord } from '../../src/consent/record.js';

export const validName = fc.stringMatching(/^[a-z0-9][a-z0-9_-]{0,15}$/);

/** Keys a hostile cookie may use: valid names, prototype keys, odd and over-long strings. */
export const anyKey = fc.oneof(
  validName,
  fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'valueOf', 'necessary', 'statistics', 'matomo'),
  fc.constantFrom('', ' ', 'a b', '-x', '<img src=x onerror=alert(1)>', 'x'.repeat(65), 'STATISTICS'),
  fc.string({ unit: 'binary', maxLength: 8 }),
);

/** Anything a JSON value can be, including the booleans' look-alikes. */
export const anyValue = fc.oneof(
  fc.boolean(),
  // Objects whose toString is not a function: String() of them throws.
  fc.constantFrom('true', 1, 0, null, 'yes', [], {}, [true], { value: true }, { toString: null }, { toString: null, valueOf: null }),
  fc.jsonValue({ maxDepth: 2 }),
);

/** JSON text of an object written key by key, so `__proto__` and duplicate keys really are in it. */
export function objectJson(entries: [string, unknown][]): string {
  return `{${entries.map(([key, value]) => `${JSON.stringify(key)}:${JSON.stringify(value) ?? 'null'}`).join(',')}}`;
}

export const choiceMap = fc.dictionary(validName, fc.boolean(), { maxKeys: 6 });

export const validRecord: fc.Arbitrary<ConsentRecord> = fc.record({
  id: fc.stringMatching(/^[A-Za-z0-9-]{8,40}$/),
  date: fc.date({ min: new Date('2001-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString()),
  revision: fc.stringMatching(/^[\w.:-]{1,12}$/),
  categories: choiceMap,
  services: choiceMap,
});

/** Character-level damage: inserted, deleted and replaced characters at random places. */
export function mutate(text: string, edits: { at: number; kind: 0 | 1 | 2; char: string }[]): string {
  let result = text;
  for (const { at, kind, char } of edits) {
    const i = result.length ? at % result.length : 0;
    if (kind === 0) result = result.slice(0, i) + char + result.slice(i);
    else if (kind === 1) result = result.slice(0, i) + result.slice(i + 1);
    else result = result.slice(0, i) + char + result.slice(i + 1);
  }
  return result;
}

export const edits = fc.array(
  fc.record({
    at: fc.nat(),
    kind: fc.constantFrom(0 as const, 1 as const, 2 as const),
    char: fc.oneof(fc.constantFrom('"', '{', '}', ',', ':', 't', 'f', '1', '\\', ' ', '_'), fc.string({ unit: 'binary', minLength: 1, maxLength: 1 })),
  }),
  { minLength: 1, maxLength: 6 },
);

/** Mostly `good`, sometimes anything else: damage one field at a time, so the rest still parses. */
function mostly<T>(good: fc.Arbitrary<T>): fc.Arbitrary<unknown> {
  return fc.oneof({ arbitrary: good, weight: 5 }, { arbitrary: anyValue, weight: 1 });
}

/** Choices written key by key: mostly valid names and booleans, with hostile keys and values mixed in. */
const pairs = fc.array(fc.tuple(fc.oneof({ arbitrary: validName, weight: 3 }, anyKey), mostly(fc.boolean())), { maxLength: 6 });

/** A record's fields, some replaced by something else or dropped, plus stray keys. */
export const damagedRecordJson = fc
  .record({
    v: mostly(fc.constant(1)),
    id: mostly(fc.stringMatching(/^[A-Za-z0-9-]{8,40}$/)),
    date: mostly(fc.oneof(fc.date({ noInvalidDate: true }).map((d) => d.toISOString()), fc.constantFrom('2024-02-30', 'now', '1e3', ''))),
    revision: mostly(fc.constant('1')),
    categories: mostly(pairs),
    services: mostly(pairs),
    extra: fc.array(fc.tuple(anyKey, anyValue), { maxLength: 2 }),
    drop: fc.oneof({ arbitrary: fc.constant([]), weight: 5 }, fc.subarray(['v', 'id', 'date', 'revision', 'categories', 'services'])),
  })
  .map(({ extra, drop, ...fields }) => {
    const entries: [string, string][] = [];
    for (const [key, value] of Object.entries(fields)) {
      if (drop.includes(key)) continue;
      // A list of pairs stands for an object written key by key.
      const json = Array.isArray(value) && value.every((pair) => Array.isArray(pair) && pair.length === 2 && typeof pair[0] === 'string')
        ? objectJson(value as [string, unknown][])
        : JSON.stringify(value) ?? 'null';
      entries.push([key, json]);
    }
    for (const [key, value] of extra) entries.push([key, JSON.stringify(value) ?? 'null']);
    return `{${entries.map(([key, json]) => `${JSON.stringify(key)}:${json}`).join(',')}}`;
  });

/** Any value a consent cookie could hold: ours, ours damaged, someone else's, random bytes. */
export function cookieValue(records: fc.Arbitrary<ConsentRecord> = validRecord): fc.Arbitrary<string> {
  const serialized = records.map((record) => JSON.stringify({ v: 1, ...record }));
  return fc.oneof(
    serialized,
    fc.tuple(serialized, edits).map(([text, changes]) => mutate(text, changes)),
    damagedRecordJson,
    fc.string({ unit: 'binary', maxLength: 200 }),
    fc.jsonValue().map((value) => JSON.stringify(value) ?? ''),
  );
}

/** Names a value grants, read as plainly as possible from the raw JSON: `section[name] === true`. */
export function rawGrants(raw: string, section: 'categories' | 'services'): (name: string) => boolean {
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return () => false;
  }
  const map = data && typeof data === 'object' ? (data as Record<string, unknown>)[section] : undefined;
  return (name) => !!map && typeof map === 'object' && Object.hasOwn(map, name) && (map as Record<string, unknown>)[name] === true;
}

/** Silences the library's warnings while thousands of broken values go through it. */
export function quietly<T>(run: () => T): T {
  const original = console.warn;
  console.warn = () => {};
  try {
    return run();
  } finally {
    console.warn = original;
  }
}
