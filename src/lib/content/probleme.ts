/** One problem found in the content, located as precisely as the parser allows. */
export interface Probleme {
  /** Path of the file, relative to the project root, with forward slashes. */
  fichier: string;
  /** 1-based line, when known. */
  ligne?: number;
  /** Dotted path to the field, e.g. `equipements.3.nom`; empty for the whole file. */
  chemin: string;
  message: string;
  /** A warning: printed, but it does not stop the validation nor the build. */
  avertissement?: true;
}

/** The problems that stop the build (warnings aside). */
export const bloquants = (problemes: readonly Probleme[]): Probleme[] => problemes.filter((p) => !p.avertissement);
export const avertissements = (problemes: readonly Probleme[]): Probleme[] => problemes.filter((p) => p.avertissement);

export function cheminTexte(chemin: readonly PropertyKey[]): string {
  return chemin.map(String).join('.');
}

/** `content/quartiers/qp062025.yaml:12: population: message` */
export function formaterProbleme(p: Probleme): string {
  return `${p.fichier}:${p.ligne ?? 1}: ${p.chemin || '(fichier)'}: ${p.avertissement ? 'avertissement : ' : ''}${p.message}`;
}

export function trierProblemes(problemes: Probleme[]): Probleme[] {
  return [...problemes].sort((a, b) => a.fichier.localeCompare(b.fichier) || (a.ligne ?? 0) - (b.ligne ?? 0));
}

/** Thrown by the site's data loader so that a build stops with every problem listed. */
export class ContenuInvalide extends Error {
  readonly problemes: Probleme[];
  constructor(problemes: Probleme[]) {
    const lignes = trierProblemes(problemes).map(formaterProbleme);
    super(`${problemes.length} problème(s) dans le contenu :\n${lignes.join('\n')}`);
    this.name = 'ContenuInvalide';
    this.problemes = problemes;
  }
}
