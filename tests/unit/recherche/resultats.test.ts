import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lireChamps } from '../../../src/lib/recherche/champs.ts';
import { aCharger, classer, compte, detacherExacts, ligne, nommeExactement, nommeTout, suiteVoulue, tientLaSuite, type Fragment } from '../../../src/lib/recherche/resultats.ts';
import { formesDuMot, termes as termesDe } from '../../../src/lib/recherche/texte.ts';

type Partie = { ancre?: { element: string; id: string; text?: string }; texte: string };

/**
 * A fragment as Pagefind returns it (a search document's address with « %23 » for « # », as Pagefind writes a file's
 * path, see fichiers-documents.ts): the words of the parts, anchors at their first word, and a location for
 * every word that shares its first three letters with a query term, as Pagefind's prefix and fallback matches do.
 */
function fragment(url: string, titre: string, type: string, parties: Partie[], q: string, filtres: Record<string, string[]> = {}): Fragment {
  const mots: string[] = [];
  const anchors: Fragment['anchors'] = [];
  for (const p of parties) {
    if (p.ancre) anchors.push({ ...p.ancre, location: mots.length });
    mots.push(...p.texte.split(/\s+/).filter(Boolean));
  }
  const debuts = termesDe(q).map((t) => t.slice(0, 3));
  const weighted_locations = mots.flatMap((m, location) => (formesDuMot(m).some((f) => debuts.some((d) => f.startsWith(d))) ? [{ weight: 1, balanced_score: 1, location }] : []));
  return { url, content: mots.join(' '), excerpt: '', meta: { title: titre }, filters: { type: [type], ...filtres }, anchors, weighted_locations };
}

const enseignement = (q: string) =>
  fragment(
    '/communes/lievin/%23domaine-c',
    'Enseignement à Liévin',
    'Équipement',
    [
      { texte: 'Enseignement à Liévin.' },
      { ancre: { element: 'h2', id: 'eq-fontaine', text: 'La Fontaine' }, texte: 'La Fontaine. ¦ école, établissement scolaire. ¦ rue des Écoles. ¦ ¦ Calonne (QP062028).' },
      { ancre: { element: 'h2', id: 'eq-ferry', text: 'École Jules Ferry' }, texte: 'École Jules Ferry. ¦ établissement scolaire. ¦ ¦ ¦ Calonne (QP062028).' },
      { ancre: { element: 'h2', id: 'eq-vilar', text: 'Collège Jean Vilar' }, texte: 'Collège Jean Vilar. ¦ établissement scolaire. ¦ ¦ ¦ Calonne (QP062028).' },
    ],
    q,
    { commune: ['Liévin'], domaine: ['Enseignement'] },
  );
const sports = (q: string) =>
  fragment(
    '/communes/lievin/%23domaine-f',
    'Sports, loisirs et culture à Liévin',
    'Équipement',
    [
      { texte: 'Sports, loisirs et culture à Liévin.' },
      { ancre: { element: 'h2', id: 'eq-stade', text: 'Stade Lamendin' }, texte: 'Stade Lamendin. ¦ équipement sportif, sport. ¦ rue Montgolfier. ¦ En limite du périmètre. ¦ Blum (QP062030).' },
      { ancre: { element: 'h2', id: 'eq-salle', text: 'Salle des fêtes' }, texte: 'Salle des fêtes. ¦ salle municipale. ¦ ¦ ¦ Calonne (QP062028).' },
    ],
    q,
    { commune: ['Liévin'], domaine: ['Sports, loisirs et culture'] },
  );

test('les champs d’un équipement se relisent dans l’ordre où l’index les a écrits, vides compris', () => {
  assert.deepEqual(lireChamps('Stade Lamendin. ¦ équipement sportif, sport. ¦ ¦ En projet. ¦ Blum (QP062030).'.split(' ')), ['équipement sportif, sport', '', 'En projet', 'Blum (QP062030)']);
});

test('« école Liévin » : les écoles de Liévin, dont une dont le nom n’a pas le mot, pas le collège', () => {
  const l = ligne(enseignement('école Liévin'), termesDe('école Liévin'))!;
  assert.equal(l.titre, 'Enseignement à Liévin');
  assert.deepEqual(l.equipements.map((e) => e.titre).sort(), ['La Fontaine', 'École Jules Ferry']);
  assert.equal(l.url, '/communes/lievin/#domaine-c');
  assert.ok(l.reponse);
});

