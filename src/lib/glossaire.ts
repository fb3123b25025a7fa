// The words of the politique de la ville that the fiches use, explained in plain French.
// Each entry has a stable anchor on the glossary page; a fiche links the first use of a term to it.
import type { Territoire } from '../schemas/territoire.ts';
import { euros, slug } from './format.ts';
import { anneePopulation } from './site/territoire.ts';

export interface Entree {
  /** Anchor on the glossary page (ASCII kebab-case). */
  id: string;
  terme: string;
  /** Long form of an abbreviation. */
  developpe?: string;
  definition: string;
  /** The acronyms this entry explains, when its term is not the acronym itself (« Kit CGET » explains CGET). */
  sigles?: readonly string[];
}

/** An acronym used in the fiches whose meaning in this document could not be established from a public definition. */
export interface SigleIncertain {
  sigle: string;
  /** What the fiches say around it, in our words: where it appears. */
  contexte: string;
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
      'Document signé par l’État, l’intercommunalité, les communes et leurs partenaires (bailleurs, Caisse d’allocations familiales, Pôle emploi, Région, Département…) pour les quartiers prioritaires de son territoire, et qui fixe les actions à mener. Les contrats de 2015-2020 ont été prolongés jusqu’à fin 2023 ; ceux de 2024-2030 s’appellent « Engagements Quartiers 2030 ». Celui dont ce site est tiré est la source de ses fiches.',
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
      'Données de l’INSEE tirées des déclarations de revenus et des fichiers des impôts locaux, qui permettent de compter les habitants et de connaître leurs revenus à une échelle fine.',
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
      'Revenu égal à 60 % du revenu médian national, par an et par unité de consommation : en dessous, on parle de bas revenus.',
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
    sigles: ['CGET'],
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
    sigles: ['HLM'],
    definition: 'Logement social à loyer modéré, appartenant à un bailleur social (office public, société d’HLM) et attribué sous conditions de ressources.',
  },
  {
    id: 'npnru',
    terme: 'NPNRU',
    developpe: 'Nouveau programme national de renouvellement urbain',
    definition:
      'Programme national lancé par la loi du 21 février 2014 pour transformer en profondeur certains quartiers prioritaires : démolition, réhabilitation ou construction de logements, aménagement des espaces publics, équipements. Il est financé par l’ANRU et ses partenaires. Un quartier y entre au titre d’un projet d’intérêt national (les quartiers aux dysfonctionnements urbains les plus importants, retenus par l’ANRU) ou d’intérêt régional (retenu dans chaque région et inscrit au contrat de plan État-Région).',
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
    sigles: ['TFPB'],
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
    sigles: ['OCR'],
    definition:
      'Le contrat de ville est un PDF scanné. Son texte a été lu par reconnaissance optique de caractères (OCR), qui se trompe parfois de mot ou mélange les colonnes d’un tableau. Ce site reproduit ce texte tel quel et signale les tableaux mal lus ; en cas de doute, la page du document original fait foi.',
  },
  {
    id: 'ccas',
    terme: 'CCAS',
    developpe: 'centre communal d’action sociale',
    definition: 'Service public de la commune pour l’aide sociale : aides aux personnes en difficulté, accompagnement des personnes âgées ou handicapées, domiciliation, permanences.',
  },
  {
    id: 'mds',
    terme: 'MDS',
    developpe: 'Maison du Département Solidarité',
    definition: 'Lieu d’accueil du Département du Pas-de-Calais pour l’action sociale : assistantes sociales, protection de l’enfance, PMI, insertion des bénéficiaires du RSA.',
  },
  {
    id: 'caj',
    terme: 'CAJ',
    developpe: 'centre animation jeunesse',
    definition: 'Lieu de la commune qui accueille les jeunes pour des activités de loisirs et des projets ; c’est le sens que donne une fiche.',
  },
  {
    id: 'pij',
    terme: 'PIJ',
    developpe: 'point information jeunesse',
    definition: 'Lieu où les jeunes trouvent gratuitement des informations sur les études, l’emploi, le logement, la santé, les loisirs et la mobilité.',
  },
  {
    id: 'alsh',
    terme: 'ALSH',
    developpe: 'accueil de loisirs sans hébergement',
    definition: 'Accueil collectif des enfants et des jeunes pendant le temps libre (mercredis, vacances), sans nuit sur place : c’est le nom officiel des « centres de loisirs ».',
  },
  {
    id: 'pmi',
    terme: 'PMI',
    developpe: 'protection maternelle et infantile',
    definition: 'Service du Département qui suit gratuitement la santé des futures mères et des enfants de moins de 6 ans : consultations, vaccinations, conseils.',
  },
  {
    id: 'rep',
    terme: 'REP',
    developpe: 'réseau d’éducation prioritaire',
    definition: 'Groupe d’un collège et des écoles de son secteur qui reçoit de l’Éducation nationale des moyens en plus (classes moins chargées, formation des enseignants) parce que les élèves y rencontrent plus de difficultés ; « REP+ » désigne les réseaux les plus en difficulté.',
  },
  {
    id: 'plie',
    terme: 'PLIE',
    developpe: 'plan local pour l’insertion et l’emploi',
    definition: 'Dispositif des collectivités, financé notamment par le Fonds social européen, qui accompagne pas à pas vers l’emploi les personnes qui en sont le plus éloignées.',
  },
  {
    id: 'zac',
    terme: 'ZAC',
    developpe: 'zone d’aménagement concerté',
    definition: 'Opération d’urbanisme par laquelle une collectivité aménage un secteur (voirie, réseaux, terrains à bâtir) pour y faire construire logements, commerces ou équipements.',
  },
  {
    id: 'lls',
    terme: 'LLS',
    developpe: 'logements locatifs sociaux',
    definition: 'Logements loués à loyer modéré, sous conditions de ressources, par un bailleur social ; c’est le sens que donnent les fiches.',
  },
  {
    id: 'prets-logement-social',
    terme: 'Prêts du logement social (PLAI, PLUS, PLS)',
    sigles: ['PLAI', 'PLUS', 'PLS'],
    definition: 'Les trois prêts de l’État qui financent la construction de logements sociaux et fixent leurs loyers et leurs plafonds de ressources : le PLAI (prêt locatif aidé d’intégration) pour les ménages les plus modestes, le PLUS (prêt locatif à usage social), le plus courant, et le PLS (prêt locatif social) pour des ménages un peu plus aisés.',
  },
  {
    id: 'gup',
    terme: 'GUP',
    developpe: 'gestion urbaine de proximité',
    definition: 'Autre nom de la GUSP : organisation entre la ville, les bailleurs et les habitants de l’entretien et de la vie quotidienne du quartier.',
  },
  {
    id: 'dpv',
    terme: 'DPV',
    developpe: 'dotation politique de la ville',
    definition: 'Crédits de l’État versés à certaines communes qui ont des quartiers prioritaires, pour des projets d’investissement ou de fonctionnement dans ces quartiers.',
  },
  {
    id: 'pre',
    terme: 'PRE',
    developpe: 'programme de réussite éducative',
    definition: 'Accompagnement individuel, hors temps scolaire, d’enfants de 2 à 16 ans des quartiers prioritaires qui ont des difficultés (scolaires, de santé, familiales), avec leurs parents.',
  },
  {
    id: 'pedt',
    terme: 'PEDT',
    developpe: 'projet éducatif territorial',
    definition: 'Document, signé par la commune et l’État, qui organise les activités des enfants avant et après l’école.',
  },
  {
    id: 'tap',
    terme: 'TAP',
    developpe: 'temps d’activités périscolaires',
    definition: 'Activités proposées aux écoliers après la classe, créées par la réforme des rythmes scolaires de 2013.',
  },
  {
    id: 'rased',
    terme: 'RASED',
    developpe: 'réseau d’aides spécialisées aux élèves en difficulté',
    definition: 'Enseignants spécialisés et psychologues de l’Éducation nationale qui aident, à l’école, les élèves en difficulté.',
  },
  {
    id: 'ram',
    terme: 'RAM',
    developpe: 'relais assistantes maternelles',
    definition: 'Lieu d’information et de rencontre pour les parents et les assistantes maternelles (aujourd’hui « relais petite enfance »).',
  },
  {
    id: 'mjc',
    terme: 'MJC',
    developpe: 'maison des jeunes et de la culture',
    definition: 'Association d’éducation populaire qui propose des activités culturelles, sportives et de loisirs, surtout aux jeunes.',
  },
  {
    id: 'cmp',
    terme: 'CMP',
    developpe: 'centre médico-psychologique',
    definition: 'Centre public de consultations en psychiatrie et en psychologie, gratuites, pour les enfants ou pour les adultes.',
  },
  {
    id: 'iem',
    terme: 'IEM',
    developpe: 'institut d’éducation motrice',
    definition: 'Établissement qui accueille des enfants et des jeunes ayant un handicap moteur, pour les soins et la scolarité (sens donné par une fiche).',
  },
  {
    id: 'brsa',
    terme: 'BRSA',
    developpe: 'bénéficiaires du RSA',
    definition: 'Personnes qui perçoivent le revenu de solidarité active (RSA), versé par la CAF.',
  },
  {
    id: 'cmu',
    terme: 'CMU',
    developpe: 'couverture maladie universelle',
    definition: 'Prise en charge des frais de santé des personnes qui n’avaient pas d’assurance maladie ou de faibles ressources ; remplacée en 2016 par la protection universelle maladie et la complémentaire santé solidaire.',
  },
  {
    id: 'smic',
    terme: 'SMIC',
    developpe: 'salaire minimum interprofessionnel de croissance',
    definition: 'Salaire horaire en dessous duquel aucun salarié ne peut être payé en France.',
  },
  {
    id: 'contrats-de-travail',
    terme: 'CDD, CDI',
    developpe: 'contrat à durée déterminée, contrat à durée indéterminée',
    sigles: ['CDD', 'CDI'],
    definition: 'Les deux contrats de travail les plus courants : le CDD a une date de fin, le CDI n’en a pas. Une fiche écrit « CDO et CDI » dans un autre sens, que le document ne précise pas.',
  },
  {
    id: 'etp',
    terme: 'ETP',
    developpe: 'équivalent temps plein',
    definition: 'Unité qui compte les emplois à temps partiel en fraction d’un temps plein : deux mi-temps font un ETP.',
  },
  {
    id: 'pme',
    terme: 'PME',
    developpe: 'petites et moyennes entreprises',
    definition: 'Entreprises de moins de 250 salariés, dont le chiffre d’affaires ne dépasse pas 50 millions d’euros par an.',
  },
  {
    id: 'cci',
    terme: 'CCI',
    developpe: 'chambre de commerce et d’industrie',
    definition: 'Établissement public qui représente les entreprises du commerce, de l’industrie et des services et les accompagne.',
  },
  {
    id: 'afpa',
    terme: 'AFPA',
    developpe: 'Agence nationale pour la formation professionnelle des adultes',
    definition: 'Organisme public de formation qui prépare des adultes à un métier.',
  },
  {
    id: 'anah',
    terme: 'ANAH',
    developpe: 'Agence nationale de l’habitat',
    definition: 'Agence de l’État qui aide les propriétaires à rénover leur logement (travaux, économies d’énergie, adaptation).',
  },
  {
    id: 'amo',
    terme: 'AMO',
    developpe: 'assistance à maîtrise d’ouvrage',
    definition: 'Mission d’un prestataire qui aide le commanditaire d’un projet (ville, bailleur) à le définir et à le suivre.',
  },
  {
    id: 'plu',
    terme: 'PLU',
    developpe: 'plan local d’urbanisme',
    definition: 'Document de la commune ou de l’intercommunalité qui fixe les règles de construction et d’usage des sols.',
  },
  {
    id: 'rnu',
    terme: 'RNU',
    developpe: 'règlement national d’urbanisme',
    definition: 'Règles de construction de l’État qui s’appliquent là où il n’y a pas de plan local d’urbanisme.',
  },
  {
    id: 'plh',
    terme: 'PLH',
    developpe: 'programme local de l’habitat',
    definition: 'Document de l’intercommunalité qui fixe pour six ans ses objectifs de logement : constructions, logements sociaux, rénovation.',
  },
  {
    id: 'hqe',
    terme: 'HQE',
    developpe: 'haute qualité environnementale',
    definition: 'Démarche et certification de bâtiments conçus pour limiter leurs effets sur l’environnement et offrir du confort.',
  },
  {
    id: 'bhns',
    terme: 'BHNS',
    developpe: 'bus à haut niveau de service',
    definition: 'Ligne de bus aux passages fréquents, qui roule en grande partie sur des voies réservées, comme un tramway.',
  },
  {
    id: 'routes',
    terme: 'RD, RN',
    developpe: 'route départementale, route nationale',
    sigles: ['RD', 'RN'],
    definition: 'Routes entretenues par le Département (RD) ou par l’État (RN), suivies de leur numéro : « RN 43 ».',
  },
  {
    id: 'epn',
    terme: 'EPN',
    developpe: 'espace public numérique',
    definition: 'Lieu ouvert à tous où l’on peut utiliser des ordinateurs et Internet et apprendre à s’en servir, accompagné.',
  },
  {
    id: 'ntic',
    terme: 'NTIC',
    developpe: 'nouvelles technologies de l’information et de la communication',
    definition: 'Ancien nom de l’informatique, d’Internet et du téléphone mobile dans les documents publics.',
  },
  {
    id: 'unesco',
    terme: 'UNESCO',
    developpe: 'Organisation des Nations unies pour l’éducation, la science et la culture',
    definition: 'Elle a inscrit en 2012 le Bassin minier du Nord-Pas-de-Calais sur la liste du patrimoine mondial, dont des cités minières de l’agglomération.',
  },
  {
    id: 'sncf',
    terme: 'SNCF',
    developpe: 'Société nationale des chemins de fer français',
    definition: 'L’entreprise publique des trains ; les fiches la nomment pour les gares et les haltes.',
  },
  {
    id: 'rdv',
    terme: 'RDV',
    developpe: 'rendez-vous',
    definition: 'Abréviation courante : « sur RDV » veut dire sur rendez-vous.',
  },
  {
    id: 'pmu',
    terme: 'PMU',
    developpe: 'pari mutuel urbain',
    definition: 'Entreprise des paris sur les courses hippiques, présente dans des cafés et des bureaux de tabac.',
  },
  {
    id: 'lep',
    terme: 'LEP',
    developpe: 'lycée d’enseignement professionnel',
    definition: 'Ancien nom du lycée professionnel, qui prépare au CAP et au baccalauréat professionnel.',
  },
  {
    id: 'dvd',
    terme: 'DVD',
    definition: 'Disque qui contient un film ou des données ; les médiathèques en prêtent.',
  },
] as const satisfies readonly Entree[];

