import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join, relative, resolve, sep } from 'node:path';
import type { z } from 'astro/zod';
import { glossaire, type Glossaire } from '../../schemas/glossaire.ts';
import { programme, quartier, territoire, verificationSources, type Programme, type Quartier, type Territoire, type VerificationSources } from '../../schemas/index.ts';
import { fusionnerGlossaires } from '../glossaire.ts';
import { attendu } from '../../schemas/messages.ts';
import { communeOfficielle, communesDuCodePostal, epciOfficiel } from '../communes-officielles.ts';
import type { Collection, Entree } from './collections.ts';
import { analyserYaml, lireYamlRapide, texteYaml } from './lire-yaml.ts';
import { cheminTexte, type Probleme } from './probleme.ts';
import { reglesGlossaire } from './regles-glossaire.ts';
import { cleLaPlusProche, clesDuBloc } from './schema-au-chemin.ts';
import { reglesProgrammes } from './regles-programmes.ts';
import { reglesQuartiers } from './regles-quartiers.ts';
import { reglesTerritoire } from './regles-territoire.ts';

export interface Contenu {
  quartiers: Entree<Quartier>[];
  programmes: Entree<Programme>[];
  /** territoire.yaml; undefined when missing or invalid (its problems are then listed). */
  territoire: Territoire | undefined;
  /** The general glossary with the territory's own; undefined when one of them is invalid (its problems are then listed). */
  glossaire: Glossaire | undefined;
  /** The record of the last `npm run verifier-sources`, when it ran. */
  verification?: VerificationSources;
}

export interface Resultat {
  contenu: Contenu;
  problemes: Probleme[];
}

export const collectionQuartiers: Collection<Quartier> = { dossier: 'quartiers', schema: quartier };
export const collectionProgrammes: Collection<Programme> = { dossier: 'programmes', schema: programme };

const EST_YAML = /\.ya?ml$/i;
export const FICHIER_TERRITOIRE = 'territoire.yaml';
/** The territory's own glossary, optional, at the root of its content folder. */
export const FICHIER_GLOSSAIRE = 'glossaire.yaml';
/** The general glossary, a file of the project (read from its root, where every script runs). */
export const GLOSSAIRE_COMMUN = 'referentiel/glossaire.yaml';

/** How problems name a file: its path from the project's root, with forward slashes. */
const nomDe = (projet: string, chemin: string) => relative(projet, chemin).split(sep).join('/');

/** Written by npm run verifier-sources beside territoire.yaml. */
export const FICHIER_VERIFICATION = 'verification-sources.json';

/** The record of the transcription check, if it ran; a damaged one is a problem (it is never written by hand). */
function chargerVerification(racine: string, projet: string, problemes: Probleme[]): VerificationSources | undefined {
  const chemin = join(racine, FICHIER_VERIFICATION);
  if (!existsSync(chemin)) return undefined;
  const fichier = nomDe(projet, chemin);
  const refaire = 'relancez npm run verifier-sources -- <dossier des documents>';
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(chemin, 'utf8'));
  } catch {
    problemes.push({ fichier, ligne: 1, chemin: '', message: `relevé illisible (JSON invalide) : ${refaire}` });
    return undefined;
  }
  const r = verificationSources.safeParse(data);
  if (!r.success) {
    problemes.push(...r.error.issues.map((i) => ({ fichier, ligne: 1, chemin: cheminTexte(i.path), message: `${i.message} : ${refaire}` })));
    return undefined;
  }
  return r.data;
}

/** One YAML file read and checked against `schema`; its problems name the file, the line and the field. */
function chargerFichier<T>(chemin: string, fichier: string, schema: z.ZodType<T>, problemes: Probleme[]): Entree<T> | undefined {
  const texte = texteYaml(fichier, readFileSync(chemin));
  if (Array.isArray(texte)) {
    problemes.push(...texte);
    return undefined;
  }
  // A valid file in the plain subset is read once, fast; any other file by the full parser, whose messages are the reference.
  const rapide = lireYamlRapide(fichier, texte);
  const valide = rapide && schema.safeParse(rapide.data);
  if (rapide && valide?.success) return { fichier, nomFichier: basename(chemin), data: valide.data, ligne: rapide.ligne };
  const lu = analyserYaml(fichier, texte);
  if (Array.isArray(lu)) {
    problemes.push(...lu);
    return undefined;
  }
  const r = schema.safeParse(lu.data);
  if (!r.success) {
    problemes.push(...problemesZod(fichier, lu, r.error, schema));
    return undefined;
  }
  return { fichier, nomFichier: basename(chemin), data: r.data, ligne: lu.ligne };
}

