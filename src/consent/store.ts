import { createRecord, expiryOf, isExpired, parseRecord, serializeRecord, type ConsentRecord } from './record.js';
import type { ConsentStorage } from './storage.js';
import { safely, warn } from '../util/warn.js';

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
  storage: ConsentStorage;
}

/** `fromOtherTab`: the choice was made in another tab (see `adopt`). */
export type ChangeListener = (record: ConsentRecord | null, fromOtherTab?: boolean) => void;

const REQUIRED = 'necessary';

/** The storage may throw (cookies blocked, a sandboxed frame): that reads as "nothing kept". */
function attempt<T>(action: () => T): T | undefined {
  try {
    return action();
  } catch {
    return undefined;
  }
}

/** `{ [name]: value }` for every name. */
const all = (names: readonly string[], value: boolean) => Object.fromEntries(names.map((name) => [name, value]));

/** The map's own choice for `name` if it is a boolean; prototype keys are functions or objects, never booleans. */
const said = (map: Record<string, unknown>, name: string) => (typeof map[name] === 'boolean' ? (map[name] as boolean) : undefined);

/**
 * The visitor's current choice and every way to change it. Plain logic: it reads and writes its
 * storage and tells listeners; the DOM events and the elements are wired on top of it.
 */
export class ConsentStore {
  /**
   * The configuration in force; `configure` replaces it. Before that, no storage: a choice made
   * then holds for the page only, with the "cannot be stored" warning.
   */
  settings: StoreSettings = { revision: '1', categories: [REQUIRED], services: [] } as unknown as StoreSettings;
  #record: ConsentRecord | null = null;
  #listeners = new Set<ChangeListener>();
  /** The clock; a parameter so tests of the plain logic can move it. */
  now: () => Date = () => new Date();

  /**
   * Takes new settings and reads the stored choice. Reading never rewrites the cookie. A tampered
   * value (one dated in the future too) gets one warning and counts as no choice; an expired one
   * or one of another revision is simply no choice.
   */
  configure(settings: StoreSettings): void {
    this.settings = settings;
    const now = this.now();
    const { record, problem } = parseRecord(attempt(() => settings.storage.read()), now);
    if (problem) warn('the stored consent is unreadable: it is ignored and the visitor is asked again.');
    this.#record = record && !isExpired(record, now) && record.revision === settings.revision ? record : null;
  }

  /** The current choice, a copy; null when the visitor has not chosen (or must choose again). */
  get record(): ConsentRecord | null {
    return structuredClone(this.#record);
  }

  /** Whether a category or a service is granted. Unknown names and "no choice yet" are refusals. */
  has(name: string): boolean {
    const record = this.#record;
    return name === REQUIRED || record?.categories[name] === true || record?.services[name] === true;
  }

  acceptAll(): ConsentRecord {
    const { categories, objections = [] } = this.settings;
    return this.update({ categories: all(categories, true), services: all(objections, false) });
  }

  refuseAll(): ConsentRecord {
    return this.update({ categories: all(this.settings.categories, false) });
  }

  /**
   * Changes some choices and keeps the others. A category name sets all its services; a service
   * name sets that service (and wins over its category); a category is granted when all its
   * services are. Every way of choosing goes through here.
   */
  update(choices: Choices): ConsentRecord {
    const { categories: categoryNames, services: known, objections = [], revision, storage } = this.settings;
    const previous = this.#record;
    // A page may pass anything (null, a string): Object() and spreading cope with it, `in` alone would throw.
    const given = Object(choices) as { categories?: object; services?: object };
    const shaped = 'categories' in given || 'services' in given;
    const byCategory: Record<string, unknown> = { ...(shaped ? given.categories : given) };
    const byService: Record<string, unknown> = shaped ? { ...given.services } : byCategory;
    // Each choice: said for it, else (a service) for its category, else as it was.
    const services: Record<string, boolean> = {};
    for (const { name, category } of known) {
      services[name] = said(byService, name) ?? said(byCategory, category) ?? previous?.services[name] === true;
    }
    // Objections have no category: only their own name changes them.
    for (const name of objections) services[name] = said(byService, name) ?? previous?.services[name] === true;
    const categories: Record<string, boolean> = {};
    for (const name of categoryNames) {
      const members = known.filter((service) => service.category === name);
      categories[name] = name === REQUIRED || (members.length ? members.every((service) => services[service.name]) : said(byCategory, name) ?? previous?.categories[name] === true);
    }
    const names = { ...categories, ...services };
    for (const [name, value] of Object.entries({ ...byCategory, ...byService })) {
      if (typeof value !== 'boolean' || !Object.hasOwn(names, name)) {
        warn(`update(): "${name}" is ignored: not a category or service here, or not true/false.`);
      }
    }
    const record = createRecord({ categories, services }, revision, this.now());
    if (!attempt(() => storage.write(serializeRecord(record), expiryOf(record)))) {
      warn('the choice cannot be stored (cookies are blocked): it holds for this page only.');
    }
    this.adopt(record);
    return this.record!;
  }

  /** Forgets the choice: the stored record is removed and every listener told. */
  reset(): void {
    attempt(() => this.settings.storage.clear());
    this.adopt(null);
  }

  /** Listens to every change of choice; returns the function that stops listening. */
  subscribe(listener: ChangeListener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /**
   * Takes a record as the current choice without writing it and tells the listeners; `fromOtherTab`
   * for one made in another tab (it is not sent back, nor logged again).
   */
  adopt(record: ConsentRecord | null, fromOtherTab = false): void {
    this.#record = record;
    for (const listener of [...this.#listeners]) safely(() => listener(this.record, fromOtherTab));
  }
}
