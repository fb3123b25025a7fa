// Synthetic quartiers for the benchmark: the shape and size of the real fiches (20 KB of YAML each), seeded, so
// that the same N and seed give the same files. See docs/benchmarks.md, « The synthetic fiches ».
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { slug } from '../../src/lib/format.ts';
import { hasard } from '../../src/lib/hasard.ts';
import { communesReelles, corpus, epciSynthetique, INDICATEURS, LIEUX, MOTS_LIEUX, NOMS, PILIERS, PRENOMS, TRANCHES, TYPES_EQUIPEMENTS, VOIES, type CommuneRef } from './vocabulaire.ts';

export const GRAINE = 20150101;

export interface EquipementGenere {
  id: string;
  nom: string;
  commune: string;
  [cle: string]: unknown;
}

export interface FicheGeneree {
  /** File name: the code in lower case. */
  nom: string;
  texte: string;
  fiche: { code: string; communes: string[]; carroyage: { individus_menages: number; tranches: Record<string, number> }; diagnostics: Record<string, unknown>[]; equipements: EquipementGenere[]; [cle: string]: unknown };
}

/** The N fiches QP900001…, one at a time (5,000 of them need not be held at once). */
export function* fichesSynthetiques(n: number, graine = GRAINE): Generator<FicheGeneree> {
  const r = hasard(graine);
  const mots = corpus();
  const toutes = communesReelles();
  // Shuffle, then keep about one commune for three quartiers, as in the real agglomeration.
  for (let i = toutes.length - 1; i > 0; i--) {
    const j = Math.floor(r.suivant() * (i + 1));
    [toutes[i], toutes[j]] = [toutes[j]!, toutes[i]!];
  }
  const communes = toutes.slice(0, Math.min(toutes.length, Math.max(3, Math.ceil(n / 3))));
  const ids = new Set<string>();
  const reserveParCommune = new Map<string, { eq: EquipementGenere; usages: number }[]>();

  /** A word with one letter misread, as the OCR does: the vocabulary grows with N, as it would. */
  const malLu = (m: string) => {
    const p = r.entier(1, m.length - 2);
    const lettre = String.fromCharCode((m === m.toUpperCase() ? 65 : 97) + r.entier(0, 25));
    return m.slice(0, p) + lettre + m.slice(p + 1);
  };
  /** A run of real words, with the occasional misread word. */
  const phrase = (min: number, max: number) => {
    const cible = r.entier(min, max);
    const sortie: string[] = [];
    while (sortie.length < cible) {
      const debut = r.entier(0, mots.length - 1);
      for (let k = 0; k < r.entier(3, 8) && sortie.length < cible; k++) {
        const m = mots[(debut + k) % mots.length]!;
        sortie.push(m.length > 4 && r.vrai(0.02) ? malLu(m) : m);
      }
    }
    const t = sortie.join(' ');
    return t.charAt(0).toUpperCase() + t.slice(1);
  };
  const textes = (min: number, max: number) => Array.from({ length: r.entier(min, max) }, () => phrase(4, 24));
  const personne = () => `${r.choisir(PRENOMS)} ${r.choisir(NOMS)}`;
  const idUnique = (base: string) => {
    let id = base;
    for (let k = 2; ids.has(id); k++) id = `${base}-${k}`;
    ids.add(id);
    return id;
  };
  const nouvelEquipement = (commune: CommuneRef): EquipementGenere => {
    const [prefixe, domaine, type] = r.choisir(TYPES_EQUIPEMENTS);
    const nom = r.vrai(0.75) ? `${prefixe} ${r.vrai(0.5) ? personne() : r.choisir(NOMS)}` : prefixe;
    const eq: EquipementGenere = { id: idUnique(slug(`${nom} ${commune.nom}`)), nom, commune: commune.code, domaine };
    if (r.vrai(0.4)) eq['adresse'] = `${r.entier(1, 180)} ${r.choisir(VOIES)} ${personne()}`;
    if (r.vrai(0.08)) eq['nature'] = phrase(2, 5);
    if (type && r.vrai(0.6)) eq['type_bpe'] = type;
    if (r.vrai(0.03)) eq['nombre'] = r.entier(2, 6);
    if (r.vrai(0.12)) eq['elements'] = Array.from({ length: r.entier(2, 5) }, () => phrase(1, 4));
    if (r.vrai(0.2)) eq['perimetre'] = r.choisir(['dans', 'limite', 'hors']);
    if (r.vrai(0.05)) eq['en_projet'] = true;
    eq['rubrique_source'] = r.choisir(['Liste des équipements rattachés', 'Équipements structurants', 'Équipements de proximité']);
    if (r.vrai(0.05)) eq['note'] = phrase(4, 12);
    if (r.vrai(0.05)) eq['remarque'] = `Nom lu sur la carte : ${phrase(3, 8)}`;
    return eq;
  };

  /** One diagnostic table: 4 pillars of 2 to 10 items per column, or (8 %) a badly read table kept row by row. */
  const diagnostic = (commune: CommuneRef, page: number) => {
    if (r.vrai(0.08)) {
      const lignes = PILIERS.map(([pilier, libelle]) => ({
        libelle_source: libelle.split(' ').map((m) => (m.length > 4 && r.vrai(0.3) ? malLu(m) : m)).join(' '),
        ...(r.vrai(0.5) ? { pilier } : {}),
        cellules: Array.from({ length: r.entier(1, 3) }, () => textes(0, 8)),
      }));
      const remarque = 'Tableau brouillé par la numérisation : en-têtes de colonnes absents, cellules décalées.';
      return { commune: commune.code, mal_lu: { structure: 'incertaine', page, lignes, remarque } };
    }
    return {
      commune: commune.code,
      colonnes_source: ['Piliers', 'Atouts', 'Faiblesses', 'Perspectives sur la durée du Contrat'],
      piliers: PILIERS.map(([pilier, libelle]) => ({
        pilier,
        libelle_source: libelle,
        atouts: textes(2, 10),
        faiblesses: textes(2, 10),
        perspectives: textes(2, 10),
        ...(r.vrai(0.15) ? { remarque: `Cellule coupée en deux pages : ${phrase(4, 12)}` } : {}),
      })),
    };
  };

  for (let i = 1; i <= n; i++) {
    const code = `QP9${String(i).padStart(5, '0')}`;
    const nbCommunes = r.vrai(0.8) ? 1 : r.vrai(0.75) ? 2 : 3;
    const siennes: CommuneRef[] = [communes[(i - 1) % communes.length]!];
    while (siennes.length < Math.min(nbCommunes, communes.length)) {
      const c = r.choisir(communes);
      if (!siennes.includes(c)) siennes.push(c);
    }
    const population = r.entier(1000, 9000);
    const individus = Math.round(population * (1 + r.suivant() * 0.3));
    const tranches: Record<string, number> = {};
    let reste = individus;
    for (const [cle, part] of TRANCHES.slice(0, -1)) {
      tranches[cle] = Math.max(0, Math.round(individus * part * (0.7 + r.suivant() * 0.6)));
      reste -= tranches[cle]!;
    }
    if (reste < 0) {
      // Rare: take the excess off the 25-64 bracket so that the last one stays positive and the sum exact.
      tranches['25-64'] = tranches['25-64']! + reste;
      reste = 0;
    }
    tranches['75+'] = reste;

    const indicateurs = INDICATEURS.map(([id, libelle, unite, haut]) => {
      const suffixe = unite === '%' ? '%' : '';
      if (r.vrai(0.08)) {
        const min = r.entier(1, haut / 2);
        return { id, libelle, valeur: `plus de ${min}${suffixe}`, min, unite };
      }
      const pas = unite === '%' ? 5 : Math.max(1, Math.round(haut / 10));
      const min = pas * r.entier(0, Math.floor(haut / pas) - 1);
      const max = min + pas * r.entier(1, 2);
      return { id, libelle, valeur: `${min} à ${max}${suffixe}`, min, max, unite };
    });

    // A page of a printed document (at most 2,000 for the schema): past 1,900 fiches, numbers come round again.
    const page = 21 + ((i - 1) % 1900);
    const diagnostics = siennes.slice(0, 2).map((c) => diagnostic(c, page));

    // 20 to 60 équipements; about one in five is shared with other quartiers of the same commune (same id, name, commune).
    const equipements: EquipementGenere[] = [];
    const pris = new Set<string>();
    for (let k = 0, total = r.entier(20, 60); k < total; k++) {
      const commune = r.vrai(0.85) ? siennes[0]! : r.choisir(siennes);
      const reserve = reserveParCommune.get(commune.code) ?? [];
      reserveParCommune.set(commune.code, reserve);
      let eq: EquipementGenere | undefined;
      if (r.vrai(0.2)) {
        const libres = reserve.filter((x) => x.usages < 4 && !pris.has(x.eq.id));
        if (libres.length && r.vrai(0.7)) {
          const x = r.choisir(libres);
          x.usages++;
          eq = x.eq;
        } else {
          eq = nouvelEquipement(commune);
          reserve.push({ eq, usages: 1 });
        }
      } else eq = nouvelEquipement(commune);
      pris.add(eq.id);
      equipements.push(eq);
    }

    const fiche = {
      code,
      nom: r.vrai(0.5) ? `${r.choisir(LIEUX)} ${r.choisir(MOTS_LIEUX)}` : `${r.choisir(LIEUX)} ${r.choisir(NOMS)}`,
      communes: siennes.map((c) => c.code),
      communes_source: siennes.map((c) => c.nom).join(' / '),
      population,
      revenu_fiscal_median: r.entier(70, 140) * 100,
      npnru: r.vrai(0.25) ? 'national' : false,
      source: { document: 'contrat-de-ville-2015-2020', page, titre: `${code} - synthétique` },
      carroyage: { individus_menages: individus, tranches },
      indicateurs,
      diagnostics,
      equipements,
      remarques: Array.from({ length: r.entier(1, 3) }, () => ({ remarque: `Fiche synthétique de banc d'essai : ${phrase(6, 20)}` })),
    };
    const texte = `# Fiche synthétique (npm run bench), graine ${graine}.\n${stringify(fiche, { lineWidth: 0 })}`;
    yield { nom: `${code.toLowerCase()}.yaml`, texte, fiche };
  }
}

