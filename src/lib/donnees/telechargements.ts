// Every downloadable file of /donnees/, with its exact body: the endpoints serve these bodies, and the
// Data Package and the DCAT catalogue give their size and hash, so the metadata always match the files.
import { createHash } from 'node:crypto';
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
  /**
   * The file's bytes (UTF-8), held for the whole build: outside V8's heap, where the string of a text with a « ’ » in
   * it takes two bytes a character (at 1,500 fiches, 92 MB of files), and written as they are.
   */
  corps: Buffer<ArrayBuffer>;
  /** Path of the schema the file follows: the JSON Schema of a fiche, or the Data Package for a CSV file. */
  conformeA?: string;
  /** Table Schema of a CSV file. */
  schema?: ReturnType<typeof schemaTable>;
}

const json = (valeur: unknown) => Buffer.from(JSON.stringify(valeur, null, 2), 'utf8');

function calculer(m: Modele): Telechargement[] {
  const { territoire } = m;
  const commun = { licence: LICENCE, attribution: attribution(m.territoire), genere_le: reglages.construitLe };
  const schema = (nom: string, f: 'schema' | 'schemaTerritoire' | 'schemaGlossaire', genere: (id: string) => object) => {
    const chemin = lien(fichiers[f].chemin);
    return { nom, ...fichiers[f], format: 'json' as const, typeMedia: 'application/schema+json', corps: json(genere(urlAbsolue(chemin) ?? chemin)) };
  };
  const csv = <L>(f: 'quartiersCsv' | 'equipementsCsv', tableau: Tableau<L>) => ({
    nom: tableau.nom, ...fichiers[f], format: 'csv' as const, typeMedia: 'text/csv', corps: Buffer.from(csvDe(tableau, m), 'utf8'), schema: schemaTable(tableau), conformeA: descriptions.paquet.chemin,
  });
  return [
    {
      nom: 'fiches',
      ...fichiers.quartiersJson,
      format: 'json',
      typeMedia: 'application/json',
      conformeA: fichiers.schema.chemin,
      corps: json({
        titre: `Fiches des quartiers prioritaires de ${la(territoire.nom)}`,
        source: territoire.titreSource,
        ...commun,
        quartiers: m.quartiers.map(quartierPublie),
      }),
    },
    csv('quartiersCsv', tableauQuartiers(territoire)),
    csv('equipementsCsv', tableauEquipements),
    // A territory without programmes publishes no empty file of them.
    ...(m.programmes.length
      ? [
          {
            nom: 'programmes',
            ...fichiers.programmesJson,
            format: 'json' as const,
            typeMedia: 'application/json',
            corps: json({
              titre: `Programmes (${typesDeProgrammes(m).join(', ')}) des quartiers prioritaires de ${la(territoire.nom)}`,
              sources: sourcesCitees(territoire, m.programmes).map((s) => s.titre),
              ...commun,
              programmes: m.programmes,
            }),
          },
        ]
      : []),
    {
      nom: 'territoire',
      ...fichiers.territoire,
      format: 'json',
      typeMedia: 'application/json',
      conformeA: fichiers.schemaTerritoire.chemin,
      corps: json(territoireDeclare(territoire)),
    },
    schema('schema-quartier', 'schema', schemaQuartier),
    schema('schema-territoire', 'schemaTerritoire', schemaTerritoire),
    schema('schema-glossaire', 'schemaGlossaire', schemaGlossaire),
    ...m.quartiers.map((q) => ({
      nom: `fiche-${q.slug}`,
      chemin: `donnees/quartiers/${q.slug}.json`,
      titre: `Fiche ${q.nom} (${q.code})`,
      description: `La fiche complète du quartier ${q.code}, conforme au schéma d’une fiche.`,
      format: 'json' as const,
      typeMedia: 'application/json',
      conformeA: fichiers.schema.chemin,
      corps: json(quartierPublie(q)),
    })),
  ];
}

const calcules = new WeakMap<Modele, Telechargement[]>();

/** Computed once per model (each endpoint asks for its own file). */
export function telechargements(m: Modele): Telechargement[] {
  let liste = calcules.get(m);
  if (!liste) calcules.set(m, (liste = calculer(m)));
  return liste;
}

export function telechargement(m: Modele, chemin: string): Telechargement {
  const t = telechargements(m).find((x) => x.chemin === chemin);
  if (!t) throw new Error(`téléchargement inconnu : ${chemin}`);
  return t;
}

const empreintes = new WeakMap<Pick<Telechargement, 'corps'>, { octets: number; sha256: string }>();

/**
 * Size and SHA-256 of a file, computed once: the Data Package, the DCAT catalogue and the Données page each list them
 * (at 1,500 fiches, 92 MB hashed two or three times over).
 */
export function empreinte(t: Pick<Telechargement, 'corps'>): { octets: number; sha256: string } {
  let e = empreintes.get(t);
  if (!e) {
    empreintes.set(t, (e = { octets: t.corps.byteLength, sha256: createHash('sha256').update(t.corps).digest('hex') }));
  }
  return e;
}

export function reponse(t: { corps: string | Uint8Array<ArrayBuffer>; typeMedia: string }): Response {
  return new Response(t.corps, { headers: { 'Content-Type': `${t.typeMedia}; charset=utf-8` } });
}
