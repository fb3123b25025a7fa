import { createRequire } from 'node:module';

/** A commune of the Code officiel géographique, as `@etalab/decoupage-administratif` ships it. */
export interface CommuneOfficielle {
  code: string;
  nom: string;
  population: number;
  departement: string;
}

/** An EPCI (intercommunalité) of the official list, with the INSEE codes of its member communes. */
export interface EpciOfficiel {
  code: string;
  nom: string;
  membres: ReadonlySet<string>;
}

interface Referentiel {
  communes: Map<string, CommuneOfficielle>;
  epci: Map<string, EpciOfficiel>;
  departements: Map<string, string>;
  /** A commune's own SIREN (not its INSEE code), which a publisher may take for its EPCI's. */
  parSiren: Map<string, CommuneOfficielle>;
  /** Communes by postal code, which a publisher may type where the INSEE code goes. */
  parCodePostal: Map<string, CommuneOfficielle[]>;
  /** The EPCI of each member commune, by INSEE code. */
  epciDe: Map<string, EpciOfficiel>;
}

let referentiel: Referentiel | undefined;

// Read through require rather than imported, so that the 8 MB list never enters a page bundle.
function charger(): Referentiel {
  if (referentiel) return referentiel;
  const require = createRequire(import.meta.url);
  const communes = require('@etalab/decoupage-administratif/data/communes.json') as (CommuneOfficielle & { type: string; siren?: string; codesPostaux?: string[] })[];
  const epci = require('@etalab/decoupage-administratif/data/epci.json') as { code: string; nom: string; membres: { code: string }[] }[];
  const departements = require('@etalab/decoupage-administratif/data/departements.json') as { code: string; nom: string }[];
  const actuelles = communes.filter((c) => c.type === 'commune-actuelle');
  const officielles = actuelles.map((c) => ({ brute: c, commune: { code: c.code, nom: c.nom, population: c.population, departement: c.departement } }));
  const lesEpci = epci.map((e) => ({ code: e.code, nom: e.nom, membres: new Set(e.membres.map((m) => m.code)) }));
  const parCodePostal = new Map<string, CommuneOfficielle[]>();
  for (const { brute, commune } of officielles) for (const cp of brute.codesPostaux ?? []) parCodePostal.set(cp, [...(parCodePostal.get(cp) ?? []), commune]);
  referentiel = {
    communes: new Map(officielles.map(({ commune }) => [commune.code, commune])),
    epci: new Map(lesEpci.map((e) => [e.code, e])),
    departements: new Map(departements.map((d) => [d.code, d.nom])),
    parSiren: new Map(officielles.flatMap(({ brute, commune }) => (brute.siren ? [[brute.siren, commune] as const] : []))),
    parCodePostal,
    epciDe: new Map(lesEpci.flatMap((e) => [...e.membres].map((m) => [m, e] as const))),
  };
  return referentiel;
}

export function communeOfficielle(code: string): CommuneOfficielle | undefined {
  return charger().communes.get(code);
}

/** An EPCI of the official list, by SIREN (checks territoire.yaml and the communes of its fiches). */
export function epciOfficiel(siren: string): EpciOfficiel | undefined {
  return charger().epci.get(siren);
}

/** Every current commune of the official list (the search tells a commune outside the territory from a typo). */
export const communesOfficielles = (): Iterable<CommuneOfficielle> => charger().communes.values();

/** Every EPCI of the official list. */
export const epcisOfficiels = (): Iterable<EpciOfficiel> => charger().epci.values();

/** A département's name by its code (« 62 » → « Pas-de-Calais »). */
export const nomDepartement = (code: string): string | undefined => charger().departements.get(code);

/** The commune whose own SIREN this is (a commune's SIREN is not its EPCI's). */
export function communeDeSiren(siren: string): CommuneOfficielle | undefined {
  return charger().parSiren.get(siren);
}

/** The communes served by this postal code (« 62700 »), which is not an INSEE code. */
export function communesDuCodePostal(code: string): readonly CommuneOfficielle[] {
  return charger().parCodePostal.get(code) ?? [];
}

/** The EPCI a commune (INSEE code) is a member of. */
export function epciDeLaCommune(code: string): EpciOfficiel | undefined {
  return charger().epciDe.get(code);
}

/** Lower case, without accents, hyphens or apostrophes as spaces: « Béthune-Bruay » and « bethune bruay » meet. */
const pourChercher = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[-'’]/g, ' ').replace(/\s+/g, ' ').trim();

/** The EPCIs whose name, or one of whose members' names, contains `texte` (accents and case aside), by name. */
export function chercherEpci(texte: string): { epci: EpciOfficiel; communes: CommuneOfficielle[] }[] {
  const cherche = pourChercher(texte);
  if (!cherche) return [];
  const { epci, communes } = charger();
  return [...epci.values()]
    .map((e) => ({ epci: e, communes: [...e.membres].flatMap((m) => communes.get(m) ?? []).filter((c) => pourChercher(c.nom).includes(cherche)) }))
    .filter((r) => r.communes.length > 0 || pourChercher(r.epci.nom).includes(cherche))
    .sort((a, b) => a.epci.nom.localeCompare(b.epci.nom, 'fr'));
}
