// The words and figures the synthetic fiches are made of: real communes, the real fiches' own vocabulary,
// and the shapes of the source (équipement types, CGET indicators, pillars, age brackets).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { slug } from '../../src/lib/format.ts';

export const RACINE = resolve(import.meta.dirname, '../..');

export interface CommuneRef {
  code: string;
  nom: string;
}

/** The intercommunalité of the synthetic fiches: the official EPCI with the most member communes, for as many communes as possible. */
export function epciSynthetique(): { code: string; nom: string; membres: { code: string; nom: string }[] } {
  const require = createRequire(import.meta.url);
  const liste = require('@etalab/decoupage-administratif/data/epci.json') as { code: string; nom: string; membres: { code: string; nom: string }[] }[];
  return liste.reduce((a, b) => (b.membres.length > a.membres.length ? b : a));
}

/** Real communes, members of that EPCI (validation checks a fiche's communes against its members), one per slug. */
export function communesReelles(): CommuneRef[] {
  const retenues = epciSynthetique().membres;
  // Two communes with the same name (Saint-Aubin, 59 and 62) would share a page address: left out here.
  const parSlug = new Map<string, CommuneRef[]>();
  for (const c of retenues) parSlug.set(slug(c.nom), [...(parSlug.get(slug(c.nom)) ?? []), { code: c.code, nom: c.nom }]);
  return [...parSlug.values()].filter((l) => l.length === 1).map((l) => l[0]!);
}

/**
 * Words of the real fiches' diagnostics, in order, so that generated text has their vocabulary and rhythm
 * (the texts of badly read tables too: the same words, whichever way a table is transcribed).
 */
export function corpus(): string[] {
  const dossier = join(RACINE, 'content', 'quartiers');
  const mots: string[] = [];
  const ajouter = (textes: unknown) => {
    for (const t of Array.isArray(textes) ? textes : []) if (typeof t === 'string') mots.push(...t.split(/\s+/).filter(Boolean));
  };
  if (existsSync(dossier)) {
    for (const f of readdirSync(dossier).filter((x) => x.endsWith('.yaml')).sort()) {
      const q = parse(readFileSync(join(dossier, f), 'utf8')) as { diagnostics?: { piliers?: Record<string, unknown>[]; mal_lu?: { lignes?: { cellules?: unknown[] }[] } }[] };
      for (const d of q.diagnostics ?? []) {
        for (const p of d.piliers ?? []) for (const cle of ['atouts', 'faiblesses', 'perspectives']) ajouter(p[cle]);
        for (const l of d.mal_lu?.lignes ?? []) for (const cellule of l.cellules ?? []) ajouter(cellule);
      }
    }
  }
  if (mots.length < 1000) {
    const base =
      "Favoriser l'accès des habitants aux équipements sportifs et culturels du quartier, renforcer le lien social entre les générations, accompagner les familles monoparentales, développer l'insertion professionnelle des jeunes sans qualification, améliorer le cadre de vie et la tranquillité publique, requalifier les espaces publics et les logements sociaux anciens, soutenir les associations de proximité et le commerce de quartier, lutter contre le décrochage scolaire et l'isolement des personnes âgées.";
    for (let i = 0; i < 200; i++) mots.push(...base.split(/\s+/));
  }
  return mots;
}

export const PRENOMS = ['Jean', 'Louis', 'Marie', 'Pierre', 'Jules', 'Émile', 'Paul', 'Victor', 'Henri', 'Léon', 'Jacques', 'Lucie', 'Georges', 'Anne', 'Marcel', 'Suzanne', 'Albert', 'Irène', 'Joseph', 'Marthe'];
export const NOMS = ['Moulin', 'Jaurès', 'Curie', 'Ferry', 'Hugo', 'Zola', 'Pasteur', 'Basly', 'Lagrange', 'Vilar', 'Ferrat', 'Prévert', 'Camus', 'Dolto', 'Brassens', 'Lamendin', 'Salengro', 'Blum', 'Delory', 'Degreve', 'Langevin', 'Wallon', 'Rostand', 'Cachin', 'Thorez', 'Picasso', 'Matisse', 'Daudet', 'Verlaine', 'Rimbaud', 'Sand', 'Colette', 'Bizet', 'Ravel', 'Chopin', 'Mozart', 'Bach', 'Carnot', 'Gambetta', 'Danton'];
export const LIEUX = ['Cité', 'Résidence', 'Quartier', 'Les Hauts de', 'Le Bois de', 'La Plaine de', 'Cité des', 'Faubourg', 'Le Clos de', 'Les Jardins de'];
export const MOTS_LIEUX = ['Fleurs', 'Alouettes', 'Tilleuls', 'Peupliers', 'Marronniers', 'Genêts', 'Bruyères', 'Acacias', 'Sablière', 'Fosse 7', 'Fosse 9', 'Fosse 12', 'Chevalement', 'Terril', 'Marais', 'Moulin', 'Gare', 'Calvaire', 'Bois', 'Plaine'];
export const VOIES = ['rue', 'avenue', 'boulevard', 'place', 'allée', 'chemin', 'impasse'];