export type TermeId = (typeof glossaire)[number]['id'];

/** Anchor of the entry that explains the intercommunalité's acronym (« CAD » → "cad"). */
export const idSigle = (sigle: string): string => slug(sigle);

/**
 * The glossary of a published territory: the entries above, with the intercommunalité's acronym after the contract's
 * entry when territoire.yaml gives one (« CAD »), and what its fiches print: the year of the RFL populations, the
 * amount of the low-income threshold. `communes`: how many communes the EPCI has.
 */
export function glossaireDu(t: Pick<Territoire, 'nom' | 'sigle' | 'contrat'>, communes: number): readonly Entree[] {
  const annee = /\bRFL\b/.test(t.contrat.population ?? '') ? anneePopulation(t) : undefined;
  const seuil = t.contrat.seuil_bas_revenu;
  const propres: Partial<Record<TermeId, string>> = {
    ...(annee ? { rfl: `« RFL ${annee} » veut dire : d’après les revenus de l’année ${annee}. Les populations des fiches viennent de cette source.` } : {}),
    ...(seuil !== undefined ? { 'seuil-de-bas-revenu': `Les fiches l’impriment : ${euros(seuil)} par an.` } : {}),
  };
  const entrees = glossaire.map((e): Entree => (propres[e.id] ? { ...e, definition: `${e.definition} ${propres[e.id]}` } : e));
  if (!t.sigle) return entrees;
  const sigle: Entree = {
    id: idSigle(t.sigle),
    terme: t.sigle,
    developpe: t.nom,
    definition: `L’intercommunalité qui regroupe ${communes} communes et qui porte le contrat de ville de son territoire.`,
  };
  const i = entrees.findIndex((e) => e.id === 'contrat-de-ville') + 1;
  return [...entrees.slice(0, i), sigle, ...entrees.slice(i)];
}

