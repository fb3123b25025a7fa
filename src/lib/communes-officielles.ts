import { createRequire } from 'node:module';

/** A commune of the Code officiel géographique, as `@etalab/decoupage-administratif` ships it. */
export interface CommuneOfficielle {
  code: string;
  nom: string;
  population: number;
  departement: string;
}

/** SIREN of the Communauté d'Agglomération de Lens-Liévin in the official EPCI list. */
export const SIREN_CALL = '246200364';

interface Referentiel {
  communes: Map<string, CommuneOfficielle>;
  membresCall: Set<string>;
  epci: Map<string, { code: string; nom: string }>;
}

let referentiel: Referentiel | undefined;

// Read through require rather than imported, so that the 8 MB list never enters a page bundle.
function charger(): Referentiel {
  if (referentiel) return referentiel;
  const require = createRequire(import.meta.url);
  const communes = require('@etalab/decoupage-administratif/data/communes.json') as (CommuneOfficielle & { type: string })[];
  const epci = require('@etalab/decoupage-administratif/data/epci.json') as { code: string; nom: string; membres: { code: string }[] }[];
  const actuelles = communes.filter((c) => c.type === 'commune-actuelle');
  referentiel = {
    communes: new Map(actuelles.map((c) => [c.code, { code: c.code, nom: c.nom, population: c.population, departement: c.departement }])),
    epci: new Map(epci.map((e) => [e.code, { code: e.code, nom: e.nom }])),
    membresCall: new Set(epci.find((e) => e.code === SIREN_CALL)?.membres.map((m) => m.code) ?? []),
  };
  return referentiel;
}

export function communeOfficielle(code: string): CommuneOfficielle | undefined {
  return charger().communes.get(code);
}

export function estMembreCall(code: string): boolean {
  return charger().membresCall.has(code);
}

/** An EPCI of the official list, by SIREN (checks territoire.yaml). */
export function epciOfficiel(siren: string): { code: string; nom: string } | undefined {
  return charger().epci.get(siren);
}
