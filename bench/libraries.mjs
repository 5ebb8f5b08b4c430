// The libraries compared by `npm run bench`, each set up for the same job on the same portal page
// (bench/portal.html): French texts, Matomo (https://stats.example.fr/, site 3) plus Twitter,
// Facebook and LinkedIn, banner on the first visit. Each is set up the way its own README says,
// with its documented defaults; the third-party scripts are held back with each library's own
// markup. Only the library's files count as its bytes (`files`); the page and its config do not.
//
// `accept` and `refuse` match the visible text of the banner's two buttons: the clock stops when
// both are visible.

const MATOMO = 'https://stats.example.fr/';
const SDKS = {
  twitter: 'https://platform.twitter.com/widgets.js',
  facebook: 'https://connect.facebook.net/fr_FR/sdk.js',
  linkedin: 'https://platform.linkedin.com/in.js',
};

export const LIBRARIES = [
  {
    id: 'portal-consent',
    name: 'portal-consent',
    version: 'this build',
    files: ['/dist/'],
    accept: /^Tout accepter$/,
    refuse: /^Tout refuser$/,
    head: '  <script src="/dist/portal-consent.js" defer></script>',
    bodyStart: `  <cookie-consent lang="fr" controller="Communauté urbaine de Dunkerque" policy-url="#politique"
    services="matomo twitter facebook linkedin" categories="statistics social" revision="1"
    matomo-url="${MATOMO}" matomo-site-id="3"></cookie-consent>`,
    bodyEnd: '',
  },
  {
    id: 'tarteaucitron',
    name: 'tarteaucitron.js',
    package: 'tarteaucitronjs',
    files: ['/node_modules/tarteaucitronjs/'],
    accept: /^Tout accepter$/,
    refuse: /^Tout refuser$/,
    // The README's init() with its defaults; it loads its language, services and CSS files itself.
    head: `  <script src="/node_modules/tarteaucitronjs/tarteaucitron.min.js"></script>
  <script>
    var tarteaucitronForceLanguage = 'fr';
    tarteaucitron.init({
      privacyUrl: '#politique', bodyPosition: 'bottom', hashtag: '#tarteaucitron', cookieName: 'tarteaucitron',
      orientation: 'bottom', groupServices: false, showDetailsOnClick: true, serviceDefaultState: 'wait',
      showAlertSmall: false, cookieslist: false, showIcon: true, iconPosition: 'BottomRight', adblocker: false,
      DenyAllCta: true, AcceptAllCta: true, highPrivacy: true, alwaysNeedConsent: false,
      handleBrowserDNTRequest: false, removeCredit: false, moreInfoLink: true, useExternalCss: false,
      useExternalJs: false, mandatory: true, mandatoryCta: true, googleConsentMode: true, partnersList: false,
    });
    tarteaucitron.user.matomoId = 3;
    tarteaucitron.user.matomoHost = '${MATOMO}';
    (tarteaucitron.job = tarteaucitron.job || []).push('matomo', 'twitter', 'facebook', 'linkedin');
  </script>`,
    bodyStart: '',
    bodyEnd: '',
  },
  {
    id: 'cookieconsent',
    name: 'vanilla-cookieconsent',
    package: 'vanilla-cookieconsent',
    files: ['/node_modules/vanilla-cookieconsent/'],
    accept: /^Tout accepter$/,
    refuse: /^Tout refuser$/,
    head: `  <link rel="stylesheet" href="/node_modules/vanilla-cookieconsent/dist/cookieconsent.css">
  <script src="/node_modules/vanilla-cookieconsent/dist/cookieconsent.umd.js" defer></script>`,
    bodyStart: '',
    bodyEnd: `  <script type="text/plain" data-category="statistics" data-service="matomo" src="${MATOMO}matomo.js"></script>
  <script type="text/plain" data-category="social" data-service="twitter" src="${SDKS.twitter}"></script>
  <script type="text/plain" data-category="social" data-service="facebook" src="${SDKS.facebook}"></script>
  <script type="text/plain" data-category="social" data-service="linkedin" src="${SDKS.linkedin}"></script>
  <script>
    addEventListener('DOMContentLoaded', () => CookieConsent.run({
      hideFromBots: false, // it hides itself from automated browsers otherwise
      categories: {
        necessary: { enabled: true, readOnly: true },
        statistics: { autoClear: { cookies: [{ name: /^_pk_/ }] }, services: { matomo: { label: 'Matomo' } } },
        social: { services: { twitter: { label: 'Twitter' }, facebook: { label: 'Facebook' }, linkedin: { label: 'LinkedIn' } } },
      },
      language: {
        default: 'fr',
        translations: {
          fr: {
            consentModal: {
              title: 'Gestion des cookies',
              description: 'Communauté urbaine de Dunkerque utilise des cookies pour mesurer l\\'audience et afficher les réseaux sociaux. <a href="#politique">Politique de confidentialité</a>',
              acceptAllBtn: 'Tout accepter', acceptNecessaryBtn: 'Tout refuser', showPreferencesBtn: 'Personnaliser',
            },
            preferencesModal: {
              title: 'Préférences des cookies', acceptAllBtn: 'Tout accepter', acceptNecessaryBtn: 'Tout refuser',
              savePreferencesBtn: 'Enregistrer', closeIconLabel: 'Fermer',
              sections: [
                { title: 'Nécessaires', description: 'Indispensables au site.', linkedCategory: 'necessary' },
                { title: 'Mesure d\\'audience', description: 'Matomo mesure la fréquentation.', linkedCategory: 'statistics' },
                { title: 'Réseaux sociaux', description: 'Boutons et contenus de Twitter, Facebook et LinkedIn.', linkedCategory: 'social' },
              ],
            },
          },
        },
      },
    }));
  </script>`,
  },
  {
    id: 'klaro',
    name: 'klaro',
    package: 'klaro',
    files: ['/node_modules/klaro/'],
    accept: /^(C'est bon\.?|Accepter tout)$/,
    refuse: /^Je refuse$/,
    // klaro.js is the README's default file: CSS and every translation inside.
    head: `  <script>
    var klaroConfig = {
      lang: 'fr', privacyPolicy: '#politique', mustConsent: false, acceptAll: true, hideDeclineAll: false,
      translations: { fr: { purposes: { statistics: { title: 'Mesure d\\'audience' }, social: { title: 'Réseaux sociaux' } } } },
      services: [
        { name: 'matomo', title: 'Matomo', purposes: ['statistics'], cookies: [/^_pk_.*$/] },
        { name: 'twitter', title: 'Twitter', purposes: ['social'] },
        { name: 'facebook', title: 'Facebook', purposes: ['social'] },
        { name: 'linkedin', title: 'LinkedIn', purposes: ['social'] },
      ],
    };
  </script>
  <script defer data-config="klaroConfig" src="/node_modules/klaro/dist/klaro.js"></script>`,
    bodyStart: '',
    bodyEnd: `  <script type="text/plain" data-type="text/javascript" data-name="matomo" data-src="${MATOMO}matomo.js"></script>
  <script type="text/plain" data-type="text/javascript" data-name="twitter" data-src="${SDKS.twitter}"></script>
  <script type="text/plain" data-type="text/javascript" data-name="facebook" data-src="${SDKS.facebook}"></script>
  <script type="text/plain" data-type="text/javascript" data-name="linkedin" data-src="${SDKS.linkedin}"></script>`,
  },
  {
    id: 'orejime',
    name: 'orejime',
    package: 'orejime',
    files: ['/node_modules/orejime/'],
    accept: /^Accepter$/,
    refuse: /^Refuser$/,
    head: `  <link rel="stylesheet" href="/node_modules/orejime/dist/orejime-standard.css">
  <script>
    window.orejimeConfig = {
      privacyPolicyUrl: '#politique',
      purposes: [
        { id: 'matomo', title: 'Matomo', description: 'Mesure d\\'audience.', cookies: [/^_pk_.*$/] },
        { id: 'social', title: 'Réseaux sociaux', description: 'Twitter, Facebook, LinkedIn.', purposes: [
          { id: 'twitter', title: 'Twitter', cookies: [] },
          { id: 'facebook', title: 'Facebook', cookies: [] },
          { id: 'linkedin', title: 'LinkedIn', cookies: [] },
        ] },
      ],
    };
  </script>
  <script src="/node_modules/orejime/dist/orejime-standard-fr.js" defer></script>`,
    bodyStart: '',
    bodyEnd: `  <template data-purpose="matomo"><script src="${MATOMO}matomo.js"></script></template>
  <template data-purpose="twitter"><script src="${SDKS.twitter}"></script></template>
  <template data-purpose="facebook"><script src="${SDKS.facebook}"></script></template>
  <template data-purpose="linkedin"><script src="${SDKS.linkedin}"></script></template>`,
  },
];

/** The same page with no consent library: the baseline for heap and main-thread figures. */
export const BASELINE = { id: 'baseline', name: 'no library', files: [], head: '', bodyStart: '', bodyEnd: '' };
