/**
 * Every piece of interface text in Spanish, with the same keys as en.ts.
 * Register: "usted" (compruebe, elija…) where the reader is addressed.
 */
import type { Texts } from './index.ts';

export const es: Texts = {
  lang: 'es',
  locale: 'es-ES',
  name: 'Español',
  // — site (navigation, pages, calendar, directory) —
  site: {
    skipToContent: 'Ir al contenido principal',
    languages: {
      label: 'Idioma',
      notTranslated: 'Este texto aún no se ha traducido; se muestra en inglés.',
    },
    pager: {
      pageOf: (page: number, pages: number) => `Página ${page} de ${pages}`,
      previous: 'Anterior',
      next: 'Siguiente',
    },
    nav: {
      label: 'Menú principal',
      home: 'Inicio',
      programme: 'Programa',
      modules: 'Módulos',
      calendar: 'Calendario',
      trainers: 'Formadores',
      registry: 'Registro',
      apply: 'Admisión',
      contact: 'Contacto',
    },
    footer: {
      runBy: 'Organizado por la',
      supportedBy: 'Con el apoyo de la',
      contact: 'Consultas:',
      sitemap: 'Mapa del sitio',
      exampleNotice: 'Los formadores, las fechas y los certificados que aparecen en este sitio son ejemplos ficticios.',
    },
    home: {
      whatTitle: 'En qué consiste el programa',
      whoTitle: 'A quién se dirige',
      nextCohortTitle: 'Próxima cohorte',
      noCohort: 'Las fechas de la próxima cohorte se publicarán aquí.',
      applicationTitle: 'Admisión',
      certificationsTitle: 'Dos certificaciones',
      factsTitle: 'El programa en cifras',
      factTrainers: 'formadores certificados en el directorio',
      factCountries: 'países',
      factModules: 'módulos',
      factInstructors: 'instructores en activo',
      moreAboutProgramme: 'Más información sobre el programa',
      seeCalendar: 'Ver el calendario completo',
      findTrainer: 'Buscar un formador',
    },
    programme: {
      title: 'El programa',
      sectionNav: 'En esta sección',
      modulesLink: 'Los diez módulos',
      applyLink: 'Cómo solicitar plaza',
      certificationsTitle: 'Las dos certificaciones',
      certificationsLink: 'Cómo se obtienen las certificaciones y cómo se mantienen vigentes',
      reachTitle: 'Dónde trabajan los formadores certificados',
      reach: (trainers: number, countries: number, supporter: string) =>
        `${trainers} formadores certificados en el directorio, procedentes de ${countries} países. El programa cuenta con el apoyo de la ${supporter}.`,
      map: {
        title: 'Mapa de los países con formadores certificados y de las sedes',
        description: (countries: number, venues: number) =>
          `Los ${countries} países con formadores certificados aparecen en color; ${venues} puntos señalan las sedes de las semanas presenciales.`,
        country: (name: string, count: number) =>
          `${name}: ${count} ${count === 1 ? 'formador certificado' : 'formadores certificados'}`,
        caption:
          'En color: países con formadores certificados (seleccione uno para verlos). Puntos rojos: sedes de las semanas presenciales.',
      },
    },
    modules: {
      title: 'Módulos',
      description: 'Los diez módulos del programa Train-the-Trainers, con sus resultados de aprendizaje.',
      module: 'Módulo',
      outcomes: 'Al finalizar este módulo, podrá',
      taughtIn: 'Cuándo se imparte',
      taughtInWeek: 'semana presencial',
      notScheduled: 'Todavía no está programado en ninguna cohorte próxima.',
      all: 'Todos los módulos',
    },
    calendar: {
      title: 'Calendario del programa',
      description:
        'Todas las cohortes del programa Train-the-Trainers: semanas presenciales, sedes, módulos, fechas límite y proyecto de campo.',
      intro:
        'Cada cohorte se reúne durante seis semanas presenciales, de lunes a viernes, y entre una y otra trabaja en su proyecto de campo.',
      subscribe: 'Añadir al calendario',
      subscribeAll: 'Todas las cohortes (iCalendar)',
      subscribeCohort: 'Esta cohorte (iCalendar)',
      week: 'Semana presencial',
      weeks: 'semanas presenciales',
      venue: 'Sede',
      modules: 'Módulos',
      fieldProjectStart: 'Inicio del proyecto de campo',
      fieldProjectEnd: 'Fin del proyecto de campo',
      fieldProject: 'Proyecto de campo',
      deadline: 'Fecha límite',
      phase: { upcoming: 'Próximamente', current: 'En curso', past: 'Finalizado' },
      upcomingCohorts: 'Cohortes próximas y en curso',
      pastCohorts: 'Cohortes anteriores',
      none: 'Ninguna por el momento.',
      details: 'Página de la cohorte',
      allCohorts: 'Todas las cohortes',
      statusNote: 'Estado indicado a fecha de',
    },
    trainers: {
      title: 'Directorio de formadores',
      description:
        'Formadores certificados del programa Train-the-Trainers: búsqueda por país, certificación, nombre u organización.',
      intro: 'Formadores certificados que han aceptado figurar en el directorio. Estado a fecha de',
      statusAsOf: 'Estado a fecha de',
      filterLegend: 'Filtrar formadores',
      search: 'Nombre u organización',
      country: 'País',
      certification: 'Certificación',
      any: 'Cualquiera',
      apply: 'Filtrar',
      reset: 'Mostrar todos',
      count: { one: 'formador mostrado', other: 'formadores mostrados' },
      ofTotal: (total: number) => `de ${total.toLocaleString('es-ES')}`,
      more: (shown: number) =>
        `Solo se muestran los ${shown} primeros resultados: añada un filtro para acotar la búsqueda.`,
      pagesLabel: 'Páginas del directorio',
      pageTitle: (page: number) => `Formadores certificados, página ${page}`,
      empty: 'Ningún formador coincide con estos filtros.',
      name: 'Nombre',
      organisation: 'Organización',
      certifications: 'Certificaciones',
      status: { valid: 'válido', expired: 'caducado', revoked: 'revocado' },
      validUntil: 'válido hasta el',
      awarded: 'concedido el',
      revokedOn: 'revocado el',
      bio: 'Perfil',
      region: 'Región',
      cohort: 'Cohorte',
      deliveries: 'Programas de formación impartidos',
      noDeliveries: 'Ninguno registrado por ahora.',
      participants: 'participantes',
      fieldProject: 'Proyecto de campo',
      sector: 'Sector',
      team: 'Compañeros de equipo',
      unlistedMate: 'un formador que no figura en el directorio',
      registryLink: 'Comprobar los certificados en el registro',
      back: 'Todos los formadores',
    },
    apply: {
      title: 'Solicitar plaza',
      status: {
        open: 'El plazo de solicitud está abierto',
        closed: 'El plazo de solicitud está cerrado',
        upcoming: 'El plazo de solicitud se abrirá próximamente',
      },
      contact: '¿Tiene alguna pregunta sobre la solicitud? Escriba a',
    },
    contact: {
      title: 'Contacto',
      description: 'Cómo ponerse en contacto con el equipo del programa Train-the-Trainers.',
      email: 'Correo electrónico',
      headquarters: 'Sede central',
      foundation: 'Organizado por',
      text: 'Para cualquier consulta sobre el programa, las solicitudes, los certificados o el directorio de formadores, escríbanos.',
    },
    notFound: {
      title: 'Página no encontrada',
      text: 'No hay ninguna página en esta dirección. Es posible que se haya trasladado o que el enlace contenga un error.',
      home: 'Ir a la página de inicio',
    },
  },
  // — certificates (registry, verdicts, PDF) —
  certificates: {
    statusNames: { valid: 'Válido', expired: 'Caducado', revoked: 'Revocado' },
    kindNames: { cma: 'Certificación CMA', instructor: 'Certificación de instructor' },
    registry: {
      title: 'Registro de certificados',
      description: 'Compruebe que un certificado Train-the-Trainers es auténtico y válido a día de hoy.',
      intro:
        'Verifique un certificado que haya recibido: pegue su enlace o su código, elija su PDF o una foto, o escanee su código QR. A continuación figuran todos los certificados emitidos por la Fundación, con su estado en la fecha en que se publicó esta lista.',
      listTitle: 'Todos los certificados',
      asOf: 'Estado a fecha de',
      search: 'Buscar por nombre, número de certificado o certificación',
      noScriptSearch: 'Para buscar, utilice la función «Buscar en la página» de su navegador.',
      count: { one: 'certificado mostrado', other: 'certificados mostrados' },
      ofTotal: (total: number) => `de ${total.toLocaleString('es-ES')}`,
      more: (shown: number) =>
        `Solo se muestran los ${shown} primeros resultados: añada una palabra para acotar la búsqueda.`,
      pagesLabel: 'Páginas del registro',
      pageTitle: (page: number) => `Registro de certificados, página ${page}`,
      checkLink: 'Verificar un certificado',
      empty: 'Ningún certificado coincide con esta búsqueda.',
      id: 'Número de certificado',
      holder: 'Titular',
      certification: 'Certificación',
      awarded: 'Concedido el',
      validUntil: 'Válido hasta el',
      status: 'Estado',
      unlisted: 'Nombre no publicado',
      machines: 'Los mismos datos, en formato legible por máquina:',
      keys: 'Claves públicas con las que se firman los certificados:',
    },
    record: {
      title: (id: string) => `Certificado ${id}`,
      description: (title: string) => `Ficha del registro: ${title}.`,
      holder: 'Titular',
      unlisted:
        'No publicado: el titular ha decidido no figurar en el directorio público. El certificado puede verificarse igualmente a partir de su código QR.',
      certification: 'Certificación',
      awarded: 'Concedido el',
      validUntil: 'Válido hasta el',
      statusAsOf: (date: string) => `Estado a fecha de ${date} (cuando se publicó esta página)`,
      revokedOn: (date: string, reason: string) => `Revocado el ${date}: ${reason}`,
      linkedIn: 'Añadir al perfil de LinkedIn',
      recordTitle: 'La ficha del registro',
      notThisPaper:
        'Esto es lo que consta en el registro para este número de certificado. No describe el documento que ha verificado, que no es auténtico.',
      statusToday: 'Estado a día de hoy',
      holderTitle: 'Para el titular',
      holderIntro: 'Comparta este certificado o añádalo a sus perfiles.',
      wallet: 'Añadir a una cartera digital',
      back: 'Todos los certificados',
      address: 'Dirección de esta página',
      addressHint: (siteUrl: string) =>
        `El código QR de un certificado auténtico lleva a una dirección que empieza por ${siteUrl}/registry/ (en español: ${siteUrl}/es/registry/). Compruebe que es la que muestra su navegador.`,
    },
    verifier: {
      noToken:
        'Pegue el enlace o el código del certificado, elija su PDF o una foto, o escanee su código QR: la verificación se realiza aquí, en su navegador.',
      recordNoToken:
        'Este certificado figura en el registro. Solo su código QR o su PDF demuestran que el documento que tiene en sus manos es auténtico: verifique uno de los dos a continuación.',
      checkTitle: 'Verificar un certificado',
      checkTitleRecord: 'Verificar el certificado que tiene en sus manos',
      inputLabel: 'Enlace, código o número de certificado',
      inputHint:
        'La dirección a la que lleva el código QR, el código que sigue a su «#» o un número de certificado como EFCE-CMA-2027-0042.',
      check: 'Verificar',
      fileLabel: 'PDF, escaneo o foto del certificado',
      fileHint:
        'PDF, PNG, JPEG o WebP, de 20 MB como máximo. El archivo se lee en su navegador y nunca se envía a ningún servidor.',
      scan: 'Escanear el código QR con la cámara',
      stopScan: 'Detener la cámara',
      openRecord: 'Abrir la ficha del certificado',
      messages: {
        empty: 'Pegue primero un enlace, un código o un número de certificado.',
        idHere:
          'Esta es la ficha correspondiente a ese número. Un número por sí solo no demuestra nada sobre un documento: verifique su código QR o su PDF.',
        lookingUp: 'Buscando el número…',
        unknownId:
          'En el registro no figura ningún certificado con el número {id}. Compruebe el número que aparece en el documento.',
        offline: 'No se ha podido acceder al registro. Compruebe su conexión e inténtelo de nuevo.',
        reading: 'Leyendo el archivo en este dispositivo…',
        'too-large':
          'Este archivo supera los 20 MB, demasiado para ser un certificado. Elija el PDF o una foto más pequeña.',
        'not-supported':
          'La verificación no puede leer este tipo de archivo. Elija el PDF del certificado o una imagen PNG, JPEG o WebP.',
        'no-code':
          'No se ha encontrado ningún código QR de certificado en este archivo. Elija el PDF del certificado o una foto más nítida del certificado completo, tomada de frente.',
        unreadable:
          'No se ha podido leer este archivo. Puede que esté dañado; elija el PDF del certificado o una foto del mismo.',
        scanning: 'Apunte la cámara al código QR del certificado.',
        'camera-denied':
          'No se ha permitido el acceso a la cámara. Permítalo en la configuración del sitio de su navegador o, en su lugar, elija una foto del certificado.',
        'no-camera':
          'No se ha encontrado ninguna cámara en este dispositivo. Elija en su lugar una foto o el PDF del certificado.',
        'camera-unavailable':
          'La cámara no se puede utilizar aquí. Elija en su lugar una foto o el PDF del certificado.',
      },
      noScript:
        'Para verificar un certificado se necesita JavaScript. La ficha que figura a continuación muestra el estado en la fecha de publicación de esta página.',
      checking: 'Verificando…',
      stepsTitle: 'Qué se ha verificado',
      compareName: 'Compare este nombre con el que figura en el documento. El certificado debe indicar exactamente:',
      verdicts: {
        valid: 'Auténtico y válido',
        expired: 'Auténtico, pero caducado',
        revoked: 'Auténtico, pero revocado',
        forged: 'No auténtico',
        unknown: 'No figura en el registro',
        malformed: 'No es un código de certificado',
      },
      steps: {
        format: 'El código QR contiene un código de certificado con el formato esperado.',
        key: 'Está firmado con el algoritmo esperado, mediante una clave publicada por la Fundación.',
        signature: 'La firma coincide: no se ha modificado nada después de la firma.',
        record:
          'Sus datos (número de certificado, certificación, fecha de concesión, nombre) coinciden con esta ficha del registro.',
        status: 'El certificado es válido a día de hoy.',
      },
      passed: 'Superado',
      failed: 'No superado',
      reasons: {
        'too-long': 'El código es demasiado largo para ser un código de certificado.',
        'not-a-token': 'No es un código de certificado.',
        'bad-header': 'La cabecera del código no corresponde a ninguna de las que utiliza la Fundación.',
        'foreign-header':
          'El código indica su propia clave o la dirección de una clave; solo se aceptan las claves que publica la Fundación.',
        'wrong-algorithm': 'El código utiliza un algoritmo de firma que la Fundación no utiliza.',
        'unknown-key': 'El código se firmó con una clave que la Fundación no publica (desconocida o retirada).',
        'bad-signature': 'La firma no coincide: el código se ha alterado o lo ha firmado otra persona.',
        'bad-claims': 'El contenido firmado no tiene el formato de un certificado.',
        'not-in-registry':
          'El código está correctamente firmado, pero este número de certificado no figura en el registro.',
        'other-certificate': 'El código corresponde a un certificado distinto del de esta página.',
        'claims-mismatch': 'Los datos del código contradicen la ficha del registro.',
        valid: 'El certificado es auténtico y válido a día de hoy.',
        expired:
          'El certificado es auténtico, pero su periodo de validez ha finalizado; se renueva cuando su titular imparte un nuevo programa de formación.',
        revoked: 'El certificado es auténtico, pero la Fundación lo ha revocado.',
      },
    },
    pdf: {
      heading: 'Certificado',
      certifies: 'Se certifica que',
      awardedThe: 'ha obtenido la certificación',
      awardedOn: (date: string) => `Concedido el ${date}`,
      validUntil: (date: string) => `Válido hasta el ${date}`,
      certificateId: 'Número de certificado',
      verifyAt: 'Verificación en',
      qrHint: 'Escanee el código para verificar este certificado. Un código auténtico lleva a la dirección indicada arriba.',
      programme: 'Programa Train-the-Trainers',
    },
  },
};
