// The two CSV downloads, column by column: one definition gives the CSV writer its names and values and
// the Table Schema of datapackage.json its titles, descriptions, types and constraints (from the Zod fields).
import { z } from 'astro/zod';
import { carroyage, codeInsee, equipement, generationDuCode, indicateur, quartier, source, tranchesAge, type Equipement } from '../../schemas/index.ts';
import { libellesDomaines, libellesNpnru, libellesPerimetres, libellesTypesBpe, listesQpv } from '../libelles.ts';
import type { Modele, QuartierVue } from '../site/modele.ts';
import { lignesCsv, type Cellule } from './csv.ts';
import { nomRevenu, precisionPopulation, type TerritoireVue } from '../site/territoire.ts';

export type TypeChamp = 'string' | 'integer' | 'number' | 'boolean';

export interface Colonne<L> {
  nom: string;
  titre: string;
  /** Zod field the column copies: type, constraints, description and whether it may be empty come from it. */
  champ?: z.ZodType;
  /** For a derived column (a label, a count, a joined list), or more precise than the Zod description. */
  description?: string;
  type?: TypeChamp;
  /** Allowed values of a derived column. */
  valeurs?: readonly (string | number)[];
  /** Pattern of a derived column. */
  motif?: string;
  /** Forced when the row may lack the field even though Zod requires it (carroyage and indicators are optional). */
  requis?: boolean;
  valeur: (ligne: L) => Cellule;
}

export interface Tableau<L> {
  /** Resource name in datapackage.json. */
  nom: string;
  colonnes: readonly Colonne<L>[];
  lignes: (m: Modele) => L[];
  clePrimaire: string[];
  clesEtrangeres?: { champs: string[]; ressource: string; reference: string[] }[];
}

/** The CSV file of a table, a line at a time: each row's cells are made as it is written. */
export function csvDe<L>(t: Tableau<L>, m: Modele): Generator<string> {
  return lignesCsv(
    t.colonnes.map((c) => c.nom),
    t.lignes(m).values().map((l) => t.colonnes.map((c) => c.valeur(l))),
  );
}

const libelleDomaine = Object.values(libellesDomaines);

export interface LigneEquipement {
  q: QuartierVue;
  e: Equipement;
  commune: string | undefined;
}

/**
 * One row per équipement and per quartier it is attached to. Where a field of the SCDL « Équipements
 * collectifs publics » schema fits, its name is used (EQUIP_UID, EQUIP_NOM, EQUIP_THEME, EQUIP_CODE,
 * EQUIP_TYPE, ADR_COMMUNE); see SCDL_ABSENTS for the fields the source cannot fill.
 */
