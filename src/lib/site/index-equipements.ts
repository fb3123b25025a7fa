// The index of équipements: by commune, then by the quartiers they are attached to, then by BPE domain, so
// that each line holds only the équipement and the quartiers are said once for all those that share them.
import type { DomaineBpe } from '../../schemas/index.ts';
import { libellesTypesBpe } from '../libelles.ts';
import { slug } from '../format.ts';
import { parDomaine, type CommuneVue, type EquipementVue, type Modele } from './modele.ts';

/** Équipements attached to the same quartiers, by domain. */
export interface Rattachement {
  quartiers: string[];
  total: number;
  domaines: [DomaineBpe, EquipementVue[]][];
}

export interface CommuneIndex {
  commune: CommuneVue;
  total: number;
  rattachements: Rattachement[];
}

/** Équipements grouped by the quartiers they serve (in code order), then by domain A→G, each in name order. */
export function grouperEquipements(equipements: readonly EquipementVue[]): Rattachement[] {
  const groupes = new Map<string, EquipementVue[]>();
  for (const e of [...equipements].sort((a, b) => a.nom.localeCompare(b.nom, 'fr'))) {
    const cle = e.quartiers.join(' ');
    const g = groupes.get(cle);
    if (g) g.push(e);
    else groupes.set(cle, [e]);
  }
  return [...groupes.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([, liste]) => ({ quartiers: [...liste[0]!.quartiers], total: liste.length, domaines: parDomaine(liste) }));
}

/** Every commune that has équipements, in name order, and how many équipements each domain has in all. */
export function indexEquipements(m: Pick<Modele, 'communes' | 'equipement'>): { communes: CommuneIndex[]; domaines: [DomaineBpe, number][] } {
  const communes = m.communes
    .filter((c) => c.equipements.length > 0)
    .map((c) => {
      const equipements = equipementsDeLaCommune(c, m).flatMap(([, liste]) => liste);
      return { commune: c, total: equipements.length, rattachements: grouperEquipements(equipements) };
    });
  const parDomaines = new Map<DomaineBpe, number>();
  for (const c of communes) for (const r of c.rattachements) for (const [d, l] of r.domaines) parDomaines.set(d, (parDomaines.get(d) ?? 0) + l.length);
  return { communes, domaines: [...parDomaines.entries()].sort(([a], [b]) => a.localeCompare(b)) };
}

/** A commune's équipements by BPE domain (A→G), each domain in name order: its page lists them so, one row each. */
export function equipementsDeLaCommune(c: Pick<CommuneVue, 'nom' | 'equipements'>, m: Pick<Modele, 'equipement'>): [DomaineBpe, EquipementVue[]][] {
  const equipements = c.equipements.map((id) => {
    const e = m.equipement.get(id);
    if (!e) throw new Error(`équipement ${id} de ${c.nom} absent du modèle`);
    return e;
  });
  return parDomaine(equipements.sort((a, b) => a.nom.localeCompare(b.nom, 'fr')));
}

/** The BPE type in words, unless the name already says it, accents aside (« Ecole maternelle J.Prin »). */
export function typeSiNouveau(e: Pick<EquipementVue, 'nom' | 'type_bpe'>): string | undefined {
  const type = e.type_bpe && libellesTypesBpe[e.type_bpe];
  return type && !slug(e.nom).includes(slug(type)) ? type : undefined;
}
