/** Languages shipped in every build. French first: the users are French public bodies. */
export type Lang = 'fr' | 'en';

/** Text in each shipped language, for strings that live beside code (a vendor's description). */
export type Localized = Record<Lang, string>;

/**
 * Every string the elements show. Functions take already-plain values and return plain text:
 * Lit renders them as text nodes, never as HTML.
 */
export interface Translation {
  bannerTitle: string;
  bannerMessage: (controller: string) => string;
  bannerPurposes: string;
  policyLink: string;
  acceptAll: string;
  refuseAll: string;
  customise: string;
  continueWithout: string;
  panelTitle: string;
  panelIntro: string;
  save: string;
  close: string;
  alwaysOn: string;
  exempt: string;
  /** The switch that records an objection to consent-exempt measurement. */
  objection: string;
  servicesOf: (category: string) => string;
  sets: string;
  noCookie: string;
  servicePolicy: (service: string) => string;
  saved: string;
  manage: string;
  recordInfo: (id: string, date: string) => string;
  /** Downloads the record as JSON: the visitor's own proof. */
  download: string;
  /** Shown in the banner when the browser sends Global Privacy Control. */
  gpc: string;
  categories: Record<'necessary' | 'statistics' | 'social', { label: string; description: string }>;
  embed: {
    region: (service: string) => string;
    blocked: (service: string) => string;
    allow: (service: string) => string;
    preferences: string;
    failed: (service: string) => string;
  };
  table: {
    caption: string;
    category: string;
    service: string;
    cookie: string;
    lifetime: string;
    purpose: string;
    policy: string;
    yourChoice: string;
    granted: string;
    refused: string;
    notChosen: string;
    change: string;
    session: string;
    /** Purpose of the consent cookie itself. */
    consentCookie: string;
    months: (n: number) => string;
    days: (n: number) => string;
  };
}