export const tableauEquipements: Tableau<LigneEquipement> = {
  nom: 'equipements',
  colonnes: [
    { nom: 'code_quartier', titre: 'Code du quartier', champ: quartier.shape.code, description: 'Code du quartier auquel la fiche rattache l’équipement (voir la ressource quartiers).', valeur: (l) => l.q.code },
    { nom: 'quartier', titre: 'Nom du quartier', champ: quartier.shape.nom, valeur: (l) => l.q.nom },
    { nom: 'EQUIP_UID', titre: 'Identifiant de l’équipement', champ: equipement.shape.id, valeur: (l) => l.e.id },
    { nom: 'EQUIP_NOM', titre: 'Nom de l’équipement', champ: equipement.shape.nom, valeur: (l) => l.e.nom },
    {
      nom: 'EQUIP_THEME',
      titre: 'Thème (domaine BPE)',
      description: 'Libellé du domaine de la Base permanente des équipements (INSEE) auquel appartient l’équipement ; son code est dans domaine_bpe.',
      type: 'string',
      valeurs: libelleDomaine,
      requis: true,
      valeur: (l) => libellesDomaines[l.e.domaine],
    },
    { nom: 'EQUIP_CODE', titre: 'Code du type d’équipement (BPE)', champ: equipement.shape.type_bpe, valeur: (l) => l.e.type_bpe },
    {
      nom: 'EQUIP_TYPE',
      titre: 'Type d’équipement (BPE)',
      description: 'Libellé du type de la Base permanente des équipements correspondant à EQUIP_CODE ; vide quand le type n’est pas donné.',
      type: 'string',
      valeurs: Object.values(libellesTypesBpe),
      valeur: (l) => (l.e.type_bpe ? libellesTypesBpe[l.e.type_bpe] : undefined),
    },
    { nom: 'adresse', titre: 'Adresse ou lieu', champ: equipement.shape.adresse, valeur: (l) => l.e.adresse },
    {
      nom: 'ADR_COMMUNE',
      titre: 'Commune',
      description: 'Nom officiel (Code officiel géographique) de la commune dont le code INSEE est dans code_insee.',
      type: 'string',
      requis: true,
      valeur: (l) => l.commune,
    },
    { nom: 'code_insee', titre: 'Code INSEE de la commune', champ: equipement.shape.commune, valeur: (l) => l.e.commune },
    { nom: 'domaine_bpe', titre: 'Domaine BPE (code)', champ: equipement.shape.domaine, valeur: (l) => l.e.domaine },
    {
      nom: 'perimetre',
      titre: 'Position par rapport au périmètre',
      champ: equipement.shape.perimetre,
      type: 'string',
      valeurs: Object.values(libellesPerimetres),
      valeur: (l) => l.e.perimetre && libellesPerimetres[l.e.perimetre],
    },
    { nom: 'nature', titre: 'Nature ou usage', champ: equipement.shape.nature, valeur: (l) => l.e.nature },
    { nom: 'nombre', titre: 'Nombre (entrée de décompte)', champ: equipement.shape.nombre, valeur: (l) => l.e.nombre },
    { nom: 'en_projet', titre: 'En projet', champ: equipement.shape.en_projet, valeur: (l) => l.e.en_projet },
    { nom: 'note', titre: 'Note de la source', champ: equipement.shape.note, valeur: (l) => l.e.note },
    { nom: 'rubrique_source', titre: 'Rubrique de la source', champ: equipement.shape.rubrique_source, valeur: (l) => l.e.rubrique_source },
  ],
  lignes: (m) => m.quartiers.flatMap((q) => (q.equipements ?? []).map((e) => ({ q, e, commune: m.commune.get(e.commune)?.nom }))),
  clePrimaire: ['code_quartier', 'EQUIP_UID'],
  clesEtrangeres: [{ champs: ['code_quartier'], ressource: 'quartiers', reference: ['code'] }],
};

/** Fields of the SCDL « Équipements » schema that this file leaves out, and why. */
export const SCDL_ABSENTS = [
  { champs: ['EQUIP_LAT', 'EQUIP_LONG'], raison: 'le contrat de ville ne donne aucune coordonnée' },
  { champs: ['ADR_NUMERO', 'ADR_NOMVOIE', 'ADR_CODEPOSTAL', 'ADR_CLE_INTEROP'], raison: 'la source imprime le lieu en texte libre (une rue, un nom de quartier), gardé tel quel dans adresse' },
  { champs: ['COLL_NOM', 'COLL_SIRET'], raison: 'les équipements relèvent de gestionnaires que la source ne nomme pas' },
  { champs: ['ERP_ID', 'ERP_TYPE', 'ERP_CATEGORIE', 'EQUIP_OUVERTURE', 'EQUIP_TEL', 'EQUIP_EMAIL', 'EQUIP_WEB'], raison: 'absents de la source' },
] as const;

const age = (cle: string) => `age_${cle.replace('-', '_').replace('+', '_plus')}`;
/** "62498 / 62510": the codes of a quartier's communes, each one matching the Zod pattern of a code INSEE. */
const motifCode = (z.toJSONSchema(codeInsee) as { pattern: string }).pattern.replace(/^\^|\$$/g, '');
const motifCodes = `^(${motifCode})( / (${motifCode}))*$`;

