import { expect } from '@open-wc/testing';
import * as fc from 'fast-check';
import { createStore, type ConsentStore, type Choices } from '../../src/consent/store.js';
import { memoryStorage } from '../../src/consent/storage.js';
import { anyKey, anyValue, cookieValue, quietly, rawGrants, validName, validRecord } from '../security/arbitraries.js';

const CATEGORIES = ['necessary', 'statistics', 'social', 'video'];
const SERVICES = [
  { name: 'matomo', category: 'statistics' },
  { name: 'twitter', category: 'social' },
  { name: 'facebook', category: 'social' },
];
const KNOWN = [...CATEGORIES, ...SERVICES.map((s) => s.name)];
/** Every name asked about: the page's, others, and prototype keys. */
const ASKED = [...KNOWN, 'youtube', 'linkedin', '__proto__', 'constructor', 'toString', 'hasOwnProperty', ''];
const NOW = new Date('2026-06-15T12:00:00Z');

function newStore(raw?: string): ConsentStore {
  const storage = memoryStorage();
  if (raw !== undefined) storage.write(raw, NOW);
  const store = createStore(() => NOW);
  store.configure({ revision: '1', categories: CATEGORIES, services: SERVICES, storage });
  return store;
}

/** Records as we write them, dated around now, on this revision or another, with any names. */
const nearRecord = validRecord.chain((record) =>
  fc
    .record({
      days: fc.integer({ min: -500, max: 5 }),
      revision: fc.constantFrom('1', '1', '2', record.revision),
      categories: fc.dictionary(fc.oneof(fc.constantFrom(...ASKED), validName), fc.boolean(), { maxKeys: 8 }),
      services: fc.dictionary(fc.oneof(fc.constantFrom(...ASKED), validName), fc.boolean(), { maxKeys: 8 }),
    })
    .map(({ days, ...rest }) => ({ ...record, ...rest, date: new Date(NOW.getTime() + days * 864e5).toISOString() })),
);

/** What `update()` may be given by a page: proper maps, shaped maps, and anything else. */
const updateArgument: fc.Arbitrary<unknown> = fc.oneof(
  fc.dictionary(fc.oneof(fc.constantFrom(...ASKED), anyKey), fc.oneof(fc.boolean(), anyValue), { maxKeys: 5 }),
  fc.record(
    {
      categories: fc.oneof(fc.dictionary(fc.oneof(fc.constantFrom(...ASKED), anyKey), fc.oneof(fc.boolean(), anyValue)), anyValue),
      services: fc.oneof(fc.dictionary(fc.oneof(fc.constantFrom(...ASKED), anyKey), fc.oneof(fc.boolean(), anyValue)), anyValue),
    },
    { requiredKeys: [] },
  ),
  fc.anything(),
);

/** Whether `choices` says `true` for `name`, directly or (for a service) through its category. */
function saysYes(choices: unknown, name: string): boolean {
  if (!choices || typeof choices !== 'object') return false;
  const maps = 'categories' in choices || 'services' in choices
    ? [(choices as { categories?: unknown }).categories, (choices as { services?: unknown }).services]
    : [choices];
  const category = SERVICES.find((s) => s.name === name)?.category;
  return maps.some(
    (map) => !!map && typeof map === 'object' && [name, category].some((key) => key && Object.hasOwn(map, key) && (map as Record<string, unknown>)[key] === true),
  );
}

describe('ConsentStore, property-based', () => {
  it('reads any cookie value without throwing and grants only what it said, on this revision, within 13 months (4000 runs)', () => {
    quietly(() =>
      fc.assert(
        fc.property(fc.oneof(cookieValue(), cookieValue(nearRecord)), (raw) => {
          const store = newStore(raw);
          const record = store.record;
          for (const name of ASKED) {
            if (!store.has(name) || name === 'necessary') continue;
            expect(record, name).to.not.equal(null);
            expect(rawGrants(raw, 'categories')(name) || rawGrants(raw, 'services')(name), `${name} from ${raw}`).to.equal(true);
          }
          if (record) {
            expect(record.revision).to.equal('1');
            const age = NOW.getTime() - Date.parse(record.date);
            expect(age).to.be.lessThan(396 * 864e5);
            expect(age).to.be.greaterThan(-864e5 - 1);
          }
        }),
        { numRuns: 4000 },
      ),
    );
  });

  it('through any sequence of choices, grants only what the visitor said yes to (1000 runs of up to 12 steps)', () => {
    const step = fc.oneof(
      fc.constant({ op: 'acceptAll' as const }),
      fc.constant({ op: 'refuseAll' as const }),
      fc.constant({ op: 'reset' as const }),
      updateArgument.map((choices) => ({ op: 'update' as const, choices })),
    );
    quietly(() =>
      fc.assert(
        fc.property(fc.array(step, { maxLength: 12 }), (steps) => {
          const store = newStore();
          for (const current of steps) {
            const before = new Map(ASKED.map((name) => [name, store.has(name)]));
            if (current.op === 'update') expect(() => store.update(current.choices as Choices)).to.not.throw();
            else store[current.op]();
            for (const name of ASKED) {
              const has = store.has(name);
              if (name === 'necessary') expect(has).to.equal(true);
              else if (!KNOWN.includes(name)) expect(has, name).to.equal(false);
              else if (current.op === 'refuseAll' || current.op === 'reset') expect(has, name).to.equal(false);
              else if (current.op === 'acceptAll') expect(has, name).to.equal(true);
              else if (has && !before.get(name) && !saysYes(current.choices, name)) {
                // A category granted without being named: only when every one of its services is.
                const members = SERVICES.filter((s) => s.category === name);
                expect(members.length > 0 && members.every((s) => store.has(s.name)), `${name} after ${JSON.stringify(current.choices)}`).to.equal(true);
              }
            }
            if (current.op !== 'reset') expect(store.record).to.not.equal(null);
          }
        }),
        { numRuns: 1000 },
      ),
    );
  });
});
