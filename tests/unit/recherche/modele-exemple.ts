// A small model for the search tests: two communes, three quartiers, a few équipements and diagnostic texts.
import type { Quartier } from '../../../src/schemas/index.ts';
import { construireModele } from '../../../src/lib/site/modele.ts';
import { entreesDu } from '../glossaire-lu.ts';
import { quartierMinimal } from '../quartier-minimal.ts';

const communes: Record<string, { nom: string; population: number }> = {
  '62498': { nom: 'Lens', population: 30000 },
  '62510': { nom: 'Liévin', population: 30000 },
};
const officielle = (code: string) => (communes[code] ? { code, departement: '62', ...communes[code]! } : undefined);

const fontaine = { id: 'fontaine', nom: 'La Fontaine', commune: '62510', domaine: 'C' as const, adresse: 'rue des Écoles', rubrique_source: 'Les écoles' };
const college = { id: 'vilar', nom: 'Collège Jean Vilar', commune: '62510', domaine: 'C' as const, type_bpe: 'C201' };
const piscine = { id: 'piscine', nom: 'Piscine Olympique <Municipale>', commune: '62498', domaine: 'F' as const, adresse: 'rue Robert Schuman', perimetre: 'limite' as const };

const fiche = (code: string, nom: string, commune: string, reste: Partial<Quartier> = {}): Quartier => ({ ...quartierMinimal, code, nom, communes: [commune], communes_source: communes[commune]!.nom, ...reste });

export const modele = construireModele(
  [
    fiche('QP062025', 'Grande Résidence', '62498', {
      equipements: [piscine],
      diagnostics: [{ piliers: [{ pilier: 'cohesion-sociale', atouts: ['Des habitants fidèles à leur quartier'], faiblesses: ['Un sentiment d’insécurité', 'Un quartier enclavé'], perspectives: [] }] }],
    }),
    fiche('QP062028', 'Calonne', '62510', { equipements: [fontaine, college, piscine] }),
    fiche('QP062030', 'Blum - Salengro - 109', '62510', {
      diagnostics: [{ mal_lu: { structure: 'incertaine', page: 40, remarque: 'Cellules décalées.', lignes: [{ cellules: [['Une vie associative riche'], []] }] } }],
    }),
  ],
  officielle,
  () => true,
  { glossaire: entreesDu() },
);
