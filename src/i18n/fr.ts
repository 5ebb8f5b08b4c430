import type { Translation } from './translation.js';

export const fr: Translation = {
  bannerLabel: 'Gestion des cookies',
  bannerTitle: 'Vos choix sur ce portail',
  bannerMessage: (controller) =>
    `${controller} souhaite utiliser des cookies et traceurs, avec votre accord, pour les finalités suivantes. ` +
    'Vous pouvez refuser, accepter ou choisir par finalité, et changer d’avis à tout moment depuis le lien « Gestion des cookies ».',
  bannerPurposes: 'Finalités',
  policyLink: 'Politique de confidentialité',
  acceptAll: 'Tout accepter',
  refuseAll: 'Tout refuser',
  customise: 'Personnaliser',
  continueWithout: 'Continuer sans accepter',
  panelTitle: 'Préférences pour les cookies',
  panelIntro:
    'Pour chaque finalité, choisissez si vous l’acceptez. Rien n’est activé sans votre accord, ' +
    'et vous pouvez retirer votre consentement à tout moment.',
  save: 'Enregistrer mes choix',
  close: 'Fermer',
  alwaysOn: 'Toujours actif',
  exempt: 'Exempté de consentement : vous pouvez vous y opposer',
  objection: 'Je m’oppose à la mesure d’audience',
  servicesOf: (category) => `Services : ${category}`,
  sets: 'Dépose : ',
  noCookie: 'aucun cookie',
  servicePolicy: (service) => `Politique de confidentialité de ${service}`,
  saved: 'Vos choix ont été enregistrés.',
  manage: 'Gestion des cookies',
  recordInfo: (id, date) => `Choix n° ${id}, enregistré le ${date}.`,
  download: 'Télécharger mon choix',
  gpc: 'Votre navigateur envoie le signal Global Privacy Control : les finalités facultatives restent refusées sauf si vous les acceptez.',
  categories: {
    necessary: {
      label: 'Nécessaires',
      description: 'Indispensables au fonctionnement du portail, dont la mémorisation de vos choix. Ils ne peuvent pas être désactivés.',
    },
    statistics: {
      label: 'Mesure d’audience',
      description: 'Statistiques de fréquentation qui servent à comprendre l’usage du portail et à l’améliorer.',
    },
    social: {
      label: 'Réseaux sociaux',
      description: 'Boutons de partage et contenus de réseaux sociaux, qui peuvent suivre votre navigation.',
    },
  },
  embed: {
    region: (service) => `Contenu ${service}`,
    blocked: (service) =>
      `Ce contenu est fourni par ${service}. L’afficher envoie votre adresse IP à ${service} et lui permet de déposer des cookies.`,
    allow: (service) => `Autoriser ${service}`,
    preferences: 'Gérer mes préférences',
    failed: (service) => `Le contenu de ${service} n’a pas pu être chargé (bloqué ou hors ligne).`,
  },
  table: {
    caption: 'Cookies et traceurs utilisés sur ce portail',
    category: 'Finalité',
    service: 'Service',
    cookie: 'Cookie',
    lifetime: 'Durée de conservation',
    purpose: 'Usage',
    policy: 'Politique du fournisseur',
    yourChoice: 'Votre choix',
    granted: 'Accepté',
    refused: 'Refusé',
    notChosen: 'Pas encore choisi',
    change: 'Modifier mes choix',
    session: 'Session',
    consentCookie: 'Mémorise vos choix sur les cookies',
    months: (n) => `${n} mois`,
    days: (n) => (n > 1 ? `${n} jours` : '1 jour'),
  },
};
