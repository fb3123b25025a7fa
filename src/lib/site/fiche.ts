// What a fiche page says in words and groups for the eye, computed from the data (pure, tested).
import { anneesDuContrat, generationDuCode, type Diagnostic, type DomaineBpe, type Equipement, type Indicateur, type LigneMalLue, type ModeleDiagnostic, type Territoire } from '../../schemas/index.ts';
import type { Contact } from '../../schemas/environnement.ts';
import { dateEnFrancais } from './impression.ts';
import { minuscule, nombre } from '../format.ts';
import { listesQpv } from '../libelles.ts';
import type { TerritoireVue } from './territoire.ts';
import { sansAccents as plier } from '../recherche/texte.ts';
import { parDomaine } from './modele.ts';
import { titreTableauCommune } from './ancres.ts';
import { de } from '../elision.ts';

/**
 * What a rank means, not a medal: « le plus bas des 21 quartiers », « le 3e plus élevé des 21 quartiers ».
 * `rang` counts from the lowest value (1 = lowest); the nearer end of the scale is the one named.
 */
export function rangEnMots(rang: number, total: number, mots: { bas: string; haut: string } = { bas: 'bas', haut: 'élevé' }): string {
  const depuisLeHaut = total - rang + 1;
  const [n, sens] = rang <= depuisLeHaut ? [rang, mots.bas] : [depuisLeHaut, mots.haut];
  return `le ${n === 1 ? '' : `${n}e `}plus ${sens} des ${nombre(total)} quartiers`;
}

/** « 25 à 30 % », « plus de 85 % », « 0 » in French typography; the data keeps the printed « 25 à 30% ». */
export function fourchetteEnMots(i: Pick<Indicateur, 'min' | 'max' | 'unite'>): string {
  const u = i.unite === '%' ? '\u00a0%' : '';
  if (i.max === undefined) return `plus de ${nombre(i.min)}${u}`;
  if (i.max === i.min) return `${nombre(i.min)}${u}`;
  return `${nombre(i.min)} à ${nombre(i.max)}${u}`;
}

/** The five tick values of a scale from `debut` to `fin`. */
export function graduations(fin: number, debut = 0): number[] {
  return [0, 1, 2, 3, 4].map((k) => debut + ((fin - debut) * k) / 4);
}

export interface Repetition {
  texte: string;
  /** How many times in a row the source printed it. */
  fois: number;
  /** Numbers the OCR put in front of each copy (« 5. », « 6. »…), first and last. */
  numeros?: [number, number];
}

const NUMERO = /^(\d+)\.\s+/;

/**
 * Consecutive texts printed again and again (the OCR looping « 5. Appuyer… » to « 100. Appuyer… ») shown once with their
 * count: the data keeps every copy, the reader gets the text once and is told how often it was printed.
 */
export function regrouperRepetitions(textes: readonly string[]): Repetition[] {
  const groupes: { premier: string; corps: string; numeros?: [number, number]; fois: number }[] = [];
  for (const t of textes) {
    const m = NUMERO.exec(t);
    const corps = m ? t.slice(m[0].length) : t;
    const numero = m ? Number(m[1]) : undefined;
    const g = groupes.at(-1);
    const memeSuite = g && g.corps === corps && (numero === undefined ? !g.numeros : g.numeros?.[1] === numero - 1);
    if (g && memeSuite) {
      g.fois++;
      if (g.numeros && numero !== undefined) g.numeros[1] = numero;
    } else groupes.push({ premier: t, corps, fois: 1, ...(numero !== undefined ? { numeros: [numero, numero] as [number, number] } : {}) });
  }
  // A text printed once stays exactly as printed, number included.
  return groupes.map((g) => (g.fois === 1 ? { texte: g.premier, fois: 1 } : { texte: g.corps, fois: g.fois, ...(g.numeros ? { numeros: g.numeros } : {}) }));
}

/** Rows of a badly read table, identical consecutive rows shown once with the number of times they were printed. */
export function regrouperLignes(lignes: readonly LigneMalLue[]): { ligne: LigneMalLue; numero: number; fois: number }[] {
  const groupes: { ligne: LigneMalLue; numero: number; fois: number; cle: string }[] = [];
  lignes.forEach((ligne, k) => {
    const cle = JSON.stringify([ligne.libelle_source, ligne.pilier, ligne.cellules]);
    const dernier = groupes.at(-1);
    if (dernier && dernier.cle === cle) dernier.fois++;
    else groupes.push({ ligne, numero: k + 1, fois: 1, cle });
  });
  return groupes.map(({ ligne, numero, fois }) => ({ ligne, numero, fois }));
}

/**
 * Équipements by the source's list, in the order the source gives them, then by BPE domain (A→G): a list spread over
 * several domains is named once, above its domains, rather than as the same heading in each of them.
 */
export function parRubriqueEtDomaine<T extends Pick<Equipement, 'domaine' | 'rubrique_source'>>(items: readonly T[]): [string | undefined, [DomaineBpe, T[]][]][] {
  const rubriques = new Map<string | undefined, T[]>();
  for (const item of items) rubriques.set(item.rubrique_source, [...(rubriques.get(item.rubrique_source) ?? []), item]);
  return [...rubriques.entries()].map(([rubrique, liste]) => [rubrique, parDomaine(liste)]);
}


