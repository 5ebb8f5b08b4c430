import type { ServiceDefinition } from './service.js';
import { matomo } from './matomo.js';
import { googleAnalytics } from './google-analytics.js';
import { twitter } from './twitter.js';
import { facebook } from './facebook.js';
import { linkedin } from './linkedin.js';

/** The services an admin can name in `services` without declaring them. */
export const builtinServices: ReadonlyMap<string, ServiceDefinition> = new Map(
  [matomo, googleAnalytics, twitter, facebook, linkedin].map((service) => [service.name, service]),
);
