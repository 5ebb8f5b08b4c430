import type { ServiceDefinition } from './service.js';
import { matomo } from './matomo.js';
import { googleAnalytics } from './google-analytics.js';
import { facebook, linkedin, twitter } from './social.js';

/** The services an admin can name in `services` without declaring them. */
export const builtinServices: ReadonlyMap<string, ServiceDefinition> = new Map(
  [matomo, googleAnalytics, twitter, facebook, linkedin].map((service) => [service.name, service]),
);