test('un seul équipement répond : la ligne est l’équipement, avec son adresse et ses quartiers', () => {
  const l = ligne(sports('stade'), ['stade'])!;
  assert.equal(l.titre, 'Stade Lamendin');
  assert.equal(l.url, '/communes/lievin/#eq-stade');
  assert.deepEqual(l.details, ['Équipement', 'Sports, loisirs et culture', 'rue Montgolfier, Liévin', 'En limite du périmètre', 'Quartiers : Blum (QP062030)']);
});

test('« sport Liévin » : l’équipement qui a le mot ; « loisirs Liévin », que seul le domaine a, liste le domaine', () => {
  assert.equal(ligne(sports('sport Liévin'), termesDe('sport Liévin'))!.titre, 'Stade Lamendin');
  const loisirs = ligne(sports('loisirs Liévin'), termesDe('loisirs Liévin'))!;
  assert.equal(loisirs.titre, 'Sports, loisirs et culture à Liévin');
  assert.deepEqual(loisirs.equipements.map((e) => e.titre), ['Stade Lamendin', 'Salle des fêtes']);
});

test('le nom de la commune seul : ses équipements en bloc, sans les énumérer', () => {
  const l = ligne(sports('Liévin'), ['lievin'])!;
  assert.equal(l.titre, 'Sports, loisirs et culture à Liévin');
  assert.deepEqual([l.nombre, l.equipements.length], [2, 0]);
});

test('le filtre quartier retire les équipements qui n’y sont pas, et la ligne entière s’il n’en reste aucun qui réponde', () => {
  assert.equal(ligne(enseignement('établissement'), ['etablissement'], { quartier: ['Blum (QP062030)'] }), undefined);
  assert.equal(ligne(sports('stade'), ['stade'], { quartier: ['Blum (QP062030)'] })!.titre, 'Stade Lamendin');
  assert.equal(ligne(sports('stade'), ['stade'], { quartier: ['Calonne (QP062028)'] }), undefined);
  assert.deepEqual(ligne(sports(''), [], { quartier: ['Calonne (QP062028)'] })!.equipements.map((e) => e.titre), ['Salle des fêtes']);
});

test('un mot que Pagefind a raccourci (« trampoline » → « trame ») ne fait pas une réponse', () => {
  const f = fragment('/quartiers/qp062025/', 'Grande Résidence (QP062025)', 'Quartier', [{ texte: 'Grande Résidence (QP062025)' }, { ancre: { element: 'h4', id: 'diagnostic-1-pilier-1', text: 'Cadre de vie' }, texte: 'La trame verte.' }], 'trampoline');
  const l = ligne(f, ['trampoline'])!;
  assert.equal(l.reponse, false);
  assert.deepEqual(l.trouves, []);
});

// A fiche's document carries its communes as filters: the search page reads a table's commune from among them.
const fiche = (q: string, filtres: Record<string, string[]> = { commune: ['Lens', 'Vendin-le-Vieil'] }) =>
  fragment(
    '/quartiers/qp062025/',
    'Grande Résidence (QP062025)',
    'Quartier',
    [
      { texte: 'Grande Résidence (QP062025) Quartier prioritaire à Lens.' },
      { ancre: { element: 'h2', id: 'diagnostic', text: 'Diagnostic par pilier' }, texte: 'Diagnostic par pilier.' },
      { ancre: { element: 'h3', id: 'diagnostic-1', text: 'Tableau de la commune de Lens' }, texte: 'Tableau de la commune de Lens.' },
      { ancre: { element: 'h4', id: 'diagnostic-1-pilier-1', text: 'Cohésion sociale' }, texte: 'Cohésion sociale. Un sentiment d’insécurité.' },
      { ancre: { element: 'h3', id: 'diagnostic-2', text: 'Tableau de la commune de Vendin-le-Vieil' }, texte: 'Tableau de la commune de Vendin-le-Vieil.' },
      { ancre: { element: 'h4', id: 'diagnostic-2-ligne-3', text: 'Ligne 3' }, texte: 'Ligne 3. Des habitants fidèles à leur quartier, une insécurité ressentie.' },
    ],
    q,
    filtres,
  );

test('le nom d’un quartier : la fiche, sans ses sections qui le répètent', () => {
  const l = ligne(fiche('grande residence'), termesDe('grande residence'))!;
  assert.deepEqual([l.type, l.titre, l.url, l.autres], ['Quartier', 'Grande Résidence (QP062025)', '/quartiers/qp062025/', []]);
});

