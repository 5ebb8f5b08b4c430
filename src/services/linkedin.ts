import type { ServiceDefinition } from './service.js';

/** LinkedIn share buttons (in.js). */
export const linkedin: ServiceDefinition = {
  name: 'linkedin',
  category: 'social',
  label: 'LinkedIn',
  description: {
    fr: 'Bouton de partage LinkedIn, qui dépose ses propres cookies.',
    en: 'LinkedIn share button, which sets its own cookies.',
  },
  cookies: [
    { name: 'bcookie', days: 365 },
    { name: 'lidc', days: 1 },
    { name: 'li_gc', days: 180 },
  ],
  hosts: ['platform.linkedin.com', 'www.linkedin.com'],
  policyUrl: 'https://www.linkedin.com/legal/privacy-policy',
};