/** [name prefix, BPE domain, BPE type when it is clear] */
export const TYPES_EQUIPEMENTS: [string, string, string | undefined][] = [
  ['École maternelle', 'C', 'C101'], ['École élémentaire', 'C', 'C104'], ['École', 'C', undefined], ['Collège', 'C', 'C201'],
  ['Lycée', 'C', 'C301'], ['Lycée professionnel', 'C', 'C302'], ['Stade', 'F', 'F113'], ['Salle de sports', 'F', 'F120'],
  ['Piscine', 'F', 'F101'], ['Médiathèque', 'F', 'F307'], ['Salle des fêtes', 'F', undefined], ['Complexe sportif', 'F', undefined],
  ['Terrain multisports', 'F', 'F121'], ['City stade', 'F', undefined], ['Centre social', 'D', 'D233'], ['Crèche', 'D', 'D502'],
  ['Maison de santé', 'D', undefined], ['Relais assistantes maternelles', 'D', undefined], ['Foyer-logement', 'D', undefined],
  ['Mairie annexe', 'A', 'A129'], ['Bureau de poste', 'A', 'A206'], ['Maison des associations', 'A', undefined],
  ['Point information jeunesse', 'A', undefined], ['Commissariat', 'A', 'A101'], ['Supermarché', 'B', 'B102'],
  ['Boulangerie', 'B', 'B203'], ['Pharmacie', 'D', 'D307'], ['Arrêt de bus', 'E', undefined], ['Gare', 'E', 'E107'], ['Gîte', 'G', undefined],
];

export const INDICATEURS: [id: string, libelle: string, unite: '%' | 'nombre', max: number][] = [
  ['logement-hlm', 'part de logement HLM', '%', 100],
  ['logement-location', 'part de logement en location', '%', 100],
  ['caf-prestations-plus-50', "part d'allocataires CAF dont le revenu est constitué de plus de 50% de prestations sociales", '%', 60],
  ['caf-prestations-100', "part d'allocataires CAF dont le revenu est constitué à 100% de prestations sociales", '%', 40],
  ['caf-rsa', "Part d'allocataires CAF touchant le RSA", '%', 50],
  ['caf-rsa-socle', "Part d'allocataires CAF touchant le RSA socle", '%', 40],
  ['caf-allocation-logement', "Part d'allocataires CAF percevant une allocation logement", '%', 80],
  ['caf-aides-logement', "Part d'allocataires CAF percevant des aides personnelles au logement", '%', 80],
  ['entreprises', "Nb entreprises pour 1000h par rapport à l'ensemble des QPV régionaux", 'nombre', 60],
  ['creation-entreprises', "part de création d'entreprises dans l'ensemble des QPV régionaux", '%', 40],
  ['medecins-generalistes', 'Nb médecins généralistes pour 100000h', 'nombre', 150],
  ['structures-petite-enfance', 'Nb structures petite enfance 0-2 ans pour 1000h', 'nombre', 10],
];

export const PILIERS: [id: string, libelle: string][] = [
  ['cohesion-sociale', 'COHESION SOCIALE'],
  ['cadre-de-vie', 'CADRE DE VIE ET RENOUVELLEMENT URBAIN'],
  ['developpement-economique', 'DEVELOPPEMENT ECONOMIQUE ET EMPLOI'],
  ['egalite-des-chances', 'EGALITE DES CHANCES ET AXES TRANSVERSAUX'],
];

export const TRANCHES: [cle: string, part: number][] = [
  ['0-3', 0.055], ['4-5', 0.03], ['6-10', 0.07], ['11-14', 0.055], ['15-17', 0.04], ['18-25', 0.1], ['25-64', 0.47], ['65-74', 0.08], ['75+', 0.1],
];
