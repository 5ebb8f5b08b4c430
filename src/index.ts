/**
 * portal-consent: `import 'portal-consent'` registers the elements; the named exports are the API.
 */
import './elements/cookie-consent/cookie-consent.js';
import './elements/consent-embed/consent-embed.js';
import './elements/consent-cookie-table/consent-cookie-table.js';

export {
  getConsent,
  hasConsent,
  acceptAll,
  refuseAll,
  update,
  showBanner,
  showPreferences,
  onConsent,
  reset,
} from './api.js';
export type { ConsentRecord, Choices } from './api.js';
export type { ConsentConfig, CategoryConfig } from './config/config.js';
export type { ServiceDefinition, CookieDescription } from './services/service.js';
export { CookieConsentElement } from './elements/cookie-consent/cookie-consent.js';
export { ConsentEmbedElement } from './elements/consent-embed/consent-embed.js';
