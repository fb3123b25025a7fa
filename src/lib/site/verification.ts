// The méthodologie's sentence on the transcription check: said only from its record (verification-sources.json),
// with its date and counts; nothing when the check never ran.
import type { VerificationSources } from '../../schemas/index.ts';
import { dateLongue } from '../donnees/metadonnees.ts';
import { compte, listeFrancaise, nombre } from '../format.ts';

/** What the last check found, in the site's words, from its record; `titre` names a source by its id. */
export function phraseVerification(v: VerificationSources, titre: (id: string) => string): string {
  const textes = v.textes === 1 ? 'le seul texte' : `les ${nombre(v.textes)} textes`;
  const documents = v.documents.length === 1 ? 'le document source' : `les ${compte(v.documents.length, 'document')} sources`;
  const n = v.absents.length;
  const resultat =
    n === 0
      ? 'tous s’y retrouvent tels quels'
      : `${nombre(v.trouves)} s’y retrouvent tels quels ; ${n === 1 ? 'l’autre n’y est' : `les ${nombre(n)} autres n’y sont`} pas mot pour mot, et le relevé de la vérification ${n === 1 ? 'le' : 'les'} liste pour relecture`;
  const nonVerifies = v.non_verifies.length
    ? ` ${listeFrancaise(v.non_verifies.map((id) => `« ${titre(id)} »`))} n’${v.non_verifies.length > 1 ? 'ont' : 'a'} pas été vérifié${v.non_verifies.length > 1 ? 's' : ''}.`
    : '';
  return `Le ${dateLongue(v.date)}, un outil a cherché ${textes} de ${v.longueur_min} caractères ou plus des données dans ${documents}, aux accents, majuscules, espaces et tirets près : ${resultat}.${nonVerifies}`;
}
