import { z } from 'astro/zod';
import { indicateurIds, quartier, tranchesAge, type Quartier } from '../../schemas/index.ts';
import { libellesDomaines, libellesPerimetres } from '../libelles.ts';
import type { Modele } from '../site/modele.ts';

export const LICENCE = 'Licence Ouverte / Open Licence 2.0 (Etalab)';

/** A fiche as published: the validated YAML fields only (no page helpers), keys in schema order. */
export function quartierPublie(q: Quartier): Quartier {
  const champs = Object.keys(quartier.shape).filter((k) => q[k as keyof Quartier] !== undefined);
  return Object.fromEntries(champs.map((k) => [k, q[k as keyof Quartier]])) as Quartier;
}

export const colonnesEquipements = [
  'code_quartier', 'quartier', 'id', 'nom', 'adresse', 'commune', 'code_insee', 'domaine_bpe', 'domaine', 'type_bpe',
  'perimetre', 'nature', 'nombre', 'en_projet', 'note', 'rubrique_source',
] as const;

/** One row per équipement and per quartier it is attached to. */
export function lignesEquipements(m: Modele) {
  return m.quartiers.flatMap((q) =>
    (q.equipements ?? []).map((e) => ({
      code_quartier: q.code,
      quartier: q.nom,
      id: e.id,
      nom: e.nom,
      adresse: e.adresse,
      commune: m.commune.get(e.commune)?.nom,
      code_insee: e.commune,
      domaine_bpe: e.domaine,
      domaine: libellesDomaines[e.domaine],
      type_bpe: e.type_bpe,
      perimetre: e.perimetre && libellesPerimetres[e.perimetre],
      nature: e.nature,
      nombre: e.nombre,
      en_projet: e.en_projet,
      note: e.note,
      rubrique_source: e.rubrique_source,
    })),
  );
}

export const colonnesQuartiers = [
  'code', 'nom', 'communes', 'codes_insee', 'population', 'revenu_fiscal_median', 'npnru', 'page_source', 'individus_menages',
  ...tranchesAge.map(([cle]) => `age_${cle.replace('-', '_').replace('+', '_plus')}`),
  ...indicateurIds.flatMap((id) => [`${id}_valeur`, `${id}_min`, `${id}_max`]),
  'nombre_equipements',
];

export function lignesQuartiers(m: Modele) {
  return m.quartiers.map((q) => {
    const ligne: Record<string, string | number | boolean | undefined> = {
      code: q.code,
      nom: q.nom,
      communes: q.communes.map((c) => m.commune.get(c)?.nom).join(' / '),
      codes_insee: q.communes.join(' / '),
      population: q.population,
      revenu_fiscal_median: q.revenu_fiscal_median,
      npnru: q.npnru,
      page_source: q.source.page,
      individus_menages: q.carroyage?.individus_menages,
      nombre_equipements: q.equipements?.length ?? 0,
    };
    for (const [cle] of tranchesAge) ligne[`age_${cle.replace('-', '_').replace('+', '_plus')}`] = q.carroyage?.tranches[cle];
    // A fiche that prints the same indicator twice keeps its first line here; the JSON has every line.
    for (const id of indicateurIds) {
      const i = q.indicateurs?.find((x) => x.id === id);
      Object.assign(ligne, { [`${id}_valeur`]: i?.valeur, [`${id}_min`]: i?.min, [`${id}_max`]: i?.max });
    }
    return ligne;
  });
}

/** JSON Schema of one quartier file, generated from the Zod schema. */
export function schemaQuartier(id: string) {
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: id,
    title: 'Fiche quartier prioritaire',
    ...z.toJSONSchema(quartier, { io: 'input', target: 'draft-2020-12' }),
  };
}