/**
 * Acronyms that the fiches use more than once but whose meaning here no public definition settles: listed as such on the
 * glossary page rather than guessed.
 */
export const siglesIncertains: readonly SigleIncertain[] = [
  { sigle: 'MCS', contexte: 'nommé parmi les services institutionnels présents dans un quartier, avec la PMI et la CAF' },
  { sigle: 'SSM', contexte: 'nommé parmi les lieux d’accueil des quartiers, avec les centres socio-culturels' },
  { sigle: 'CSC', contexte: 'lieu où se tiennent des permanences d’élus, sur rendez-vous ; peut-être un centre socioculturel' },
  { sigle: 'CCS', contexte: '« CCS cœur de ville », un équipement et son équipe' },
  { sigle: 'CN', contexte: '« CN des Fours », dans une liste de places d’accueil' },
  { sigle: 'CDEF', contexte: 'nommé parmi les structures à rendre présentes dans un quartier, avec les ALSH' },
  { sigle: 'FTU', contexte: 'crédits ou programme daté (« FTU 2018 : Place Lebas »), à côté de la DPV' },
  { sigle: 'BAV', contexte: 'installations posant des problèmes techniques dans un quartier rénové ; peut-être des bornes d’apport volontaire' },
  { sigle: 'BMOF', contexte: 'une halte (« la halte BMOF »), liée au tramway' },
  { sigle: 'ALPHI', contexte: 'un accueil de loisirs pour une tranche d’âge (« 1 ALPHI 2/10 ans le mercredi »)' },
  { sigle: 'CLEDS', contexte: 'une structure de loisirs et d’activités pour les habitants' },
  { sigle: 'CCAJ', contexte: 'une structure de jeunesse' },
  { sigle: 'CMC', contexte: 'une structure nommée dans un diagnostic' },
  { sigle: 'CUEEP', contexte: 'un organisme de formation' },
  { sigle: 'AEP', contexte: 'un sigle de diagnostic' },
  { sigle: 'IMA', contexte: 'un sigle de diagnostic' },
  { sigle: 'GP', contexte: 'un sigle de diagnostic' },
  { sigle: 'ZAV', contexte: 'un secteur d’aménagement' },
  { sigle: 'ZAL', contexte: 'un secteur d’aménagement' },
  { sigle: 'ZACS', contexte: 'peut-être le pluriel de ZAC' },
  { sigle: 'SPAS', contexte: 'un sigle de diagnostic' },
  { sigle: 'PUE', contexte: 'un sigle de diagnostic' },
  { sigle: 'PVI', contexte: 'un sigle de diagnostic' },
  { sigle: 'PRUNCE', contexte: 'un programme de renouvellement urbain' },
  { sigle: 'PEOT', contexte: 'un sigle de diagnostic' },
  { sigle: 'RUC', contexte: 'un sigle de diagnostic' },
  { sigle: 'LTO', contexte: 'un sigle de diagnostic' },
  { sigle: 'LCR', contexte: 'un local dans une résidence ; peut-être un local collectif résidentiel' },
  { sigle: 'GUIE', contexte: 'un sigle de diagnostic' },
  { sigle: 'CDO', contexte: '« Besoin des CDO et CDI »' },
  { sigle: 'CDE', contexte: 'un sigle de diagnostic' },
  { sigle: 'CAH', contexte: 'un sigle de diagnostic' },
  { sigle: 'ABQP', contexte: 'un sigle de diagnostic' },
  { sigle: 'APSA', contexte: 'un sigle de diagnostic, à propos d’activités sportives' },
  { sigle: 'PUJ', contexte: 'imprimé une fois pour « PIJ » (voir la remarque de la fiche)' },
];

