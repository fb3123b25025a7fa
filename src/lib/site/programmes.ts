import type { NatureOperation, Programme, TypeProgramme } from '../../schemas/index.ts';
import { compte, euros, nombre } from '../format.ts';

export const libellesTypes: Record<TypeProgramme, string> = {
  npnru: 'Renouvellement urbain (NPNRU)',
  gusp: 'Gestion urbaine et sociale de proximité (GUSP)',
  tfpb: 'Abattement de TFPB',
};

/** A programme's heading: its kind, and for a TFPB programme its year (« Abattement de TFPB 2023 »). */
export const libelleProgramme = (p: Programme): string => (p.type === 'tfpb' ? `${libellesTypes.tfpb} ${p.annee}` : libellesTypes[p.type]);

export const libellesNatures: Record<NatureOperation, string> = {
  demolition: 'Démolition',
  requalification: 'Requalification',
  residentialisation: 'Résidentialisation',
  diversification: 'Diversification',
  construction: 'Construction',
  amenagement: 'Aménagement',
  equipement: 'Équipement',
  autre: 'Autre',
};

export const libellesStatuts = { 'interet-national': 'Quartier d’intérêt national', 'interet-regional': 'Quartier d’intérêt régional' } as const;

/** One line that sums a programme up, in French typography. */
export function resumeProgramme(p: Programme): string {
  if (p.type === 'tfpb') return `${nombre(p.actions.length)} actions chiffrées, ${euros(p.total_euros)} en ${p.annee}, ${nombre(p.logements)} logements`;
  if (p.type === 'npnru') {
    const n = p.operations?.length ?? 0;
    const d = p.decisions?.length ?? 0;
    return `${libellesStatuts[p.statut]} ; ${compte(n, 'opération')}${d ? `, ${compte(d, 'décision')} de l’avenant` : ''}`;
  }
  const n = p.rubriques_actions?.flatMap((r) => r.tableaux ?? []).reduce((s, t) => s + t.actions.length, 0) ?? 0;
  return `${compte(n, 'ligne')} d’actions`;
}
