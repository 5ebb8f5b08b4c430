import type { Translation } from './translation.js';

/** Said in the banner and again atop the panel. */
const yourRight = 'You can reject, accept or choose, and change your mind at any time.';

export const en: Translation = {
  title: 'Cookie settings',
  // As in fr.ts: who asks, the purposes (listed below it), refuse, accept or choose, change one's mind.
  bannerMessage: (controller) =>
    `${controller || 'This portal'} asks for your consent to use cookies for these purposes. ${yourRight}`,
  policyLink: 'Privacy policy',
  acceptAll: 'Accept all',
  refuseAll: 'Reject all',
  customise: 'Customise',
  continueWithout: 'Continue without accepting',
  panelIntro: yourRight,
  save: 'Save my choices',
  close: 'Close',
  alwaysOn: 'Always on',
  exempt: 'Exempt from consent',
  objection: 'I object to audience measurement',
  sets: 'Sets: ',
  noCookie: 'no cookie',
  servicePolicy: (service) => `${service} privacy policy`,
  saved: 'Your choices have been saved.',
  recordInfo: (id, date) => `Choice ${id} of ${date}.`,
  download: 'Download my choice',
  gpc: 'Global Privacy Control signal received: everything stays refused without your consent.',
  categories: {
    necessary: { label: 'Necessary', description: 'Needed by the portal, including to remember your choices.' },
    statistics: { label: 'Audience measurement', description: 'Visit statistics to improve the portal.' },
    social: { label: 'Social networks', description: 'Social network content, which may track your browsing.' },
  },
  embed: (service) => ({
    region: `${service} content`,
    blocked: `Showing this content sends your IP address to ${service}, which may set cookies.`,
    allow: `Allow ${service}`,
    preferences: 'Manage my preferences',
    failed: `The ${service} content could not be loaded.`,
  }),
  // The cookie table.
  caption: 'Cookies and trackers used on this portal',
  columns: ['Purpose', 'Service', 'Cookie', 'Retention', 'Use', 'Provider’s policy', 'Your choice'],
  granted: 'Accepted',
  refused: 'Rejected',
  notChosen: 'Not chosen yet',
  change: 'Change my choices',
  session: 'Session',
  consentCookie: 'Remembers your choices',
  months: (n) => `${n} month${n > 1 ? 's' : ''}`,
  days: (n) => `${n} day${n > 1 ? 's' : ''}`,
};
