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
}

let referentiel: Referentiel | undefined;

// Read through require rather than imported, so that the 8 MB list never enters a page bundle.
function charger(): Referentiel {
  if (referentiel) return referentiel;
  const require = createRequire(import.meta.url);
  const communes = require('@etalab/decoupage-administratif/data/communes.json') as (CommuneOfficielle & { type: string })[];
  const epci = require('@etalab/decoupage-administratif/data/epci.json') as { code: string; nom: string; membres: { code: string }[] }[];
  const departements = require('@etalab/decoupage-administratif/data/departements.json') as { code: string; nom: string }[];
  const actuelles = communes.filter((c) => c.type === 'commune-actuelle');
  referentiel = {
    communes: new Map(actuelles.map((c) => [c.code, { code: c.code, nom: c.nom, population: c.population, departement: c.departement }])),
    epci: new Map(epci.map((e) => [e.code, { code: e.code, nom: e.nom, membres: new Set(e.membres.map((m) => m.code)) }])),
    departements: new Map(departements.map((d) => [d.code, d.nom])),
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