/**
 * Where « Signaler une erreur » leads: a message to the publisher prefilled with the quartier, the page and a template;
 * the publisher's own form when the contact is a web address; our page that explains how, when no contact is set.
 */
export function lienSignalement(
  fiche: { code: string; nom: string; page: number; adresse: string },
  contact: Contact | undefined,
  pageExplications: string,
): { href: string; type: 'courriel' | 'formulaire' | 'explications' } {
  if (contact?.type === 'courriel') {
    const sujet = `Erreur sur la fiche ${fiche.code} (${fiche.nom})`;
    const corps = [
      `Fiche : ${fiche.nom} (${fiche.code})`,
      `Adresse de la page : ${fiche.adresse}`,
      '',
      'Où se trouve l’erreur (partie de la fiche) : ',
      'Ce que dit la page : ',
      `Ce que dit le document source (page ${fiche.page} du Contrat de Ville) : `,
      '',
    ].join('\r\n');
    return { href: `${contact.href}?subject=${encodeURIComponent(sujet)}&body=${encodeURIComponent(corps)}`, type: 'courriel' };
  }
  if (contact?.type === 'web') return { href: contact.href, type: 'formulaire' };
  return { href: pageExplications, type: 'explications' };
}

/**
 * What a fiche's context box says: the list its code belongs to, the years of the contract it comes from, and what
 * its figures describe: the contract's dates when territoire.yaml writes them, the year of the populations when it
 * gives it (`annee`), the perimeter of the code's list.
 */
export function contexteFiche(
  code: string,
  contrat: Territoire['contrat'],
  annee?: string,
): { generation: 2015 | 2024; liste: string; annees: string; precisions: string[] } {
  const generation = generationDuCode(code);
  const { debut, fin } = anneesDuContrat(contrat);
  const figures = [annee && `population de ${annee}`, `périmètre de ${generation}`].filter(Boolean).join(', ');
  return {
    generation,
    liste: listesQpv[generation],
    annees: `${debut}-${fin}`,
    precisions: [...(contrat.debut && contrat.fin ? [`du ${dateEnFrancais(contrat.debut)} au ${dateEnFrancais(contrat.fin)}`] : []), figures],
  };
}

/**
 * SIG Ville, the State's official map of the QPV (ANCT). Its applications link a quartier as /territoire/<code>;
 * codes of 2015 may be archived since the 2024 list, so the map itself is always offered too.
 */
export const sigVille = {
  carte: 'https://sig.ville.gouv.fr/',
  quartier: (code: string) => `https://sig.ville.gouv.fr/territoire/${encodeURIComponent(code)}`,
};

/** Heading of a diagnostic table: its commune when the quartier spans several (« (suite) » when the OCR split it), else its rank. */
export function titreTableau(
  diagnostics: readonly Pick<Diagnostic, 'commune'>[],
  i: number,
  plusieursCommunes: boolean,
  communes: ReadonlyMap<string, { nom: string }>,
  axe = 'axe',
): string {
  const d = diagnostics[i]!;
  const nom = d.commune ? communes.get(d.commune)?.nom : undefined;
  if (nom && plusieursCommunes) return titreTableauCommune(de(nom), i > 0 && diagnostics[i - 1]!.commune === d.commune);
  return diagnostics.length > 1 ? `Tableau ${i + 1}` : `Tableau par ${axe}`;
}

/** Whether a list heading of the source tells its items apart by colour (« en rouge équipements du quartier… »), which the scanned text lost. */
export function parleDeCouleurs(rubrique: string | undefined): boolean {
  return !!rubrique && /\ben (rouge|noir|bleu|vert|gras|italique)\b/i.test(rubrique);
}

// Names compared as the search folds them (accents, capitals), spaces collapsed.
const cleDeNom = (t: string) => plier(t).replace(/\s+/g, ' ').trim();

/**
 * Whether a printed row label is one of the contract's axes (accents and capitals aside), or the start of one (tables
 * print « EGALITE DES CHANCES » for « Égalité des chances et axes transversaux »): if not, the scan misread it.
 */
export function estNomDAxe(t: Pick<TerritoireVue, 'axes'>, libelle: string): boolean {
  const cle = cleDeNom(libelle);
  return [...t.axes.values()].map(cleDeNom).some((nom) => nom === cle || nom.startsWith(`${cle} `));
}

/** « piliers », « enjeux », « axes ». */
export const pluriel = (mot: string) => (/(eu|au)$/.test(mot) ? `${mot}x` : `${mot}s`);

/** What a printed column holds in the well-read tables (column 1 is the row's label), as a hint for a badly read one. */
export function colonnesBienLues(d: Pick<ModeleDiagnostic, 'colonnes'> & { axe?: string | undefined }): string[] {
  return [pluriel(motAxe(d)), d.colonnes.atouts, d.colonnes.faiblesses, d.colonnes.perspectives].map((c) => `des ${minuscule(c)}`);
}

/** The word for one axis in the pages' sentences (« pilier », « enjeu »), « axe » when territoire.yaml gives none. */
export const motAxe = (d: { axe?: string | undefined } | undefined) => d?.axe ?? 'axe';

/** « 2e colonne imprimée », « 1re colonne imprimée ». */
export const rangColonne = (n: number) => `${n}${n === 1 ? 're' : 'e'} colonne imprimée`;
