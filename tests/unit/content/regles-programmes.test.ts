import { test } from 'node:test';
import { avecTerritoire } from '../robustesse/outils.ts';
import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { validerContenu } from '../../../src/lib/content/valider.ts';
import { programme, type Programme } from '../../../src/schemas/index.ts';

const projet = process.cwd();
const lire = (id: string) => parse(readFileSync(join(projet, 'tests/fixtures/lens-lievin/programmes', `${id}.yaml`), 'utf8')) as Programme;

/** A content folder with one real fiche and the given programme files. */
function avec(programmes: Record<string, unknown>) {
  const racine = mkdtempSync(join(tmpdir(), 'programmes-'));
  mkdirSync(join(racine, 'quartiers'));
  mkdirSync(join(racine, 'programmes'));
  avecTerritoire(racine);
  for (const code of ['qp062019', 'qp062025']) copyFileSync(join(projet, 'tests/fixtures/lens-lievin/quartiers', `${code}.yaml`), join(racine, 'quartiers', `${code}.yaml`));
  for (const [nom, data] of Object.entries(programmes)) writeFileSync(join(racine, 'programmes', nom), stringify(data));
  try {
    return validerContenu(racine, racine);
  } finally {
    rmSync(racine, { recursive: true, force: true });
  }
}

test('les programmes du dépôt sont valides et rattachés à des quartiers existants', () => {
  const { contenu, problemes } = validerContenu(join(projet, 'tests/fixtures/lens-lievin'), projet);
  assert.deepEqual(problemes.filter((p) => p.fichier.includes('programmes/')), []);
  assert.ok(contenu.programmes.length >= 6);
});

test('un quartier inconnu est signalé en nommant le fichier et le champ', () => {
  const p = { ...lire('tfpb-grande-residence'), quartier: 'QP062099' };
  const { problemes } = avec({ 'tfpb-grande-residence.yaml': p });
  const pb = problemes.find((x) => x.chemin === 'quartier');
  assert.ok(pb, 'problème attendu sur le champ quartier');
  assert.equal(pb.fichier, 'programmes/tfpb-grande-residence.yaml');
  assert.match(pb.message, /QP062099/);
  assert.match(pb.message, /programmes\/tfpb-grande-residence\.yaml/);
  assert.match(pb.message, /champ quartier/);
});

test('un id différent du nom de fichier est signalé', () => {
  const { problemes } = avec({ 'autre-nom.yaml': lire('tfpb-grande-residence') });
  assert.ok(problemes.some((x) => x.chemin === 'id' && /autre-nom/.test(x.message)));
});

test('un total TFPB qui ne fait pas la somme des actions est signalé', () => {
  const p = { ...lire('tfpb-grande-residence'), total_euros: 229000 };
  const { problemes } = avec({ 'tfpb-grande-residence.yaml': p });
  const pb = problemes.find((x) => x.chemin === 'total_euros');
  assert.ok(pb);
  assert.match(pb.message, /229468/);
});

test('un montant écrit « 1 880 000 € » est refusé par le schéma', () => {
  const p = lire('npnru-qp062019') as Extract<Programme, { type: 'npnru' }>;
  const r = programme.safeParse({ ...p, decisions: [{ ...p.decisions![0]!, montant_euros: '1 880 000 €' }] });
  assert.equal(r.success, false);
});

test('chiffres vérifiés dans la source : la tour des Frênes, 71 logements, 1 880 000 €', () => {
  const p = lire('npnru-qp062019') as Extract<Programme, { type: 'npnru' }>;
  const frenes = p.decisions!.find((d) => /tour des Frênes/.test(d.libelle))!;
  assert.equal(frenes.nombre_logements, 71);
  assert.equal(frenes.montant_euros, 1_880_000);
  assert.equal(p.operations!.find((o) => o.nature === 'demolition')!.nombre_logements, 410);
  const lens = lire('npnru-qp062024') as Extract<Programme, { type: 'npnru' }>;
  assert.equal(lens.statut, 'interet-national');
  assert.equal(lens.operations!.find((o) => o.nature === 'demolition')!.nombre_logements, 227);
});

test('chiffres vérifiés dans la source : les programmes TFPB 2023', () => {
  const attendus: [string, string, number, number][] = [
    ['tfpb-grande-residence', 'QP062025', 1413, 229_468],
    ['tfpb-sellier', 'QP062027', 304, 54_450],
    ['tfpb-loucheur', 'QP062026', 46, 33_415],
  ];
  for (const [id, quartier, logements, total] of attendus) {
    const p = lire(id) as Extract<Programme, { type: 'tfpb' }>;
    assert.equal(p.quartier, quartier, id);
    assert.equal(p.logements, logements, id);
    assert.equal(p.total_euros, total, id);
    assert.equal(p.actions.reduce((s, a) => s + a.montant_euros, 0), total, id);
  }
});
