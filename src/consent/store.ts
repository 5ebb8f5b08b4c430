import { createRecord, expiryOf, parseRecord, serializeRecord, type ConsentRecord } from './record.js';
import type { ConsentStorage } from './storage.js';
import { attempt, safely, warn } from '../util/warn.js';

/** Choices by name (`{ statistics: true, twitter: false }`), or shaped like a record's. */
export type Choices =
  | Record<string, boolean>
  | { categories?: Record<string, boolean>; services?: Record<string, boolean> };

/** What the store must know of the configuration to build and check records. */
export interface StoreSettings {
  revision: string;
  /** Every category name, `necessary` included. */
  categories: readonly string[];
  services: readonly { name: string; category: string }[];
  /**
   * Objections to consent-exempt processing (`matomo-objection`), kept in the record's `services`
   * as `true` once the visitor objects. Not a consent: "accept all" lifts them, "refuse all" keeps
   * them, and only `update()` sets them.
   */
  objections?: readonly string[];
  /** May throw (cookies blocked, a sandboxed frame): that reads as "nothing kept". */
  storage: ConsentStorage;
}

/** `fromOtherTab`: the choice was made in another tab (see `adopt`). */
export type ChangeListener = (record: ConsentRecord | null, fromOtherTab?: boolean) => void;

export type ConsentStore = ReturnType<typeof createStore>;

const REQUIRED = 'necessary';

/** `{ [name]: value }` for every name. */
const all = (names: readonly string[], value: boolean) => Object.fromEntries(names.map((name) => [name, value]));

/**
 * The visitor's current choice and every way to change it. Plain logic: it reads and writes its
 * storage and tells listeners; the DOM events and the elements are wired on top of it (api.ts
 * holds the page's one store). `now` is the clock, a parameter so tests can move it.
 */
export function createStore(now = () => new Date()) {
  /**
   * The configuration in force; `configure` replaces it. Before that, no storage: a choice made
   * then holds for the page only, with the "cannot be stored" warning.
   */
  let settings = { revision: '1', categories: [REQUIRED], services: [] } as unknown as StoreSettings;
  let current: ConsentRecord | null = null;
  const listeners = new Set<ChangeListener>();

  /** Whether a category or a service is granted. Unknown names and "no choice yet" are refusals. */
  const has = (name: string): boolean => name === REQUIRED || current?.categories[name] === true || current?.services[name] === true;

  /**
   * Takes a record as the current choice without writing it and tells the listeners; `fromOtherTab`
   * for one made in another tab (it is not sent back, nor logged again).
   */
  function adopt(record: ConsentRecord | null, fromOtherTab = false): void {
    current = record;
    for (const listener of [...listeners]) safely(() => listener(structuredClone(record), fromOtherTab));
  }

  /**
   * Changes some choices and keeps the others. A category name sets all its services; a service
   * name sets that service (and wins over its category); a category is granted when all its
   * services are. Every way of choosing goes through here.
   */
  function update(choices: Choices): ConsentRecord {
    const { categories: categoryNames, services: known, objections = [], revision, storage } = settings;
    // A page may pass anything (null, a string): Object() and spreading cope with it, `in` alone would throw.
    const given = Object(choices) as { categories?: object; services?: object };
    // A shaped choice reads as one map, `services` over `categories`: a name says the same in either part
    // (the flat form already mixes them; only a category and a service of the same name could tell).
    const said: Record<string, unknown> = 'categories' in given || 'services' in given ? { ...given.categories, ...given.services } : { ...given };
    /** The choice said for `name` if it is a boolean; prototype keys are functions or objects, never booleans. */
    const told = (name: string) => (typeof said[name] === 'boolean' ? (said[name] as boolean) : undefined);
    // Each service: said for it, else for its category, else as it was. Objections have no category.
    const services: Record<string, boolean> = {};
    for (const { name, category } of known) services[name] = told(name) ?? told(category) ?? current?.services[name] === true;
    for (const name of objections) services[name] = told(name) ?? current?.services[name] === true;
    const categories: Record<string, boolean> = {};
    for (const name of categoryNames) {
      const members = known.filter((service) => service.category === name);
      categories[name] = name === REQUIRED || (members.length ? members.every((service) => services[service.name]) : told(name) ?? current?.categories[name] === true);
    }
    for (const [name, value] of Object.entries(said)) {
      if (typeof value !== 'boolean' || !Object.hasOwn({ ...categories, ...services }, name)) {
        warn(`update(): "${name}" is unknown or not true/false; it is ignored.`);
      }
    }
    const record = createRecord({ categories, services }, revision, now());
    if (!attempt(() => storage.write(serializeRecord(record), expiryOf(record)))) {
      warn('the choice cannot be stored (cookies blocked); it holds for this page.');
    }
    adopt(record);
    return structuredClone(record);
  }

  return {
    /**
     * Takes new settings and reads the stored choice. Reading never rewrites the cookie. A tampered
     * value (one dated in the future too) gets one warning and counts as no choice; an expired one
     * or one of another revision is simply no choice.
     */
    configure(next: StoreSettings): void {
      settings = next;
      const record = parseRecord(attempt(() => next.storage.read()), next.revision, now());
      if (record === false) warn('the stored consent is unreadable; it is ignored.');
      current = record || null;
    },
    get settings(): StoreSettings {
      return settings;
    },
    /** The current choice, a copy; null when the visitor has not chosen (or must choose again). */
    get record(): ConsentRecord | null {
      return structuredClone(current);
    },
    has,
    update,
    adopt,
    acceptAll: (): ConsentRecord => update({ ...all(settings.categories, true), ...all(settings.objections ?? [], false) }),
    refuseAll: (): ConsentRecord => update(all(settings.categories, false)),
    /** Forgets the choice: the stored record is removed and every listener told. */
    reset(): void {
      attempt(() => settings.storage.clear());
      adopt(null);
    },
    /** Listens to every change of choice; returns the function that stops listening. */
    subscribe(listener: ChangeListener): () => void {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
