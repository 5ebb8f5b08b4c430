/** Languages shipped in every build. French first: the users are French public bodies. */
export type Lang = 'fr' | 'en';

/** Text in each shipped language, for strings that live beside code (a vendor's description). */
export type Localized = Record<Lang, string>;

/**
 * Every string the elements show. Functions take already-plain values and return plain text:
 * Lit renders them as text nodes, never as HTML.
 */
export interface Translation {
  /** The banner's and the panel's title, and the manage button: one name for one feature. */
  title: string;
  /** `controller` is '' when the attribute is missing: the text then names the portal itself. */
  bannerMessage: (controller: string) => string;
  policyLink: string;
  acceptAll: string;
  refuseAll: string;
  customise: string;
  continueWithout: string;
  panelIntro: string;
  save: string;
  close: string;
  alwaysOn: string;
  exempt: string;
  /** The switch that records an objection to consent-exempt measurement. */
  objection: string;
  sets: string;
  noCookie: string;
  servicePolicy: (service: string) => string;
  saved: string;
  recordInfo: (id: string, date: string) => string;
  /** Downloads the record as JSON: the visitor's own proof. */
  download: string;
  /** Shown in the banner when the browser sends Global Privacy Control. */
  gpc: string;
  categories: Record<'necessary' | 'statistics' | 'social', { label: string; description: string }>;
  /** The texts of a service's `<consent-embed>` placeholder. */
  embed: (service: string) => {
    region: string;
    blocked: string;
    allow: string;
    preferences: string;
    failed: string;
  };
  // The cookie table (`<consent-cookie-table>`): its caption, headers, choices, lifetimes.
  caption: string;
  /** Category, service, cookie, lifetime, purpose, policy, the visitor's choice. */
  columns: string[];
  granted: string;
  refused: string;
  notChosen: string;
  /** The button that opens the preferences. */
  change: string;
  /** The lifetime of a session cookie. */
  session: string;
  /** Purpose of the consent cookie itself. */
  consentCookie: string;
  months: (n: number) => string;
  days: (n: number) => string;
}
