import type { ServiceDefinition } from './service.js';
import { loadScript } from './load-script.js';

const load = () => loadScript('https://platform.linkedin.com/in.js');

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
  // Failure is shown by the embeds; the page goes on.
  start: () => void load().catch(() => {}),
};

/** in.js renders the page's `<script type="IN/Share">` on load; for one revealed after, its own parse call. */
export const linkedinWidget = {
  load,
  parse: (element: Element) => (window as { IN?: { parse?(element: Element): void } }).IN?.parse?.(element),
};
