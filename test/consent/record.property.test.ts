import { expect } from '@open-wc/testing';
import * as fc from 'fast-check';
import { NAME, parseRecord, serializeRecord, type ConsentRecord } from '../../src/consent/record.js';
import { cookieValue, damagedRecordJson, edits, mutate, rawGrants, validRecord } from '../security/arbitraries.js';

/** What every record parseRecord returns must look like, whatever it was given. */
function wellFormed(record: ConsentRecord): void {
  expect(Object.keys(record).sort()).to.deep.equal(['categories', 'date', 'id', 'revision', 'services']);
  expect(record.id).to.match(/^[A-Za-z0-9-]{8,64}$/);
  expect(new Date(record.date).toISOString()).to.equal(record.date);
  expect(record.revision).to.match(/^[\w.:-]{1,64}$/);
  for (const map of [record.categories, record.services]) {
    expect(Object.getPrototypeOf(map)).to.equal(Object.prototype);
    for (const [name, value] of Object.entries(map)) {
      expect(NAME.test(name), name).to.equal(true);
      expect(typeof value).to.equal('boolean');
    }
  }
}

/** Everything the parsed record grants was granted, literally `true`, in the raw value. */
function grantsOnlyWhatWasChosen(raw: string, record: ConsentRecord | null): void {
  if (!record) return;
  for (const section of ['categories', 'services'] as const) {
    const chosen = rawGrants(raw, section);
    for (const [name, value] of Object.entries(record[section])) {
      if (value) expect(chosen(name), `${section}.${name} in ${raw}`).to.equal(true);
    }
  }
}

/**
 * parseRecord for the revision the value names, as of the moment it says it was made: only the
 * format decides whether it is read (revision and age are the tests of test/consent/record.test.ts).
 */
function parse(raw: string): ConsentRecord | null | false {
  let revision = '';
  let now = new Date(0);
  try {
    const said = JSON.parse(raw);
    revision = `${said.revision}`;
    now = new Date(said.date);
  } catch {
    // Not JSON, or fields that cannot become strings: the parser refuses them anyway.
  }
  return parseRecord(raw, revision, now);
}

function check(raw: string): void {
  const record = parse(raw);
  if (record) wellFormed(record);
  else expect(record === null || record === false).to.equal(true);
  grantsOnlyWhatWasChosen(raw, record || null);
}

describe('parseRecord, property-based', () => {
  afterEach(() => {
    // Nothing that went through the parser reached Object.prototype.
    expect(Object.keys(Object.prototype)).to.deep.equal([]);
    expect(({} as Record<string, unknown>).necessary).to.equal(undefined);
  });

  it('does not throw on values that cannot become strings (found by the properties below)', () => {
    for (const v of ['{"toString":null}', '{"toString":null,"valueOf":null}', '[{"toString":null}]']) {
      check(`{"v":${v},"id":"abcdefgh","date":"2026-01-01T00:00:00.000Z","revision":"1","categories":{},"services":{}}`);
    }
  });

  it('reads back every record it wrote (3000 runs)', () => {
    fc.assert(
      fc.property(validRecord, (record) => {
        expect(parse(serializeRecord(record))).to.deep.equal(record);
      }),
      { numRuns: 3000 },
    );
  });

  it('never throws and returns only well-formed records on any string (5000 runs)', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 400 }), check), { numRuns: 5000 });
  });

  it('never grants what a damaged cookie did not say, character by character (5000 runs)', () => {
    fc.assert(
      fc.property(validRecord, edits, (record, changes) => check(mutate(serializeRecord(record), changes))),
      { numRuns: 5000 },
    );
  });

  it('refuses records whose fields were replaced, dropped or padded with stray and prototype keys (5000 runs)', () => {
    fc.assert(fc.property(damagedRecordJson, check), { numRuns: 5000 });
  });

  it('never throws on any cookie value, nor on non-strings (3000 runs)', () => {
    fc.assert(fc.property(cookieValue(), check), { numRuns: 2000 });
    fc.assert(
      fc.property(fc.anything(), (value) => {
        expect(parseRecord(value as string, '1', new Date())).to.not.be.ok;
      }),
      { numRuns: 1000 },
    );
  });
});