test('un mot du diagnostic : la section qui le contient, nommée par son quartier, son pilier et sa commune', () => {
  const l = ligne(fiche('insécurité'), ['insecurite'])!;
  assert.equal(l.type, 'Section de fiche');
  assert.equal(l.titre, 'Grande Résidence : Cohésion sociale (Lens)');
  assert.equal(l.url, '/quartiers/qp062025/#diagnostic-1-pilier-1');
  assert.deepEqual(l.autres.map((a) => a.titre), ['Grande Résidence : Tableau de la commune de Vendin-le-Vieil, ligne 3']);
  // The commune filter keeps the other commune's table out.
  const vendin = ligne(fiche('insécurité'), ['insecurite'], { commune: ['Vendin-le-Vieil'] })!;
  assert.equal(vendin.url, '/quartiers/qp062025/#diagnostic-2-ligne-3');
  assert.deepEqual(vendin.autres, []);
});

test('une phrase d’un tableau mal lu mène à sa ligne', () => {
  const q = 'Des habitants fidèles à leur quartier';
  assert.equal(ligne(fiche(q), termesDe(q))!.url, '/quartiers/qp062025/#diagnostic-2-ligne-3');
});

test('un nom tapé exactement passe devant, un code aussi ; sinon l’ordre de Pagefind reste', () => {
  const lignes = [{ titre: 'Languedoc - Cité 10 (QP062047)' }, { titre: 'Boulodrome de la cité 10' }, { titre: 'Cité 10 (QP062032)' }];
  assert.deepEqual(classer(lignes, 'cite 10').map((l) => l.titre), ['Cité 10 (QP062032)', 'Languedoc - Cité 10 (QP062047)', 'Boulodrome de la cité 10']);
  assert.deepEqual(classer(lignes, 'qp062047')[0], lignes[0]);
  assert.deepEqual(classer(lignes, 'cité'), lignes);
});

test('un nom qui tient tous les mots passe devant ceux qui n’en tiennent qu’une partie, titre ou équipement listé', () => {
  const eq = (titre: string) => ({ titre, url: '', domaine: '', adresse: '', precisions: '', quartiers: '' });
  const lignes = [
    { titre: 'Santé et action sociale à Méricourt', equipements: [eq('Centre social Max Pol Fouchet'), eq('Annexe du Centre Social')] },
    { titre: 'Santé et action sociale à Loison-sous-Lens', equipements: [eq('Centre de Santé : Christian WERMERS'), eq('Maison de la Solidarité')] },
    { titre: 'Cité Des Brebis : Cohésion sociale' },
  ];
  assert.deepEqual(classer(lignes, 'centre de santé').map((l) => l.titre), [lignes[1]!.titre, lignes[0]!.titre, lignes[2]!.titre]);
  assert.ok(nommeTout({ titre: 'Santé et action sociale à Harnes' }, ['sante', 'harnes']));
  // One word: every row holds it somewhere, Pagefind's order stands.
  assert.ok(!nommeTout({ titre: 'Piscine' }, ['piscine']));
  assert.deepEqual(classer(lignes, 'santé'), lignes);
  // An équipement named exactly brings its row first, and comes first in it.
  const avion = { titre: 'Sports, loisirs et culture à Avion', equipements: [eq('Terrain de Foot Picasso'), eq('terrains foot')] };
  const classees = classer([lignes[2]!, avion], 'Terrains foot');
  assert.equal(classees[0]!.titre, avion.titre);
  assert.deepEqual(classees[0]!.equipements!.map((e) => e.titre), ['terrains foot', 'Terrain de Foot Picasso']);
});

test('premier écran : cinq résultats, plus les suivants presque aussi bien notés quand plusieurs mots sont cherchés', () => {
  const scores = [14.1, 11.7, 11.5, 11.2, 11.2, 11.2, 11.2, 11.2, 10.6, 9.8, 6.6];
  assert.equal(aCharger(scores, 2, 5, 10), 9);
  assert.equal(aCharger(scores, 1, 5, 10), 5);
  assert.equal(aCharger([9, 8, 7, 6, 5, 1], 2, 5, 10), 5);
  assert.equal(aCharger(Array(20).fill(3), 3, 5, 10), 10);
  assert.equal(aCharger([2, 1], 2, 5, 10), 2);
});

