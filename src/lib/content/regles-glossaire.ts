import { formesExpliquees, type Glossaire } from '../../schemas/glossaire.ts';
import type { Entree } from './collections.ts';
import type { Probleme } from './probleme.ts';

/**
 * Rules between the general glossary and a territory's own: a word is explained once (an entry of the territory that
 * explains a word of a general entry takes its id, and so replaces it), and an acronym the general glossary explains
 * or lists is not listed again as uncertain.
 */
export function reglesGlossaire(commun: Glossaire, propre: Entree<Glossaire>): Probleme[] {
  const problemes: Probleme[] = [];
  const signaler = (chemin: (string | number)[], message: string) => problemes.push({ fichier: propre.fichier, ligne: propre.ligne(chemin), chemin: chemin.join('.'), message });
  const remplacees = new Set(propre.data.entrees.map((e) => e.id));
  const communes = new Map(commun.entrees.filter((e) => !remplacees.has(e.id)).flatMap((e) => formesExpliquees(e).map((f) => [f, e.id] as const)));
  propre.data.entrees.forEach((e, i) => {
    for (const f of formesExpliquees(e)) {
      const id = communes.get(f);
      if (id) signaler(['entrees', i, 'id'], `« ${f} » est déjà expliqué par l’entrée « ${id} » du glossaire commun : donnez à la vôtre l’id "${id}" pour la remplacer, ou retirez-la`);
    }
  });
  const incertains = new Set(commun.sigles_incertains.map((s) => s.sigle));
  propre.data.sigles_incertains.forEach((s, i) => {
    const id = communes.get(s.sigle);
    if (id) signaler(['sigles_incertains', i, 'sigle'], `sigle « ${s.sigle} » expliqué par l’entrée « ${id} » du glossaire commun : retirez-le des sigles incertains, ou remplacez l’entrée (même id)`);
    else if (incertains.has(s.sigle)) signaler(['sigles_incertains', i, 'sigle'], `sigle « ${s.sigle} » déjà listé dans les sigles incertains du glossaire commun : retirez cette ligne`);
  });
  return problemes;
}
