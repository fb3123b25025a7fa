import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Entree } from '../../../src/lib/content/collections.ts';
import { reglesTerritoire } from '../../../src/lib/content/regles-territoire.ts';
import { communeOfficielle, communesDuCodePostal, epciOfficiel } from '../../../src/lib/communes-officielles.ts';
import type { Programme, Quartier } from '../../../src/schemas/index.ts';
import { quartierMinimal } from '../quartier-minimal.ts';

/** An entry whose every field is on the line of its path's length, enough to tell where a problem points. */
const entree = <T>(fichier: string, data: T): Entree<T> => ({ fichier, nomFichier: fichier.split('/').pop()!, data, ligne: (chemin) => chemin.length + 1 });
const douaisis = epciOfficiel('200044618')!;
const territoire = { sources: [{ id: 'contrat-de-ville-2024-2030', titre: 'Contrat de ville' }], contrat: { titre: 'Contrat de ville 2024-2030' } };
const fiche = (q: Partial<Quartier>) => entree('c/quartiers/qn05901m.yaml', { ...quartierMinimal, code: 'QN05901M', communes: ['59178'], source: { document: 'contrat-de-ville-2024-2030', page: 3 }, ...q });
const regles = (quartiers: Entree<Quartier>[], programmes: Entree<Programme>[] = []) =>
  reglesTerritoire(territoire, douaisis, quartiers, programmes, (code) => communeOfficielle(code)?.nom, communesDuCodePostal);

test('la liste officielle des membres du Douaisis compte Douai, pas Lens', () => {
  assert.equal(douaisis.nom, 'CA Douaisis Agglo');
  assert.ok(douaisis.membres.has('59178'));
  assert.ok(!douaisis.membres.has('62498'));
});

test('une fiche dans les communes de l’EPCI et d’une source déclarée passe ; ses voisines peuvent être dehors', () => {
  assert.deepEqual(regles([fiche({ communes: ['59178', '59569'], communes_voisines: ['62498'] })]), []);
});

