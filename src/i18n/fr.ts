import type { Translation } from './translation.js';

/** Said in the banner and again atop the panel. */
const yourRight = 'Vous pouvez refuser, accepter ou choisir, et changer d’avis à tout moment.';

export const fr: Translation = {
  title: 'Gestion des cookies',
  // CNIL: who asks, for which purposes (listed below it), and that one can refuse, accept or choose, and change one's mind.
  bannerMessage: (controller) =>
    `${controller || 'Ce portail'} demande votre accord pour utiliser des cookies à ces fins. ${yourRight}`,
  policyLink: 'Politique de confidentialité',
  acceptAll: 'Tout accepter',
  refuseAll: 'Tout refuser',
  customise: 'Personnaliser',
  continueWithout: 'Continuer sans accepter',
  panelIntro: yourRight,
  save: 'Enregistrer mes choix',
  close: 'Fermer',
  alwaysOn: 'Toujours actif',
  // The objection switch follows it.
  exempt: 'Exempté de consentement',
  objection: 'Je m’oppose à la mesure d’audience',
  sets: 'Dépose : ',
  noCookie: 'aucun cookie',
  servicePolicy: (service) => `Politique de confidentialité de ${service}`,
  saved: 'Vos choix ont été enregistrés.',
  recordInfo: (id, date) => `Choix ${id} du ${date}.`,
  download: 'Télécharger mon choix',
  gpc: 'Signal Global Privacy Control reçu : tout reste refusé sans votre accord.',
  categories: {
    // "Toujours actif." is shown before it: no need to say they cannot be turned off.
    necessary: { label: 'Nécessaires', description: 'Indispensables au portail, dont la mémorisation de vos choix.' },
    statistics: { label: 'Mesure d’audience', description: 'Statistiques de visite pour améliorer le portail.' },
    social: { label: 'Réseaux sociaux', description: 'Contenus des réseaux sociaux, qui peuvent suivre votre navigation.' },
  },
  embed: (service) => ({
    region: `Contenu ${service}`,
    blocked: `Afficher ce contenu envoie votre adresse IP à ${service}, qui peut déposer des cookies.`,
    allow: `Autoriser ${service}`,
    preferences: 'Gérer mes préférences',
    failed: `Le contenu ${service} n’a pas pu être chargé.`,
  }),
  // The cookie table.
  caption: 'Cookies et traceurs utilisés sur ce portail',
  columns: ['Finalité', 'Service', 'Cookie', 'Durée de conservation', 'Usage', 'Politique du fournisseur', 'Votre choix'],
  granted: 'Accepté',
  refused: 'Refusé',
  notChosen: 'Pas encore choisi',
  change: 'Modifier mes choix',
  session: 'Session',
  consentCookie: 'Mémorise vos choix',
  months: (n) => `${n} mois`,
  days: (n) => `${n} jour${n > 1 ? 's' : ''}`,
};