const TERRITOIRE_SYNTHETIQUE = () => `# Territoire synthétique (npm run bench).
nom: "${epciSynthetique().nom}"
nom_court: "Banc d'essai"
epci: "${epciSynthetique().code}"
contrat:
  titre: "Contrat de Ville 2015-2020"
  population: "RFL 2011"
  seuil_bas_revenu: 11250
${stringify({
  // The synthetic fiches' model: their axes and indicators, as they write them.
  ages: { titre: 'Âges', effectif: 'individus des ménages' },
  diagnostic: { titre: 'Diagnostic', colonnes: { atouts: 'Atouts', faiblesses: 'Faiblesses', perspectives: 'Perspectives' }, axes: PILIERS.map(([id, libelle]) => ({ id, libelle })) },
  indicateurs: { titre: 'Indicateurs', liste: INDICATEURS.map(([id, libelle, unite]) => ({ id, libelle, unite })) },
})}sources:
  - id: contrat-de-ville-2015-2020
    titre: "Contrat de Ville 2015-2020 (fiches synthétiques de banc d'essai)"
    scanne: true
`;

/** Writes the N fiches into `dossier`: their total size, and the names of the first quartier and its commune (for search queries). */
export function genererQuartiers(n: number, dossier: string, graine = GRAINE): { octets: number; quartier: string; commune: string } {
  mkdirSync(dossier, { recursive: true });
  // The synthetic fiches come with their own territory file, at the root of their content folder.
  writeFileSync(join(dossier, '..', 'territoire.yaml'), TERRITOIRE_SYNTHETIQUE());
  const ecrit = { octets: 0, quartier: '', commune: '' };
  for (const { nom, texte, fiche } of fichesSynthetiques(n, graine)) {
    writeFileSync(join(dossier, nom), texte);
    ecrit.octets += Buffer.byteLength(texte);
    if (!ecrit.quartier) Object.assign(ecrit, { quartier: fiche['nom'], commune: String(fiche['communes_source']).split(' / ')[0] });
  }
  return ecrit;
}
