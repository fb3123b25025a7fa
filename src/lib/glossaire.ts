// The words of the politique de la ville that the fiches use, explained in plain French.
// Each entry has a stable anchor on the glossary page; a fiche links the first use of a term to it.

export interface Entree {
  /** Anchor on the glossary page (ASCII kebab-case). */
  id: string;
  terme: string;
  /** Long form of an abbreviation. */
  developpe?: string;
  definition: string;
}

export const glossaire = [
  {
    id: 'qpv',
    terme: 'QPV',
    developpe: 'quartier prioritaire de la politique de la ville',
    definition:
      'Quartier où l’État et les collectivités concentrent leurs moyens parce qu’une grande part des habitants y a de faibles revenus. La première liste des QPV, en vigueur du 1er janvier 2015 au 31 décembre 2023, a été fixée par le décret du 30 décembre 2014 à partir d’un seul critère : la concentration d’habitants à bas revenus. Chaque quartier y a un code « QP » suivi de six chiffres (par exemple QP062025). Une nouvelle liste, aux périmètres et aux codes revus, est en vigueur depuis le 1er janvier 2024.',
  },
  {
    id: 'politique-de-la-ville',
    terme: 'Politique de la ville',
    definition:
      'Action publique menée par l’État, les intercommunalités et les communes pour réduire les écarts de niveau de vie entre les quartiers les plus pauvres et le reste des villes : emploi, éducation, santé, logement, cadre de vie, tranquillité.',
  },
  {
    id: 'contrat-de-ville',
    terme: 'Contrat de ville',
    definition:
      'Document signé par l’État, l’intercommunalité (ici la Communauté d’Agglomération de Lens-Liévin), les communes et leurs partenaires (bailleurs, Caisse d’allocations familiales, Pôle emploi, Région, Département…). Celui de 2015-2020, prolongé ensuite jusqu’à fin 2023, décrit chaque quartier prioritaire dans une « fiche » et fixe les actions à mener. C’est la source des fiches de ce site.',
  },
  {
    id: 'call',
    terme: 'CALL',
    developpe: 'Communauté d’Agglomération de Lens-Liévin',
    definition: 'L’intercommunalité qui regroupe Lens, Liévin et les communes voisines ; elle porte le contrat de ville de son territoire.',
  },
  {
    id: 'pilier',
    terme: 'Pilier',
    definition:
      'Les contrats de ville de 2015 sont organisés en trois piliers : la cohésion sociale (éducation, santé, culture, lien social…), le cadre de vie et le renouvellement urbain (logement, espaces publics, transports…), le développement économique et l’emploi ; s’y ajoutent des axes transversaux (jeunesse, égalité entre les femmes et les hommes, lutte contre les discriminations). Les tableaux de diagnostic des fiches sont rangés par pilier.',
  },
  {
    id: 'diagnostic',
    terme: 'Atouts, faiblesses, perspectives',
    definition:
      'Les trois colonnes des tableaux de diagnostic : ce qui va bien dans le quartier, ce qui pose problème, et ce que les partenaires prévoyaient de faire pendant la durée du contrat.',
  },
  {
    id: 'rfl',
    terme: 'RFL',
    developpe: 'revenus fiscaux localisés',
    definition:
      'Données de l’INSEE tirées des déclarations de revenus et des fichiers des impôts locaux, qui permettent de compter les habitants et de connaître leurs revenus à une échelle fine. « RFL 2011 » veut dire : d’après les revenus de l’année 2011. Les populations des fiches viennent de cette source.',
  },
  {
    id: 'revenu-fiscal-median',
    terme: 'Revenu fiscal médian par unité de consommation',
    definition:
      'Montant qui partage les habitants en deux moitiés : la moitié vit dans un ménage dont le revenu déclaré aux impôts, rapporté au nombre d’unités de consommation du ménage, est inférieur à ce montant ; l’autre moitié au-dessus. Il s’agit du revenu avant impôts et sans les prestations sociales, par an.',
  },
  {
    id: 'unite-de-consommation',
    terme: 'Unité de consommation',
    definition:
      'Façon de comparer des ménages de tailles différentes : le premier adulte compte pour 1, chaque autre personne de 14 ans ou plus pour 0,5, chaque enfant de moins de 14 ans pour 0,3. Un couple avec deux jeunes enfants compte ainsi pour 2,1 unités.',
  },
  {
    id: 'seuil-de-bas-revenu',
    terme: 'Seuil de bas revenu',
    definition:
      'Repère imprimé dans chaque fiche : 11 250 € par an et par unité de consommation, soit 60 % du revenu médian national. En dessous, on parle de bas revenus.',
  },
  {
    id: 'carroyage',
    terme: 'Carroyage INSEE',
    definition:
      'Découpage du territoire en carreaux de 200 mètres de côté, pour lesquels l’INSEE publie des chiffres (nombre d’habitants, âges…). Les âges des fiches portent sur les carreaux qui couvrent le quartier : leur total peut différer un peu de la population du quartier, car les carreaux débordent de son périmètre.',
  },
  {
    id: 'individus-des-menages',
    terme: 'Individus des ménages',
    definition: 'Personnes qui vivent dans un logement ordinaire ; les personnes en foyer, en maison de retraite ou en internat n’y sont pas comptées.',
  },
  {
    id: 'kit-cget',
    terme: 'Kit CGET',
    definition:
      'Tableau d’indicateurs fourni à chaque contrat de ville par le Commissariat général à l’égalité des territoires (CGET, service de l’État devenu l’Agence nationale de la cohésion des territoires en 2020). Chaque valeur y est donnée sous forme de fourchette : « 25 à 30% » veut dire que la valeur se situe entre 25 et 30 % ; « plus de 40% » n’a pas de borne haute.',
  },
  {
    id: 'anct',
    terme: 'ANCT',
    developpe: 'Agence nationale de la cohésion des territoires',
    definition: 'Établissement de l’État créé en 2020, qui a repris les missions du CGET ; il publie la carte officielle des quartiers prioritaires (SIG Ville).',
  },
  {
    id: 'sig-ville',
    terme: 'SIG Ville',
    definition:
      'Site officiel de l’ANCT (sig.ville.gouv.fr) : carte des quartiers prioritaires, fiche et périmètre de chaque quartier, et vérification qu’une adresse se trouve ou non dans un quartier prioritaire.',
  },
  {
    id: 'caf',
    terme: 'CAF',
    developpe: 'Caisse d’allocations familiales',
    definition:
      'Organisme qui verse les prestations familiales, les aides au logement et le RSA. Un « allocataire » est la personne qui reçoit au moins une de ces prestations pour son foyer.',
  },
  {
    id: 'prestations-sociales',
    terme: 'Prestations sociales',
    definition:
      'Sommes versées par la CAF ou d’autres organismes : allocations familiales, aides au logement, RSA, allocation aux adultes handicapés… Un revenu « constitué à 100 % de prestations sociales » ne comprend aucun salaire ni aucune pension.',
  },
  {
    id: 'rsa',
    terme: 'RSA',
    developpe: 'revenu de solidarité active',
    definition:
      'Revenu minimum versé par la CAF aux personnes sans ressources ou à très faibles ressources. Le « RSA socle » en est le montant de base ; jusqu’en 2016, un « RSA activité » s’y ajoutait pour compléter les petits salaires (il a été remplacé par la prime d’activité).',
  },
  {
    id: 'aides-au-logement',
    terme: 'Allocation logement, aides personnelles au logement',
    definition: 'Aides de la CAF qui réduisent le loyer ou les mensualités d’emprunt des ménages modestes (APL, ALF, ALS).',
  },
  {
    id: 'hlm',
    terme: 'Logement HLM',
    definition: 'Logement social à loyer modéré, appartenant à un bailleur social (office public, société d’HLM) et attribué sous conditions de ressources.',
  },
  {
    id: 'npnru',
    terme: 'NPNRU',
    developpe: 'Nouveau programme national de renouvellement urbain',
    definition:
      'Programme national lancé par la loi du 21 février 2014 pour transformer en profondeur certains quartiers prioritaires : démolition, réhabilitation ou construction de logements, aménagement des espaces publics, équipements. Il est financé par l’ANRU et ses partenaires.',
  },
  {
    id: 'anru',
    terme: 'ANRU',
    developpe: 'Agence nationale pour la rénovation urbaine',
    definition: 'Établissement public créé en 2003, qui finance et accompagne les projets de renouvellement urbain des quartiers, dont ceux du NPNRU.',
  },
  {
    id: 'gusp',
    terme: 'GUSP',
    developpe: 'gestion urbaine et sociale de proximité',
    definition:
      'Organisation, entre la ville, l’intercommunalité, les bailleurs et les habitants, de la vie quotidienne du quartier : propreté, entretien, tranquillité, petits travaux. Elle est écrite dans une charte, avec un programme d’actions.',
  },
  {
    id: 'tfpb',
    terme: 'Abattement de TFPB',
    developpe: 'taxe foncière sur les propriétés bâties',
    definition:
      'Les bailleurs sociaux paient moins de taxe foncière (un abattement de 30 % de la base d’imposition) sur leurs logements situés en quartier prioritaire ; en échange, ils financent chaque année des actions pour la qualité de vie des locataires (entretien renforcé, animations, médiation…).',
  },
  {
    id: 'bpe',
    terme: 'BPE',
    developpe: 'Base permanente des équipements',
    definition:
      'Répertoire de l’INSEE qui classe les équipements et services en domaines (services aux particuliers, commerces, enseignement, santé et action sociale, transports, sports, loisirs et culture, tourisme) et en types (école maternelle, collège, bassin de natation…). Ce site s’en sert pour ranger les équipements des fiches.',
  },
  {
    id: 'perimetre',
    terme: 'Périmètre du quartier',
    definition:
      'Limite officielle du quartier prioritaire, fixée par l’État. Les fiches signalent certains équipements « en limite » du périmètre (marque *) ou « hors » du périmètre (marque **) : ils servent aux habitants sans être dans le quartier.',
  },
  {
    id: 'quartier-vecu',
    terme: 'Quartier vécu',
    definition: 'Les lieux que les habitants fréquentent au-delà du périmètre officiel : écoles, équipements sportifs, services, associations.',
  },
  {
    id: 'conseil-citoyen',
    terme: 'Conseil citoyen',
    definition:
      'Groupe d’habitants et d’acteurs locaux (associations, commerçants…) créé dans chaque quartier prioritaire par la loi du 21 février 2014, pour participer au contrat de ville.',
  },
  {
    id: 'ocr',
    terme: 'Document numérisé (OCR)',
    definition:
      'Le contrat de ville est un PDF scanné. Son texte a été lu par reconnaissance optique de caractères (OCR), qui se trompe parfois de mot ou mélange les colonnes d’un tableau. Ce site reproduit ce texte tel quel et signale les tableaux mal lus ; en cas de doute, la page du document original fait foi.',
  },
] as const satisfies readonly Entree[];

export type TermeId = (typeof glossaire)[number]['id'];
