/**
 * Every piece of interface text in French, with the same keys as en.ts.
 * Typography: \u00A0 before « : » and inside « », \u202F before ; ! ?
 */
import type { Texts } from './index.ts';

export const fr: Texts = {
  lang: 'fr',
  locale: 'fr-FR',
  name: 'Français',
  // — site (navigation, pages, calendar, directory) —
  site: {
    skipToContent: 'Aller au contenu principal',
    languages: {
      label: 'Langue',
      notTranslated: 'Ce texte n’a pas encore été traduit\u202F; il est affiché en anglais.',
    },
    pager: {
      pageOf: (page: number, pages: number) => `Page ${page} sur ${pages}`,
      previous: 'Précédente',
      next: 'Suivante',
    },
    nav: {
      label: 'Menu principal',
      home: 'Accueil',
      programme: 'Programme',
      modules: 'Modules',
      calendar: 'Calendrier',
      trainers: 'Formateurs',
      registry: 'Registre',
      apply: 'Candidature',
      contact: 'Contact',
    },
    footer: {
      runBy: 'Organisé par la',
      supportedBy: 'Avec le soutien de la',
      contact: 'Renseignements\u00A0:',
      sitemap: 'Plan du site',
      exampleNotice: 'Les formateurs, les dates et les certificats présentés sur ce site sont des exemples fictifs.',
    },
    home: {
      whatTitle: 'En quoi consiste le programme',
      whoTitle: 'À qui il s’adresse',
      nextCohortTitle: 'Prochaine cohorte',
      noCohort: 'Les dates de la prochaine cohorte seront publiées ici.',
      applicationTitle: 'Candidatures',
      certificationsTitle: 'Deux certifications',
      factsTitle: 'Le programme en chiffres',
      factTrainers: 'formateurs certifiés dans l’annuaire',
      factCountries: 'pays',
      factModules: 'modules',
      factInstructors: 'instructeurs en activité',
      moreAboutProgramme: 'En savoir plus sur le programme',
      seeCalendar: 'Voir le calendrier complet',
      findTrainer: 'Trouver un formateur',
    },
    programme: {
      title: 'Le programme',
      sectionNav: 'Dans cette rubrique',
      modulesLink: 'Les dix modules',
      applyLink: 'Comment candidater',
      certificationsTitle: 'Les deux certifications',
      certificationsLink: 'Comment les certifications sont obtenues et restent valides',
      reachTitle: 'Où exercent les formateurs certifiés',
      reach: (trainers: number, countries: number, supporter: string) =>
        `${trainers} formateurs certifiés dans l’annuaire, originaires de ${countries} pays. Le programme bénéficie du soutien de la ${supporter}.`,
      map: {
        title: 'Carte des pays comptant des formateurs certifiés et des lieux de formation',
        description: (countries: number, venues: number) =>
          `Les ${countries} pays comptant des formateurs certifiés sont en couleur\u202F; ${venues} points indiquent les lieux des semaines présentielles.`,
        country: (name: string, count: number) =>
          `${name}\u00A0: ${count} ${count < 2 ? 'formateur certifié' : 'formateurs certifiés'}`,
        caption:
          'En couleur\u00A0: les pays comptant des formateurs certifiés (choisissez-en un pour les voir). Points rouges\u00A0: les lieux des semaines présentielles.',
      },
    },
    modules: {
      title: 'Modules',
      description: 'Les dix modules du programme Train-the-Trainers et leurs acquis d’apprentissage.',
      module: 'Module',
      outcomes: 'À l’issue de ce module, vous serez en mesure de',
      taughtIn: 'Quand ce module est enseigné',
      taughtInWeek: 'semaine présentielle',
      notScheduled: 'Ce module n’est encore programmé dans aucune cohorte à venir.',
      all: 'Tous les modules',
    },
    calendar: {
      title: 'Calendrier du programme',
      description:
        'Toutes les cohortes du programme Train-the-Trainers\u00A0: semaines présentielles, lieux, modules, dates limites et projet de terrain.',
      intro:
        'Chaque cohorte se réunit pendant six semaines présentielles, du lundi au vendredi, et travaille sur son projet de terrain entre ces semaines.',
      subscribe: 'Ajouter à votre agenda',
      subscribeAll: 'Toutes les cohortes (iCalendar)',
      subscribeCohort: 'Cette cohorte (iCalendar)',
      week: 'Semaine présentielle',
      weeks: 'semaines présentielles',
      venue: 'Lieu',
      modules: 'Modules',
      fieldProjectStart: 'Début du projet de terrain',
      fieldProjectEnd: 'Fin du projet de terrain',
      fieldProject: 'Projet de terrain',
      deadline: 'Date limite',
      phase: { upcoming: 'À venir', current: 'En cours', past: 'Terminé' },
      upcomingCohorts: 'Cohortes à venir et en cours',
      pastCohorts: 'Cohortes passées',
      none: 'Aucune pour le moment.',
      details: 'Page de la cohorte',
      allCohorts: 'Toutes les cohortes',
      statusNote: 'Statuts indiqués à la date du',
    },
    trainers: {
      title: 'Annuaire des formateurs',
      description:
        'Les formateurs certifiés du programme Train-the-Trainers\u00A0: recherche par pays, certification, nom ou organisation.',
      intro: 'Les formateurs certifiés qui ont accepté de figurer dans l’annuaire. Statuts indiqués à la date du',
      statusAsOf: 'Statut à la date du',
      filterLegend: 'Filtrer les formateurs',
      search: 'Nom ou organisation',
      country: 'Pays',
      certification: 'Certification',
      any: 'Indifférent',
      apply: 'Filtrer',
      reset: 'Tout afficher',
      count: { one: 'formateur affiché', other: 'formateurs affichés' },
      ofTotal: (total: number) => `sur ${total.toLocaleString('fr-FR')}`,
      more: (shown: number) =>
        `Seuls les ${shown} premiers résultats sont affichés\u00A0: ajoutez un filtre pour affiner la recherche.`,
      pagesLabel: 'Pages de l’annuaire',
      pageTitle: (page: number) => `Formateurs certifiés, page ${page}`,
      empty: 'Aucun formateur ne correspond à ces filtres.',
      name: 'Nom',
      organisation: 'Organisation',
      certifications: 'Certifications',
      status: { valid: 'valide', expired: 'expiré', revoked: 'révoqué' },
      validUntil: 'valable jusqu’au',
      awarded: 'délivré le',
      revokedOn: 'révoqué le',
      bio: 'Présentation',
      region: 'Région',
      cohort: 'Cohorte',
      deliveries: 'Formations dispensées',
      noDeliveries: 'Aucune formation enregistrée pour l’instant.',
      participants: 'participants',
      fieldProject: 'Projet de terrain',
      sector: 'Secteur',
      team: 'Membres de l’équipe',
      unlistedMate: 'un formateur qui ne figure pas dans l’annuaire',
      registryLink: 'Vérifier les certificats dans le registre',
      back: 'Tous les formateurs',
    },
    apply: {
      title: 'Candidater',
      status: {
        open: 'Les candidatures sont ouvertes',
        closed: 'Les candidatures sont closes',
        upcoming: 'Les candidatures ouvriront prochainement',
      },
      contact: 'Une question sur votre candidature\u202F? Écrivez à',
    },
    contact: {
      title: 'Contact',
      description: 'Comment joindre l’équipe du programme Train-the-Trainers.',
      email: 'E-mail',
      headquarters: 'Siège',
      foundation: 'Organisé par',
      text: 'Pour toute question sur le programme, les candidatures, les certificats ou l’annuaire des formateurs, écrivez-nous.',
    },
    notFound: {
      title: 'Page introuvable',
      text: 'Il n’existe aucune page à cette adresse. Elle a peut-être été déplacée, ou le lien contient une erreur.',
      home: 'Aller à la page d’accueil',
    },
  },
  // — certificates (registry, verdicts, PDF) —
  certificates: {
    statusNames: { valid: 'Valide', expired: 'Expiré', revoked: 'Révoqué' },
    kindNames: { cma: 'Certification CMA', instructor: 'Certification d’instructeur' },
    registry: {
      title: 'Registre des certificats',
      description: 'Vérifiez qu’un certificat Train-the-Trainers est authentique et valide à ce jour.',
      intro:
        'Vérifiez un certificat que vous avez reçu\u00A0: collez son lien ou son code, choisissez son PDF ou une photo, ou scannez son code QR. Vous trouverez ci-dessous tous les certificats délivrés par la Fondation, avec leur statut au jour de la publication de cette liste.',
      listTitle: 'Tous les certificats',
      asOf: 'Statuts à la date du',
      search: 'Rechercher par nom, numéro de certificat ou certification',
      noScriptSearch:
        'Pour effectuer une recherche, utilisez la fonction «\u00A0Rechercher dans la page\u00A0» de votre navigateur.',
      count: { one: 'certificat affiché', other: 'certificats affichés' },
      ofTotal: (total: number) => `sur ${total.toLocaleString('fr-FR')}`,
      more: (shown: number) =>
        `Seuls les ${shown} premiers résultats sont affichés\u00A0: ajoutez un mot pour affiner la recherche.`,
      pagesLabel: 'Pages du registre',
      pageTitle: (page: number) => `Registre des certificats, page ${page}`,
      checkLink: 'Vérifier un certificat',
      empty: 'Aucun certificat ne correspond à cette recherche.',
      id: 'Numéro de certificat',
      holder: 'Titulaire',
      certification: 'Certification',
      awarded: 'Délivré le',
      validUntil: 'Valable jusqu’au',
      status: 'Statut',
      unlisted: 'Nom non publié',
      machines: 'Les mêmes données, lisibles par machine\u00A0:',
      keys: 'Clés publiques qui signent les certificats\u00A0:',
    },
    record: {
      title: (id: string) => `Certificat ${id}`,
      description: (title: string) => `Fiche du registre\u00A0: ${title}.`,
      holder: 'Titulaire',
      unlisted:
        'Non publié\u00A0: le titulaire a choisi de ne pas figurer dans l’annuaire public. Le certificat peut néanmoins être vérifié à partir de son code QR.',
      certification: 'Certification',
      awarded: 'Délivré le',
      validUntil: 'Valable jusqu’au',
      statusAsOf: (date: string) => `Statut au ${date} (date de publication de cette page)`,
      revokedOn: (date: string, reason: string) => `Révoqué le ${date}\u00A0: ${reason}`,
      linkedIn: 'Ajouter au profil LinkedIn',
      recordTitle: 'La fiche du registre',
      notThisPaper:
        'Voici ce que le registre contient pour ce numéro de certificat. Ces informations ne décrivent pas le document que vous avez vérifié, qui n’est pas authentique.',
      statusToday: 'Statut à ce jour',
      holderTitle: 'Pour le titulaire',
      holderIntro: 'Partagez ce certificat ou ajoutez-le à vos profils.',
      wallet: 'Ajouter à un portefeuille numérique',
      back: 'Tous les certificats',
      address: 'Adresse de cette page',
      addressHint: (siteUrl: string) =>
        `Le code QR d’un certificat authentique mène à une adresse qui commence par ${siteUrl}/registry/ (en français\u00A0: ${siteUrl}/fr/registry/). Vérifiez que c’est bien ce qu’affiche votre navigateur.`,
    },
    verifier: {
      noToken:
        'Collez le lien ou le code du certificat, choisissez son PDF ou une photo, ou scannez son code QR\u00A0: la vérification s’effectue ici, dans votre navigateur.',
      recordNoToken:
        'Ce certificat figure dans le registre. Seul son code QR ou son PDF prouve que le document que vous avez en main est authentique\u00A0: vérifiez l’un ou l’autre ci-dessous.',
      checkTitle: 'Vérifier un certificat',
      checkTitleRecord: 'Vérifier le certificat que vous avez en main',
      inputLabel: 'Lien, code ou numéro de certificat',
      inputHint:
        'L’adresse vers laquelle mène le code QR, le code qui suit son «\u00A0#\u00A0», ou un numéro de certificat tel que EFCE-CMA-2027-0042.',
      check: 'Vérifier',
      fileLabel: 'PDF, numérisation ou photo du certificat',
      fileHint:
        'PDF, PNG, JPEG ou WebP, 20\u00A0Mo maximum. Le fichier est lu dans votre navigateur et n’est jamais envoyé.',
      scan: 'Scanner le code QR avec la caméra',
      stopScan: 'Arrêter la caméra',
      openRecord: 'Ouvrir la fiche du certificat',
      messages: {
        empty: 'Collez d’abord un lien, un code ou un numéro de certificat.',
        idHere:
          'Voici la fiche correspondant à ce numéro. Un numéro seul ne prouve rien sur un document\u00A0: vérifiez son code QR ou son PDF.',
        lookingUp: 'Recherche du numéro…',
        unknownId:
          'Aucun certificat portant le numéro {id} ne figure dans le registre. Vérifiez le numéro inscrit sur le document.',
        offline: 'Impossible de joindre le registre. Vérifiez votre connexion, puis réessayez.',
        reading: 'Lecture du fichier sur cet appareil…',
        'too-large':
          'Ce fichier dépasse 20\u00A0Mo\u00A0: il est trop volumineux pour être un certificat. Choisissez le PDF ou une photo moins lourde.',
        'not-supported':
          'Ce type de fichier ne peut pas être lu pour la vérification. Choisissez le PDF du certificat, ou une image PNG, JPEG ou WebP.',
        'no-code':
          'Aucun code QR de certificat n’a été trouvé dans ce fichier. Choisissez le PDF du certificat, ou une photo plus nette du certificat entier, prise bien de face.',
        unreadable:
          'Impossible de lire ce fichier. Il est peut-être endommagé\u202F; choisissez le PDF du certificat ou une photo de celui-ci.',
        scanning: 'Dirigez la caméra vers le code QR du certificat.',
        'camera-denied':
          'L’accès à la caméra n’a pas été autorisé. Autorisez-le dans les paramètres du site de votre navigateur, ou choisissez plutôt une photo du certificat.',
        'no-camera': 'Aucune caméra n’a été détectée sur cet appareil. Choisissez plutôt une photo ou le PDF du certificat.',
        'camera-unavailable':
          'La caméra ne peut pas être utilisée ici. Choisissez plutôt une photo ou le PDF du certificat.',
      },
      noScript:
        'La vérification d’un certificat nécessite JavaScript. La fiche ci-dessous indique le statut à la date de publication de cette page.',
      checking: 'Vérification en cours…',
      stepsTitle: 'Ce qui a été vérifié',
      compareName: 'Comparez ce nom avec celui qui figure sur le document. Le certificat doit indiquer exactement\u00A0:',
      verdicts: {
        valid: 'Authentique et valide',
        expired: 'Authentique, mais expiré',
        revoked: 'Authentique, mais révoqué',
        forged: 'Non authentique',
        unknown: 'Absent du registre',
        malformed: 'Ceci n’est pas un code de certificat',
      },
      steps: {
        format: 'Le code QR contient un code de certificat au format attendu.',
        key: 'Il est signé avec l’algorithme attendu, par une clé publiée par la Fondation.',
        signature: 'La signature correspond\u00A0: rien n’a été modifié après la signature.',
        record:
          'Ses informations (numéro de certificat, certification, date de délivrance, nom) correspondent à cette fiche du registre.',
        status: 'Le certificat est valide à ce jour.',
      },
      passed: 'Réussi',
      failed: 'Échoué',
      reasons: {
        'too-long': 'Le code est beaucoup trop long pour être un code de certificat.',
        'not-a-token': 'Ceci n’est pas un code de certificat.',
        'bad-header': 'L’en-tête du code ne correspond à aucun de ceux qu’utilise la Fondation.',
        'foreign-header':
          'Le code indique sa propre clé ou l’adresse d’une clé\u202F; seules les clés publiées par la Fondation sont reconnues.',
        'wrong-algorithm': 'Le code utilise un algorithme de signature que la Fondation n’utilise pas.',
        'unknown-key': 'Le code a été signé par une clé que la Fondation ne publie pas (clé inconnue ou retirée).',
        'bad-signature': 'La signature ne correspond pas\u00A0: le code a été modifié, ou signé par un tiers.',
        'bad-claims': 'Le contenu signé ne respecte pas le format d’un certificat.',
        'not-in-registry':
          'Le code est correctement signé, mais ce numéro de certificat ne figure pas dans le registre.',
        'other-certificate': 'Le code correspond à un autre certificat que celui de cette page.',
        'claims-mismatch': 'Les informations contenues dans le code contredisent la fiche du registre.',
        valid: 'Le certificat est authentique et valide à ce jour.',
        expired:
          'Le certificat est authentique, mais sa période de validité est terminée\u202F; il est renouvelé lorsque son titulaire dispense une nouvelle formation.',
        revoked: 'Le certificat est authentique, mais la Fondation l’a révoqué.',
      },
    },
    pdf: {
      heading: 'Certificat',
      certifies: 'Le présent certificat atteste que',
      awardedThe: 'a obtenu la certification',
      awardedOn: (date: string) => `Délivré le ${date}`,
      validUntil: (date: string) => `Valable jusqu’au ${date}`,
      certificateId: 'Numéro de certificat',
      verifyAt: 'Vérification sur',
      qrHint: 'Scannez le code pour vérifier ce certificat. Un code authentique mène à l’adresse ci-dessus.',
      programme: 'Programme Train-the-Trainers',
    },
  },
};
