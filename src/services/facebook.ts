import type { ServiceDefinition } from './service.js';

/** Facebook buttons and embedded posts (the JavaScript SDK). */
export const facebook: ServiceDefinition = {
  name: 'facebook',
  category: 'social',
  label: 'Facebook',
  description: {
    fr: 'Boutons et publications intégrés de Facebook (Meta), qui dépose ses propres cookies.',
    en: 'Facebook (Meta) buttons and embedded posts, which set their own cookies.',
  },
  cookies: [
    { name: '_fbp', days: 90 },
    { name: 'fr', days: 90 },
    { name: 'datr', days: 400 },
  ],
  hosts: ['connect.facebook.net', 'www.facebook.com', 'web.facebook.com'],
  policyUrl: 'https://www.facebook.com/privacy/policy/',
};
