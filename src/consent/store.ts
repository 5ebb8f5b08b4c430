import {
  createRecord,
  expiryOf,
  isExpired,
  parseRecord,
  serializeRecord,
  type ConsentRecord,
} from './record.js';
import { memoryStorage, type ConsentStorage } from './storage.js';
import { warn } from '../util/warn.js';

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

export type ChangeListener = (record: ConsentRecord | null, previous: ConsentRecord | null) => void;

const REQUIRED = 'necessary';

/** A day's slack for clocks that disagree, before a date in the future reads as tampering. */
const CLOCK_SKEW_MS = 24 * 60 * 60 * 1000;

function copy(record: ConsentRecord | null): ConsentRecord | null {
  return record && { ...record, categories: { ...record.categories }, services: { ...record.services } };
}

/**
 * The visitor's current choice and every way to change it. Plain logic: it reads and writes its
 * storage and tells listeners; the DOM events and the elements are wired on top of it.
 */
export class ConsentStore {
  #settings: StoreSettings = { revision: '1', categories: [REQUIRED], services: [], storage: memoryStorage() };
  #record: ConsentRecord | null = null;
  #listeners = new Set<ChangeListener>();
  /** The clock; a parameter so tests of the plain logic can move it. */
  now: () => Date = () => new Date();

  get settings(): StoreSettings {
    return this.#settings;
  }

  /** Takes new settings and reads the stored choice. Reading never rewrites the cookie. */
  configure(settings: StoreSettings): ConsentRecord | null {
    this.#settings = settings;
    this.#record = this.#read();
    return copy(this.#record);
  }

  /** The current choice, a copy; null when the visitor has not chosen (or must choose again). */
  get record(): ConsentRecord | null {
    return copy(this.#record);
  }

  /** Whether a category or a service is granted. Unknown names and "no choice yet" are refusals. */
  has(name: string): boolean {
    if (name === REQUIRED) return true;
    const record = this.#record;
    if (!record) return false;
    return record.categories[name] === true || record.services[name] === true;
  }

  isCategory(name: string): boolean {
    return this.#settings.categories.includes(name);
  }

  acceptAll(): ConsentRecord {
    return this.#save(this.#choices(() => true, true));
  }

  refuseAll(): ConsentRecord {
    return this.#save(this.#choices(() => false));
  }

  /**
   * Changes some choices and keeps the others. A category name sets all its services; a service
   * name sets that service; a category is granted when all its services are.
   */
  update(choices: Choices): ConsentRecord {
    const { categories, services } = this.#choices((kind, name) =>
      kind === 'category' ? this.#record?.categories[name] === true : this.#record?.services[name] === true,
    );
    // A page may pass anything (null, a string): `in` would throw on it.
    const shaped = typeof choices === 'object' && choices !== null && ('categories' in choices || 'services' in choices);
    const byCategory = (shaped ? (choices as { categories?: Record<string, boolean> }).categories : choices) ?? {};
    const byService = (shaped ? (choices as { services?: Record<string, boolean> }).services : choices) ?? {};
    for (const [name, value] of Object.entries(byCategory)) {
      if (typeof value !== 'boolean') {
        warn(`update(): the choice for "${name}" must be true or false; it is ignored.`);
      } else if (name !== REQUIRED && Object.hasOwn(categories, name)) {
        categories[name] = value;
        for (const service of this.#settings.services) if (service.category === name) services[service.name] = value;
      } else if (!Object.hasOwn(services, name) && name !== REQUIRED) {
        warn(`update(): "${name}" is neither a category nor a service of this page; it is ignored.`);
      }
    }
    for (const [name, value] of Object.entries(byService)) {
      if (typeof value === 'boolean' && Object.hasOwn(services, name)) services[name] = value;
    }
    for (const category of Object.keys(categories)) {
      const members = this.#settings.services.filter((service) => service.category === category);
      if (members.length > 0) categories[category] = members.every((service) => services[service.name]);
    }
    categories[REQUIRED] = true;
    return this.#save({ categories, services });
  }

  /** Forgets the choice: the stored record is removed and every listener told. */
  reset(): void {
    const previous = this.#record;
    this.#settings.storage.clear();
    this.#record = null;
    this.#emit(previous);
  }

  /** Listens to every change of choice; returns the function that stops listening. */
  subscribe(listener: ChangeListener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /** Tells the listeners that a record was changed elsewhere (another tab) without writing it. */
  adopt(record: ConsentRecord | null): void {
    const previous = this.#record;
    this.#record = copy(record);
    this.#emit(previous);
  }

  #choices(decide: (kind: 'category' | 'service', name: string) => boolean, lift = false) {
    const categories: Record<string, boolean> = {};
    const services: Record<string, boolean> = {};
    for (const name of this.#settings.categories) categories[name] = name === REQUIRED || decide('category', name);
    for (const { name } of this.#settings.services) services[name] = decide('service', name);
    for (const name of this.#settings.objections ?? []) services[name] = !lift && this.#record?.services[name] === true;
    return { categories, services };
  }

  #save(choices: Pick<ConsentRecord, 'categories' | 'services'>): ConsentRecord {
    const previous = this.#record;
    const record = createRecord(choices, this.#settings.revision, this.now());
    if (!this.#settings.storage.write(serializeRecord(record), expiryOf(record))) {
      warn('the choice cannot be stored (cookies are blocked here): it applies to this page only and will be asked again.');
    }
    this.#record = record;
    this.#emit(previous);
    return copy(record)!;
  }

  #emit(previous: ConsentRecord | null): void {
    const record = this.record;
    for (const listener of [...this.#listeners]) {
      try {
        listener(record, copy(previous));
      } catch (error) {
        // A listener that throws (a host page's callback) must not stop the others.
        console.error(error);
      }
    }
  }

  #read(): ConsentRecord | null {
    const { storage, revision } = this.#settings;
    const { record, problem } = parseRecord(storage.read());
    if (problem) warn(`the stored consent is unreadable (${problem}): it is ignored and the visitor is asked again.`);
    if (!record) return null;
    const now = this.now();
    if (isExpired(record, now)) return null;
    if (Date.parse(record.date) > now.getTime() + CLOCK_SKEW_MS) {
      warn('the stored consent is dated in the future: it is ignored and the visitor is asked again.');
      return null;
    }
    if (record.revision !== revision) return null;
    return record;
  }
}
