import type { ConsentConfig } from '../config/config.js';
import { deleteCookies } from '../util/cookies.js';
import type { ServiceDefinition } from './service.js';
import { warn } from '../util/warn.js';

/** The services started on this page: each starts at most once however many times the choice changes. */
const started = new Set<string>();

/**
 * Applies a choice to the services of `config`: starts each one when it becomes granted and cleans
 * up after it when refused or withdrawn. `isGranted` answers for a service by name. Returns the
 * names of services that had run on this page and are now withdrawn: their code cannot be unloaded.
 */
export function runServices(config: ConsentConfig | undefined, isGranted: (name: string) => boolean): string[] {
  const withdrawn: string[] = [];
  const call = (service: ServiceDefinition, step: 'sync' | 'start' | 'stop') => {
    try {
      service[step]?.(config!);
    } catch (error) {
      // A vendor's failure must never break the page or the other services.
      warn(`${service.name} failed to ${step}: ${error}`);
    }
  };
  for (const service of config?.services ?? []) {
    call(service, 'sync');
    if (!isGranted(service.name)) {
      // Refused, withdrawn or forgotten: its first-party cookies go, whatever set them.
      deleteCookies(service.cookies);
      if (started.delete(service.name)) {
        call(service, 'stop');
        withdrawn.push(service.name);
      }
    } else if (!started.has(service.name)) {
      started.add(service.name);
      call(service, 'start');
    }
  }
  return withdrawn;
}