/** The quartiers' CSV: a column only for what the territory declares (its age grid, each of its indicators). */
export const tableauQuartiers = (territoire: TerritoireVue): Tableau<QuartierVue & { nomsCommunes: string }> => ({
  nom: 'quartiers',
  colonnes: [
    { nom: 'code', titre: 'Code du quartier', champ: quartier.shape.code, valeur: (q) => q.code },
    {
      nom: 'generation',
      titre: 'Génération du code',
      description: `Liste à laquelle appartient le code : 2015 pour un code « QP » de la première liste des quartiers prioritaires (2015-2023), 2024 pour un code « QN » de la liste « ${listesQpv[2024]} », en vigueur depuis le 1er janvier 2024.`,
      type: 'integer',
      valeurs: Object.keys(listesQpv).map(Number),
      requis: true,
      valeur: (q) => generationDuCode(q.code),
    },
    { nom: 'nom', titre: 'Nom du quartier', champ: quartier.shape.nom, valeur: (q) => q.nom },
    { nom: 'communes', titre: 'Communes', description: 'Noms officiels des communes du quartier, séparés par « / ».', type: 'string', requis: true, valeur: (q) => q.nomsCommunes },
    {
      nom: 'codes_insee',
      titre: 'Codes INSEE des communes',
      description: 'Codes INSEE des communes du quartier, séparés par « / », dans l’ordre de la colonne communes.',
      type: 'string',
      motif: motifCodes,
      requis: true,
      valeur: (q) => q.communes.join(' / '),
    },
    { nom: 'population', titre: `Population${precisionPopulation(territoire)}`, champ: quartier.shape.population, valeur: (q) => q.population },
    {
      nom: 'revenu_fiscal_median',
      titre: `${nomRevenu(territoire)} (euros)`,
      champ: quartier.shape.revenu_fiscal_median,
      ...(territoire.contrat.revenu ? { description: `${territoire.contrat.revenu}, en euros par an.` } : {}),
      valeur: (q) => q.revenu_fiscal_median,
    },
    {
      nom: 'npnru',
      titre: 'Quartier du NPNRU',
      description: 'Place du quartier dans le Nouveau programme national de renouvellement urbain : « national » (projet d’intérêt national), « régional » (d’intérêt régional) ou « non » (hors NPNRU).',
      type: 'string',
      valeurs: Object.values(libellesNpnru),
      requis: true,
      valeur: (q) => libellesNpnru[String(q.npnru) as keyof typeof libellesNpnru],
    },
    { nom: 'page_source', titre: 'Page de la fiche', champ: source.shape.page, valeur: (q) => q.source.page },
    ...(territoire.ages
      ? [
          { nom: 'individus_menages', titre: `Total (${territoire.ages.effectif})`, champ: carroyage.shape.individus_menages, requis: false, valeur: (q: QuartierVue) => q.carroyage?.individus_menages },
          ...tranchesAge.map(([cle, libelle]): Colonne<QuartierVue> => ({
            nom: age(cle),
            titre: `Individus de ${libelle}`,
            champ: carroyage.shape.tranches.shape[cle],
            requis: false,
            valeur: (q) => q.carroyage?.tranches[cle],
          })),
        ]
      : []),
    // A fiche that prints the same indicator twice keeps its first line here; the JSON has every line.
    ...[...territoire.indicateursDeclares.values()].flatMap(({ id, libelle, unite, source: origine }): Colonne<QuartierVue>[] => {
      const ligne = (q: QuartierVue) => q.indicateurs?.find((x) => x.id === id);
      const precision = ` (${[unite, origine].filter(Boolean).join(', ')})`;
      return [
        { nom: `${id}_valeur`, titre: `${libelle} : valeur imprimée`, champ: indicateur.shape.valeur, description: `${libelle}${precision}, telle qu’imprimée.`, requis: false, valeur: (q) => ligne(q)?.valeur },
        { nom: `${id}_min`, titre: `${libelle} : borne basse`, champ: indicateur.shape.min, requis: false, valeur: (q) => ligne(q)?.min },
        { nom: `${id}_max`, titre: `${libelle} : borne haute`, champ: indicateur.shape.max, valeur: (q) => ligne(q)?.max },
      ];
    }),
    { nom: 'nombre_equipements', titre: 'Nombre d’équipements rattachés', description: 'Nombre d’entrées de la liste des équipements rattachés de la fiche.', type: 'integer', requis: true, valeur: (q) => q.equipements?.length ?? 0 },
  ],
  lignes: (m) => m.quartiers.map((q) => ({ ...q, nomsCommunes: q.communes.map((c) => m.commune.get(c)?.nom).join(' / ') })),
  clePrimaire: ['code'],
});
