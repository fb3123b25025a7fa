import type { CustomRecord } from 'pagefind';
import { libellesDomaines, libellesPerimetres, libellesPiliers } from '../libelles.ts';
import { ancres } from '../site/ancres.ts';
import type { Modele } from '../site/modele.ts';

/**
 * Search records that are not pages: each équipement (linked to its entry in the index of équipements)
 * and each pillar section of a fiche (linked to its anchor). Plain text only: Pagefind escapes it.
 */
export function enregistrementsRecherche(m: Modele): CustomRecord[] {
  // Root-relative like the indexed pages: the search page sets Pagefind's baseUrl to the base path.
  const url = (chemin: string) => `/${chemin}`;
  const nomQuartier = (code: string) => `${m.quartier.get(code)?.nom} (${code})`;
  const records: CustomRecord[] = [];

  for (const e of m.equipements) {
    const commune = m.commune.get(e.commune)?.nom ?? e.commune;
    const quartiers = e.quartiers.map(nomQuartier);
    records.push({
      url: url(`equipements/#${ancres.equipement(e.id)}`),
      language: 'fr',
      content: [e.nom, e.adresse, commune, e.nature, e.note, libellesDomaines[e.domaine], e.elements?.join(', '), `Quartiers : ${e.quartiers.map((c) => m.quartier.get(c)?.nom).join(', ')}`]
        .filter(Boolean)
        .join('. '),
      meta: {
        title: e.nom,
        type: 'Équipement',
        lieu: [e.adresse, commune].filter(Boolean).join(', '),
        quartiers: quartiers.join(' ; '),
        ...(e.perimetre ? { perimetre: libellesPerimetres[e.perimetre] } : {}),
      },
      filters: {
        type: ['Équipement'],
        commune: [commune],
        quartier: quartiers,
        domaine: [libellesDomaines[e.domaine]],
      },
    });
  }

  for (const q of m.quartiers) {
    const communes = q.communes.map((c) => m.commune.get(c)?.nom ?? c);
    (q.diagnostics ?? []).forEach((d, i) => {
      d.piliers?.forEach((p, j) => {
        const pilier = libellesPiliers[p.pilier];
        const commune = d.commune ? m.commune.get(d.commune)?.nom : undefined;
        records.push({
          url: url(`quartiers/${q.slug}/#${ancres.pilier(i, j)}`),
          language: 'fr',
          content: [pilier, p.libelle_source ?? '', ...p.atouts, ...p.faiblesses, ...p.perspectives].join(' '),
          meta: {
            title: `${q.nom} : ${pilier}${commune && q.communes.length > 1 ? ` (${commune})` : ''}`,
            type: 'Section de fiche',
            quartiers: nomQuartier(q.code),
          },
          filters: {
            type: ['Section de fiche'],
            commune: commune ? [commune] : communes,
            quartier: [nomQuartier(q.code)],
            pilier: [pilier],
          },
        });
      });
    });
  }
  return records;
}