/** Reads and checks territoire.yaml at the root of the content folder; its problems name the file and the field. */
export function chargerTerritoire(racine: string, projet: string, problemes: Probleme[]): Territoire | undefined {
  const chemin = join(racine, FICHIER_TERRITOIRE);
  const fichier = nomDe(projet, chemin);
  if (!existsSync(chemin)) {
    problemes.push({ fichier, ligne: 1, chemin: '', message: 'fichier manquant : il nomme le territoire publié (nom, nom_court, epci, contrat, sources) ; npm run nouveau-territoire -- <SIREN> en écrit un, commenté' });
    return undefined;
  }
  const lu = chargerFichier(chemin, fichier, territoire, problemes);
  if (lu && !epciOfficiel(lu.data.epci)) {
    problemes.push({ fichier, ligne: lu.ligne(['epci']), chemin: 'epci', message: `aucun EPCI de SIREN « ${lu.data.epci} » dans la liste officielle (@etalab/decoupage-administratif) : vérifiez le numéro` });
    return undefined;
  }
  return lu?.data;
}

/**
 * Reads the general glossary (GLOSSAIRE_COMMUN, or `commun`) and the territory's own when its folder has one, checks
 * both and the rules between them, and returns them merged (undefined when one has problems, listed).
 */
export function chargerGlossaire(racine: string, projet: string, problemes: Probleme[], commun = resolve(GLOSSAIRE_COMMUN)): Glossaire | undefined {
  if (!existsSync(commun)) {
    problemes.push({ fichier: nomDe(projet, commun), ligne: 1, chemin: '', message: `fichier manquant : le glossaire commun du projet (${GLOSSAIRE_COMMUN}) ; lancez la commande depuis la racine du projet` });
    return undefined;
  }
  const general = chargerFichier(commun, nomDe(projet, commun), glossaire, problemes);
  const chemin = join(racine, FICHIER_GLOSSAIRE);
  const propre = existsSync(chemin) ? chargerFichier(chemin, nomDe(projet, chemin), glossaire, problemes) : undefined;
  if (!general || (existsSync(chemin) && !propre)) return undefined;
  if (propre) {
    const regles = reglesGlossaire(general.data, propre);
    problemes.push(...regles);
    if (regles.length) return undefined;
  }
  return fusionnerGlossaires(general.data, propre?.data);
}

function fichiersYaml(dossier: string): string[] {
  const trouves: string[] = [];
  for (const e of readdirSync(dossier, { withFileTypes: true })) {
    const chemin = join(dossier, e.name);
    if (e.isDirectory()) trouves.push(...fichiersYaml(chemin));
    else if (EST_YAML.test(e.name)) trouves.push(chemin);
  }
  return trouves.sort();
}

/** What a block or a list must look like, for the structure errors the schemas leave to Zod's English default. */
const structures: Record<string, string> = {
  object: 'un bloc de clés, une ligne « clé: valeur » indentée par champ',
  array: 'une liste, une ligne « - … » par élément',
};

function messageStructure(issue: z.core.$ZodIssue, data: unknown, schema: z.ZodType): string {
  const quoi = issue.code === 'invalid_type' && issue.message.startsWith('Invalid input') ? structures[issue.expected] : undefined;
  const trouve = issue.path.reduce<unknown>((v, cle) => (v !== null && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[cle] : undefined), data);
  if (quoi && issue.code === 'invalid_type' && issue.expected === 'object') {
    // A block: name the keys it must hold, so that a missing `source` says « document » and « page ».
    const { obligatoires } = clesDuBloc(schema, issue.path);
    const nom = issue.path.at(-1);
    const cles = obligatoires.map((c) => `« ${c}: … »`).join(', ');
    if (trouve === undefined && typeof nom === 'string' && obligatoires.length) {
      return `champ obligatoire manquant : un bloc ${nom}, écrit « ${nom}: » sur sa ligne puis, dessous, indentées de deux espaces, ${cles}`;
    }
    return `${attendu(quoi)({ input: trouve })}${obligatoires.length ? ` ; ses clés obligatoires : ${cles}` : ''}`;
  }
  if (quoi) return attendu(quoi)({ input: trouve });
  const cle = issue.path.at(-1);
  if (issue.code === 'too_small' && issue.origin === 'string' && typeof cle === 'string' && !clesDuBloc(schema, issue.path.slice(0, -1)).obligatoires.includes(cle)) {
    return `${issue.message} ; ce champ est facultatif : vous pouvez aussi retirer la ligne`;
  }
  return issue.message;
}

