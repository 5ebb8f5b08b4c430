import { expect } from '@open-wc/testing';
import { addMonths, createRecord, expiryOf, parseRecord, serializeRecord } from '../../src/consent/record.js';

const valid = createRecord(
  { categories: { necessary: true, statistics: true }, services: { matomo: true } },
  '1',
  new Date('2026-01-15T10:00:00Z'),
  '0b7c9f4e-5f55-4a1c-9c1e-2a4f0f3b9d11',
);

const NOW = new Date('2026-01-15T10:00:00Z');

describe('consent record', () => {
  it('reads back what it wrote', () => {
    expect(parseRecord(serializeRecord(valid), '1', NOW)).to.deep.equal(valid);
  });

  it('reads a record of another revision, or 13 months old, as no choice, without a complaint', () => {
    expect(parseRecord(serializeRecord(valid), '2', NOW)).to.equal(null);
    expect(parseRecord(serializeRecord(valid), '1', new Date(expiryOf(valid).getTime() - 1))).to.deep.equal(valid);
    expect(parseRecord(serializeRecord(valid), '1', expiryOf(valid))).to.equal(null);
  });

  it('reads a record dated more than a day after now as tampering', () => {
    expect(parseRecord(serializeRecord(valid), '1', new Date(NOW.getTime() - 864e5))).to.deep.equal(valid);
    expect(parseRecord(serializeRecord(valid), '1', new Date(NOW.getTime() - 864e5 - 1))).to.equal(false);
  });

  it('expires 13 calendar months after the day of the choice', () => {
    expect(expiryOf({ date: '2026-01-15T10:00:00.000Z' }).toISOString()).to.equal('2027-02-15T10:00:00.000Z');
  });

  it('clamps to the end of a shorter month instead of spilling into the next', () => {
    const end = addMonths(new Date(2026, 0, 31, 12), 13);
    expect([end.getFullYear(), end.getMonth(), end.getDate()]).to.deep.equal([2027, 1, 28]);
  });

  it('is expired from the expiry instant on, not before', () => {
    const expiry = expiryOf(valid);
    expect(parseRecord(serializeRecord(valid), '1', new Date(expiry.getTime() - 1))).to.deep.equal(valid);
    expect(parseRecord(serializeRecord(valid), '1', expiry)).to.equal(null);
  });

  it('has no record and no complaint for an absent cookie', () => {
    expect(parseRecord(undefined, '1', NOW)).to.equal(null);
    expect(parseRecord('', '1', NOW)).to.equal(null);
  });

  const base = JSON.parse(serializeRecord(valid));
  const tampered: [string, string][] = [
    ['truncated', serializeRecord(valid).slice(0, 40)],
    ['not JSON', 'yes'],
    ['a JSON array', '[1,2]'],
    ['a JSON string', '"granted"'],
    ['an unknown version', JSON.stringify({ ...base, v: 2 })],
    ['no version', JSON.stringify({ ...base, v: undefined })],
    ['a category granted with a string', JSON.stringify({ ...base, categories: { statistics: 'true' } })],
    ['a service granted with 1', JSON.stringify({ ...base, services: { matomo: 1 } })],
    ['choices as an array', JSON.stringify({ ...base, categories: [true] })],
    ['a __proto__ key', serializeRecord(valid).replace('"matomo":true', '"__proto__":{"matomo":true}')],
    ['a __proto__ boolean key', serializeRecord(valid).replace('"matomo":true', '"__proto__":true')],
    ['a constructor-looking key with spaces', JSON.stringify({ ...base, services: { 'has space': true } })],
    ['a bad date', JSON.stringify({ ...base, date: 'yesterday' })],
    ['a numeric id', JSON.stringify({ ...base, id: 42 })],
    ['an id with markup', JSON.stringify({ ...base, id: '<img src=x onerror=alert(1)>' })],
    ['a bad revision', JSON.stringify({ ...base, revision: 2 })],
    ['an over-long value', JSON.stringify({ ...base, pad: 'x'.repeat(5000) })],
    ['too many keys', JSON.stringify({ ...base, services: Object.fromEntries(Array.from({ length: 101 }, (_, i) => [`s${i}`, true])) })],
  ];
  for (const [kind, raw] of tampered) {
    it(`reads ${kind} as no choice, with a reason`, () => {
      // false: not a value this library wrote, which the store warns about.
      expect(parseRecord(raw, '1', NOW)).to.equal(false);
    });
  }

  it('never lets a parsed record inherit a grant through its prototype', () => {
    const result = parseRecord(serializeRecord(valid).replace('"matomo":true', '"__proto__":{"matomo":true}'), '1', NOW);
    expect(result).to.equal(false);
    expect(({} as Record<string, unknown>).matomo).to.equal(undefined);
  });
});
