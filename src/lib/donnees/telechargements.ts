// Every downloadable file of /donnees/, with its exact body: written by the build's validation process, served by the
// endpoints otherwise (astro dev); the Data Package and the DCAT catalogue give the size and hash of the bytes made,
// so the metadata always match the files.
import { createHash } from 'node:crypto';
import { closeSync, mkdirSync, openSync, writeSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { FICHIER_CONTENU_VALIDE, lireListeTelechargements } from '../site/contenu-valide.ts';
import { reglages } from '../../site.config.ts';
import { lien, urlAbsolue } from '../site/liens.ts';
import { sourcesCitees, territoireDeclare } from '../site/territoire.ts';
import { la } from '../elision.ts';
import type { Modele } from '../site/modele.ts';
import { LICENCE, quartierPublie, schemaGlossaire, schemaQuartier, schemaTerritoire } from './exports.ts';
import { descriptions, fichiers } from './fichiers.ts';
import { attribution, typesDeProgrammes } from './metadonnees.ts';
import { schemaTable } from './schema-table.ts';
import { csvDe, tableauEquipements, tableauQuartiers, type Tableau } from './tableaux.ts';

export interface Telechargement {
  /** Resource name in datapackage.json. */
  nom: string;
  /** Path under the base, e.g. "donnees/quartiers.csv". */
  chemin: string;
  titre: string;
  description: string;
  format: 'csv' | 'json';
  /** Media type without parameters (the files are all UTF-8). */
  typeMedia: string;
  /** Path of the schema the file follows: the JSON Schema of a fiche, or the Data Package for a CSV file. */
  conformeA?: string;
  /** Table Schema of a CSV file. */
  schema?: ReturnType<typeof schemaTable>;
  /** Size in bytes of the file, and its SHA-256: the Data Package, the DCAT catalogue and the Données page give them. */
  octets: number;
  sha256: string;
}

/** A download before it is written: its description, and its text in pieces, made as they are read. */
type AEcrire = Omit<Telechargement, 'octets' | 'sha256'> & { morceaux: () => Iterable<string> };

/**
 * The text of `JSON.stringify({ ...objet, [cle]: [...elements] }, null, 2)`, an element at a time: the file of all the
 * fiches (41 MB at 1,500) is never held whole.
 */
export function* jsonAvecListe(objet: object, cle: string, elements: Iterable<unknown>): Generator<string> {
  const vide = JSON.stringify({ ...objet, [cle]: [] }, null, 2);
  // The list is the last value: its « [] » is the last one of the text.
  const liste = vide.lastIndexOf('[]');
  yield vide.slice(0, liste + 1);
  let avant = '';
  for (const e of elements) {
    // An element's lines two levels in; a string of JSON holds no line break of its own.
    yield `${avant}\n    ${JSON.stringify(e, null, 2).replaceAll('\n', '\n    ')}`;
    avant = ',';
  }
  yield `${avant ? '\n  ' : ''}]${vide.slice(liste + 2)}`;
}

const json = (valeur: unknown) => () => [JSON.stringify(valeur, null, 2)];

function* aEcrire(m: Modele): Generator<AEcrire> {
  const { territoire } = m;
  const commun = { licence: LICENCE, attribution: attribution(m.territoire), genere_le: reglages.construitLe };
  const schema = (nom: string, f: 'schema' | 'schemaTerritoire' | 'schemaGlossaire', genere: (id: string) => object): AEcrire => {
    const chemin = lien(fichiers[f].chemin);
    return { nom, ...fichiers[f], format: 'json', typeMedia: 'application/schema+json', morceaux: json(genere(urlAbsolue(chemin) ?? chemin)) };
  };
  const csv = <L>(f: 'quartiersCsv' | 'equipementsCsv', tableau: Tableau<L>): AEcrire => ({
    nom: tableau.nom, ...fichiers[f], format: 'csv', typeMedia: 'text/csv', morceaux: () => csvDe(tableau, m), schema: schemaTable(tableau), conformeA: descriptions.paquet.chemin,
  });
  yield {
    nom: 'fiches',
    ...fichiers.quartiersJson,
    format: 'json',
    typeMedia: 'application/json',
    conformeA: fichiers.schema.chemin,
    morceaux: () => jsonAvecListe({ titre: `Fiches des quartiers prioritaires de ${la(territoire.nom)}`, source: territoire.titreSource, ...commun }, 'quartiers', m.quartiers.map(quartierPublie)),
  };
  yield csv('quartiersCsv', tableauQuartiers(territoire));
  yield csv('equipementsCsv', tableauEquipements);
  // A territory without programmes publishes no empty file of them.
  if (m.programmes.length) {
    yield {
      nom: 'programmes',
      ...fichiers.programmesJson,
      format: 'json',
      typeMedia: 'application/json',
      morceaux: json({
        titre: `Programmes (${typesDeProgrammes(m).join(', ')}) des quartiers prioritaires de ${la(territoire.nom)}`,
        sources: sourcesCitees(territoire, m.programmes).map((s) => s.titre),
        ...commun,
        programmes: m.programmes,
      }),
    };
  }
  yield { nom: 'territoire', ...fichiers.territoire, format: 'json', typeMedia: 'application/json', conformeA: fichiers.schemaTerritoire.chemin, morceaux: json(territoireDeclare(territoire)) };
  yield schema('schema-quartier', 'schema', schemaQuartier);
  yield schema('schema-territoire', 'schemaTerritoire', schemaTerritoire);
  yield schema('schema-glossaire', 'schemaGlossaire', schemaGlossaire);
  for (const q of m.quartiers) {
    yield {
      nom: `fiche-${q.slug}`,
      chemin: `donnees/quartiers/${q.slug}.json`,
      titre: `Fiche ${q.nom} (${q.code})`,
      description: `La fiche complète du quartier ${q.code}, conforme au schéma d’une fiche.`,
      format: 'json',
      typeMedia: 'application/json',
      conformeA: fichiers.schema.chemin,
      morceaux: json(quartierPublie(q)),
    };
  }
}

/** About 64 KB of text converted and written at a time: a CSV comes a line at a time. */
const LOT = 1 << 16;

/** Turns a download's text into bytes, a batch of pieces at a time, each handed to `ecrire`: its description with size and hash. */
function octetsDe({ morceaux, ...t }: AEcrire, ecrire: (octets: Buffer) => void): Telechargement {
  const hash = createHash('sha256');
  let octets = 0;
  let lot = '';
  const vider = () => {
    const b = Buffer.from(lot, 'utf8');
    hash.update(b);
    octets += b.byteLength;
    ecrire(b);
    lot = '';
  };
  for (const texte of morceaux()) {
    lot += texte;
    if (lot.length >= LOT) vider();
  }
  if (lot) vider();
  return { ...t, octets, sha256: hash.digest('hex') };
}

/**
 * Writes every download under `racine`, at its path (the build's validation process, scripts/valider-pour-build.ts:
 * Astro's process, the build's longest, then neither makes nor holds them). Returns their descriptions.
 */
export function ecrireTelechargements(racine: string, m: Modele): Telechargement[] {
  return [...aEcrire(m)].map((t) => {
    const chemin = join(racine, t.chemin);
    mkdirSync(dirname(chemin), { recursive: true });
    const fd = openSync(chemin, 'w');
    try {
      return octetsDe(t, (b) => writeSync(fd, b));
    } finally {
      closeSync(fd);
    }
  });
}

/** The downloads with their bytes, made once per model, where no build wrote them (astro dev, tests). */
const enMemoire = new WeakMap<Modele, (Telechargement & { corps: Buffer })[]>();

function telechargementsEnMemoire(m: Modele): (Telechargement & { corps: Buffer })[] {
  let liste = enMemoire.get(m);
  if (!liste) {
    liste = [...aEcrire(m)].map((t) => {
      const morceaux: Buffer[] = [];
      const decrit = octetsDe(t, (b) => morceaux.push(b));
      return { ...decrit, corps: Buffer.concat(morceaux) };
    });
    enMemoire.set(m, liste);
  }
  return liste;
}

let ecrits: Telechargement[] | undefined;

/** Every download of the site, described: in a build, as its validation process wrote them; else made here. */
export function telechargements(m: Modele): Telechargement[] {
  const fichier = process.env[FICHIER_CONTENU_VALIDE];
  if (!fichier) return telechargementsEnMemoire(m);
  ecrits ??= lireListeTelechargements(fichier);
  return ecrits;
}

/** The downloads Astro itself serves, with their bytes: none in a build (scripts/build.ts puts the written files in the site), all of them otherwise. */
export const corpsTelechargements = (m: Modele): (Telechargement & { corps: Buffer })[] => (process.env[FICHIER_CONTENU_VALIDE] ? [] : telechargementsEnMemoire(m));

export function reponse(t: { corps: string | Uint8Array<ArrayBuffer>; typeMedia: string }): Response {
  return new Response(t.corps, { headers: { 'Content-Type': `${t.typeMedia}; charset=utf-8` } });
}