test('une commune du quartier hors de l’EPCI est refusée, sur son fichier et son champ', () => {
  const p = regles([fiche({ communes: ['59178', '62498'] })]);
  assert.deepEqual(p.map((x) => [x.fichier, x.chemin, x.ligne]), [['c/quartiers/qn05901m.yaml', 'communes.1', 3]]);
  assert.match(p[0]!.message, /62498 \(Lens\) n'est pas membre de l'EPCI CA Douaisis Agglo \(SIREN 200044618/);
});

test('un code inconnu n’est pas signalé une seconde fois comme hors EPCI', () => {
  assert.deepEqual(regles([fiche({ communes: ['59999'] })]), []);
});

test('un document non déclaré dans territoire.yaml est refusé, pour une fiche comme pour un programme', () => {
  const q = fiche({ source: { document: 'contrat-de-ville-2015-2020', page: 3 } });
  const prog = entree('c/programmes/gusp-x.yaml', { source: { document: 'charte-gusp' } } as unknown as Programme);
  const p = regles([q], [prog]);
  assert.deepEqual(p.map((x) => [x.fichier, x.chemin]), [['c/quartiers/qn05901m.yaml', 'source.document'], ['c/programmes/gusp-x.yaml', 'source.document']]);
  assert.match(p[0]!.message, /« contrat-de-ville-2015-2020 » absent des sources de territoire\.yaml \(contrat-de-ville-2024-2030\)/);
});

// The territory's model: a fiche has only the parts it declares, with its axes and indicators.
const modele2024 = {
  ...territoire,
  diagnostic: { titre: 'Enjeux', colonnes: { atouts: 'Forces', faiblesses: 'Fragilités', perspectives: 'Orientations' }, axes: [{ id: 'emploi', libelle: 'Emploi' }] },
  indicateurs: { titre: 'Chiffres clés', liste: [{ id: 'taux-pauvrete', libelle: 'Taux de pauvreté', unite: '%' }] },
};
const reglesDe = (t: Parameters<typeof reglesTerritoire>[0], q: Entree<Quartier>) => reglesTerritoire(t, douaisis, [q], [], (code) => communeOfficielle(code)?.nom);
const ligne = (pilier: string) => ({ pilier, atouts: [], faiblesses: [], perspectives: [] });
const indicateur = (id: string) => ({ id, libelle: 'x', valeur: '45,2 %', min: 45.2, max: 45.2, unite: '%' as const });

test('un axe ou un indicateur que territoire.yaml ne déclare pas est refusé, à sa ligne et son champ', () => {
  const q = fiche({ diagnostics: [{ piliers: [ligne('emploi'), ligne('cohesion-sociale')] }], indicateurs: [indicateur('taux-pauvrete'), indicateur('logement-hlm')] });
  const p = reglesDe(modele2024, q);
  assert.deepEqual(p.map((x) => [x.chemin, x.ligne]), [['diagnostics.0.piliers.1.pilier', 6], ['indicateurs.1.id', 4]]);
  assert.match(p[0]!.message, /axe « cohesion-sociale » absent de diagnostic\.axes de territoire\.yaml \(emploi\)/);
  assert.match(p[1]!.message, /indicateur « logement-hlm » absent de indicateurs\.liste de territoire\.yaml \(taux-pauvrete\)/);
});

test('une partie que le territoire ne déclare pas (âges, diagnostic, indicateurs) est refusée', () => {
  const carroyage = { individus_menages: 1, tranches: {} } as unknown as Quartier['carroyage'];
  const p = reglesDe(territoire, fiche({ carroyage, diagnostics: [{ piliers: [ligne('emploi')] }], indicateurs: [indicateur('taux-pauvrete')] }));
  assert.deepEqual(p.map((x) => x.chemin), ['carroyage', 'diagnostics', 'indicateurs']);
  assert.match(p[0]!.message, /ne déclare pas de grille des âges \(bloc ages/);
});

test('un code QP de 2015 dans un contrat de 2024 ou après est un avertissement, pas un refus', () => {
  const q = fiche({ code: 'QP059990' });
  const [p, ...autres] = reglesDe(territoire, q);
  assert.deepEqual(autres, []);
  assert.equal(p!.avertissement, true);
  assert.match(p!.message, /code QP059990 de la liste de 2015 dans un contrat qui commence en 2024/);
  assert.deepEqual(reglesDe({ ...territoire, contrat: { titre: 'Contrat de Ville 2015-2020' } }, q), []);
});

test('un équipement hors de l’EPCI et des voisines du quartier est refusé, sauf s’il est dit hors territoire', () => {
  const eq = { id: 'piscine', nom: 'Piscine', domaine: 'F' as const };
  const dedans = [{ ...eq, commune: '59178' }, { ...eq, id: 'voisine', commune: '62498' }];
  assert.deepEqual(regles([fiche({ communes_voisines: ['62498'], equipements: dedans })]), []);
  // 59500 is Douai's postal code, and the INSEE code of Ribécourt-la-Tour, outside the Douaisis.
  const p = regles([fiche({ equipements: [{ ...eq, commune: '59500' }] })]);
  assert.deepEqual(p.map((x) => [x.chemin, x.ligne]), [['equipements.0.commune', 4]]);
  assert.match(p[0]!.message, /^la commune 59500 \(.+\) n'est ni membre de l'EPCI CA Douaisis Agglo ni dans communes_voisines du quartier ; 59500 est le code postal de Douai \(code INSEE "59178"\).* : corrigez le code INSEE, ou, si l'équipement est bien à .+, ajoutez « commune_hors_territoire: true »/);
  assert.deepEqual(regles([fiche({ equipements: [{ ...eq, commune: '59500', commune_hors_territoire: true }] })]), []);
});