test('un quartier tapé avec sa commune : la fiche, puis la page de la commune, avant les équipements de la commune', () => {
  const lignes = [
    { titre: 'Harnes', type: 'Commune', details: ['Commune'] },
    { titre: 'Sports, loisirs et culture à Harnes', type: 'Équipement', details: ['Équipements', '12 à Harnes'], communes: ['Harnes'] },
    { titre: 'Cité Bellevue (QP062023)', type: 'Quartier', details: ['Quartier', 'Harnes'], communes: ['Harnes'] },
  ];
  assert.deepEqual(classer(lignes, 'cité bellevue harnes').map((l) => l.titre), ['Cité Bellevue (QP062023)', 'Harnes', 'Sports, loisirs et culture à Harnes']);
  // A 2024 code after the name, and a name of another commune: not that fiche's commune.
  const n = [{ titre: 'Douai', type: 'Commune', details: ['Commune'] }, { titre: 'Gayant (QN05901M)', type: 'Quartier', details: ['Quartier', 'Douai'], communes: ['Douai'] }];
  assert.equal(classer(n, 'gayant douai')[0]!.titre, 'Gayant (QN05901M)');
  assert.equal(classer(n, 'gayant lens')[0]!.titre, 'Douai');
});

test('des mots qui se suivent, dans un nom puis dans un texte, passent devant les mêmes mots épars', () => {
  assert.equal(suiteVoulue('Maisons & Cités'), 'maisons cites');
  assert.ok(tientLaSuite('le bailleur Maisons et Cités', suiteVoulue('maisons et cités')));
  assert.ok(!tientLaSuite('Maison des 3 Cités', suiteVoulue('maisons et cités')));
  assert.ok(tientLaSuite('Espace Public Numérique n°2', suiteVoulue('numérique n° 2')));
  const lignes = [
    { titre: 'Maison des 3 Cités' },
    { titre: 'Cité Des Brebis : Cadre de vie et renouvellement urbain', enSuite: true },
    { titre: 'Antenne Maisons et Cités' },
  ];
  assert.deepEqual(classer(lignes, 'maisons et cités').map((l) => l.titre), ['Antenne Maisons et Cités', 'Cité Des Brebis : Cadre de vie et renouvellement urbain', 'Maison des 3 Cités']);
  // One word: order is Pagefind's.
  assert.deepEqual(classer(lignes, 'cités'), lignes);
});

test('un équipement nommé exactement dans un groupe a sa propre ligne, avant le reste du groupe', () => {
  const eq = (titre: string) => ({ titre, url: `/equipements/#${titre}`, domaine: 'Services aux particuliers', adresse: '', precisions: '', quartiers: 'Cité 4 (QP062019)' });
  const groupe = { type: 'Équipement', titre: 'Services aux particuliers à Avion', url: '/equipements/', details: ['Équipements', '2 à Avion'], extrait: '', autres: [], equipements: [eq('Maison de la Solidarité'), eq('Maison des Habitants')], reponse: true, trouves: [], communes: ['Avion'] };
  const [seul, reste] = detacherExacts([groupe], 'maison des habitants');
  assert.equal(seul!.titre, 'Maison des Habitants');
  assert.deepEqual(seul!.details, ['Équipement', 'Services aux particuliers', 'Avion', 'Quartiers : Cité 4 (QP062019)']);
  assert.deepEqual(reste!.equipements.map((e) => e.titre), ['Maison de la Solidarité']);
  assert.deepEqual(detacherExacts([groupe], 'maison'), [groupe]);
});

test('le compte se lit sans ambiguïté : les résultats, dont les groupes et les équipements qu’ils réunissent', () => {
  const eq = (titre: string) => ({ titre, url: '', domaine: '', adresse: '', precisions: '', quartiers: '' });
  const page = { equipements: [] };
  const groupe = (n: number) => ({ equipements: Array.from({ length: n }, (_, i) => eq(`É${i}`)) });
  assert.equal(compte(3, [page, page, page], ' pour « x »'), '3 résultats pour « x »');
  assert.equal(compte(7, [page, groupe(20), groupe(9), page], ' pour « calonne »'), '7 résultats pour « calonne », dont 2 groupes qui réunissent 29 équipements');
  assert.equal(compte(3, [groupe(4), groupe(3), { equipements: [], nombre: 2 }], ' pour « collège »'), '3 groupes pour « collège », qui réunissent 9 équipements');
  assert.equal(compte(1, [groupe(5)]), '1 groupe, qui réunit 5 équipements');
});

test('une seule notion du nom tapé exactement, pour le classement et pour détacher un équipement de son groupe', () => {
  assert.equal(nommeExactement('Cité 10 (QP062032)', 'cite 10'), true);
  assert.equal(nommeExactement('Languedoc - Cité 10 (QP062047)', 'cité 10'), false);
  assert.equal(nommeExactement('Languedoc - Cité 10 (QP062047)', 'QP062047'), true);
  assert.equal(nommeExactement('Maison des Habitants', 'maison des habitants'), true);
});
