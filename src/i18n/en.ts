import type { Translation } from './translation.js';

export const en: Translation = {
  bannerLabel: 'Cookie consent',
  bannerTitle: 'Your choices on this portal',
  bannerMessage: (controller) =>
    `${controller} would like to use cookies and trackers, with your consent, for the purposes below. ` +
    'You can reject, accept or choose per purpose, and change your mind at any time from the “Cookie settings” link.',
  bannerPurposes: 'Purposes',
  policyLink: 'Privacy policy',
  acceptAll: 'Accept all',
  refuseAll: 'Reject all',
  customise: 'Customise',
  continueWithout: 'Continue without accepting',
  panelTitle: 'Cookie preferences',
  panelIntro:
    'For each purpose, choose whether you accept it. Nothing is turned on without your consent, ' +
    'and you can withdraw it at any time.',
  save: 'Save my choices',
  close: 'Close',
  alwaysOn: 'Always on',
  exempt: 'Exempt from consent: you may object',
  objection: 'I object to audience measurement',
  servicesOf: (category) => `Services: ${category}`,
  sets: 'Sets: ',
  noCookie: 'no cookie',
  servicePolicy: (service) => `${service} privacy policy`,
  saved: 'Your choices have been saved.',
  manage: 'Cookie settings',
  recordInfo: (id, date) => `Choice no. ${id}, saved on ${date}.`,
  download: 'Download my choice',
  gpc: 'Your browser sends the Global Privacy Control signal: optional purposes stay refused unless you accept them.',
  categories: {
    necessary: {
      label: 'Necessary',
      description: 'Needed for the portal to work, including remembering your choices. They cannot be turned off.',
    },
    statistics: {
      label: 'Audience measurement',
      description: 'Visit statistics used to understand how the portal is used and to improve it.',
    },
    social: {
      label: 'Social networks',
      description: 'Share buttons and content from social networks, which may track your browsing.',
    },
  },
  embed: {
    region: (service) => `${service} content`,
    blocked: (service) =>
      `This content is provided by ${service}. Showing it sends your IP address to ${service} and lets it set cookies.`,
    allow: (service) => `Allow ${service}`,
    preferences: 'Manage my preferences',
    failed: (service) => `The ${service} content could not be loaded (blocked or offline).`,
  },
  table: {
    caption: 'Cookies and trackers used on this portal',
    category: 'Purpose',
    service: 'Service',
    cookie: 'Cookie',
    lifetime: 'Retention',
    purpose: 'Use',
    policy: 'Provider’s policy',
    yourChoice: 'Your choice',
    granted: 'Accepted',
    refused: 'Rejected',
    notChosen: 'Not chosen yet',
    change: 'Change my choices',
    session: 'Session',
    consentCookie: 'Remembers your cookie choices',
    months: (n) => `${n} month${n > 1 ? 's' : ''}`,
    days: (n) => `${n} day${n > 1 ? 's' : ''}`,
  },
};
