import type { ConsentConfig } from '../config/config.js';
import { deleteCookies } from './cookies.js';
import type { ServiceDefinition } from './service.js';
import { warn } from '../util/warn.js';

/**
 * Starts each configured service when it becomes granted and cleans up after it when refused or
 * withdrawn. One per page: a service starts at most once however many times the choice changes.
 */
export class ServiceRunner {
  #config: ConsentConfig | undefined;
  #started = new Set<string>();
  #prepared = new Set<string>();

  /** Names of the services that have run on this page. */
  get started(): ReadonlySet<string> {
    return this.#started;
  }

  configure(config: ConsentConfig): void {
    this.#config = config;
    for (const service of config.services) {
      if (service.prepare && !this.#prepared.has(service.name)) {
        this.#prepared.add(service.name);
        this.#call(service, 'prepare');
      }
    }
  }

  /**
   * Applies a choice. `isGranted` answers for a service by name. Returns the names of services
   * that had run on this page and are now withdrawn: their code cannot be unloaded.
   */
  apply(isGranted: (name: string) => boolean): string[] {
    const config = this.#config;
    if (!config) return [];
    const withdrawn: string[] = [];
    for (const service of config.services) {
      if (isGranted(service.name)) {
        if (!this.#started.has(service.name)) {
          this.#started.add(service.name);
          this.#call(service, 'start');
        }
        continue;
      }
      // Refused, withdrawn or forgotten: its first-party cookies go, whatever set them.
      deleteCookies(service.cookies.map((cookie) => cookie.name));
      if (this.#started.has(service.name)) {
        this.#started.delete(service.name);
        this.#call(service, 'stop');
        withdrawn.push(service.name);
      }
    }
    return withdrawn;
  }

  #call(service: ServiceDefinition, step: 'prepare' | 'start' | 'stop'): void {
    const config = this.#config!;
    try {
      service[step]?.({ config, lang: config.lang });
    } catch (error) {
      // A vendor's failure must never break the page or the other services.
      warn(`the ${service.name} service failed to ${step}: ${String(error)}`);
    }
  }
}
