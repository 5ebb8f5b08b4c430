import { providers, socialService } from './social.js';

/** LinkedIn share buttons (in.js renders the page's `<script type="IN/Share">` on load). */
export const linkedin = socialService({
  name: 'linkedin',
  label: 'LinkedIn',
  cookies: [
    { name: 'bcookie', days: 365 },
    { name: 'lidc', days: 1 },
    { name: 'li_gc', days: 180 },
  ],
  policyUrl: 'https://www.linkedin.com/legal/privacy-policy',
  src: () => 'https://platform.linkedin.com/in.js',
  parse: (element) => providers.IN?.parse?.(element),
});