/** Turns Zod issues into located problems; an unknown key is pointed at itself, with the nearest known key. */
export function problemesZod(fichier: string, lu: { data: unknown; ligne(chemin: readonly PropertyKey[]): number }, erreur: z.ZodError, schema: z.ZodType): Probleme[] {
  return erreur.issues.flatMap((issue): Probleme[] => {
    if (issue.code === 'unrecognized_keys') {
      const { toutes } = clesDuBloc(schema, issue.path);
      return issue.keys.map((cle) => {
        const chemin = [...issue.path, cle];
        const proche = cleLaPlusProche(cle, toutes);
        const conseil = proche ? `vouliez-vous dire « ${proche} » ?` : `corrigez son orthographe ou retirez-la ; les clés possibles ici : ${toutes.join(', ')}`;
        return { fichier, ligne: lu.ligne(chemin), chemin: cheminTexte(chemin), message: `clé inconnue « ${cle} » : ${conseil}` };
      });
    }
    return [{ fichier, ligne: lu.ligne(issue.path), chemin: cheminTexte(issue.path), message: messageStructure(issue, lu.data, schema) }];
  });
}

function chargerCollection<T>(projet: string, collection: Collection<T>, fichiers: string[], problemes: Probleme[]): Entree<T>[] {
  return fichiers.flatMap((chemin) => chargerFichier(chemin, nomDe(projet, chemin), collection.schema, problemes) ?? []);
}

/**
 * Reads every YAML file under `racine`, applies the schemas and the cross-file rules,
 * and returns every problem of every file at once (never throws on bad content).
 */
export function validerContenu(racine: string, projet = process.cwd()): Resultat {
  const problemes: Probleme[] = [];
  const collections: Collection<unknown>[] = [collectionQuartiers, collectionProgrammes];
  const parDossier = new Map<string, string[]>(collections.map((c) => [c.dossier, []]));
  const leTerritoire = chargerTerritoire(racine, projet, problemes);
  const leGlossaire = chargerGlossaire(racine, projet, problemes);
  for (const chemin of fichiersYaml(racine)) {
    if (relative(racine, chemin) === FICHIER_TERRITOIRE || relative(racine, chemin) === FICHIER_GLOSSAIRE) continue;
    const dossier = relative(racine, chemin).split(sep)[0] ?? '';
    const liste = parDossier.get(dossier);
    if (liste) liste.push(chemin);
    else {
      problemes.push({
        fichier: nomDe(projet, chemin),
        ligne: 1,
        chemin: '',
        message: `fichier hors des dossiers connus (${collections.map((c) => `${racine}/${c.dossier}/`).join(', ')}) : déplacez-le ou retirez-le`,
      });
    }
  }
  const quartiers = chargerCollection(projet, collectionQuartiers, parDossier.get('quartiers') ?? [], problemes);
  problemes.push(...reglesQuartiers(quartiers, (code) => communeOfficielle(code) !== undefined, communesDuCodePostal));
  const programmes = chargerCollection(projet, collectionProgrammes, parDossier.get('programmes') ?? [], problemes);
  // Codes are read from the validated fiches; a fiche with errors already has its own problems listed.
  const codes = new Set(quartiers.map((e) => e.data.code));
  problemes.push(...reglesProgrammes(programmes, (code) => codes.has(code)));
  // A territory file with problems has them listed already; its rules wait until it is valid.
  const epci = leTerritoire && epciOfficiel(leTerritoire.epci);
  if (leTerritoire && epci) problemes.push(...reglesTerritoire(leTerritoire, epci, quartiers, programmes, (code) => communeOfficielle(code)?.nom, communesDuCodePostal));
  const verification = chargerVerification(racine, projet, problemes);
  return { contenu: { quartiers, programmes, territoire: leTerritoire, glossaire: leGlossaire, ...(verification && { verification }) }, problemes };
}
