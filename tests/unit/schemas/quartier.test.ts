import { test } from 'node:test';
import assert from 'node:assert/strict';
import { quartier } from '../../../src/schemas/index.ts';
import { quartierMinimal } from '../quartier-minimal.ts';

const valide = quartierMinimal;

test('une fiche minimale est valide', () => {
  assert.equal(quartier.safeParse(valide).success, true);
});

test('un code écrit comme un nombre est refusé avec un message qui dit de le mettre entre guillemets', () => {
  const r = quartier.safeParse({ ...valide, code: 62002 });
  assert.equal(r.success, false);
  const issue = r.error!.issues.find((i) => i.path.join('.') === 'code');
  assert.match(issue!.message, /entre guillemets/);
});

test('« 7 100 € » à la place d’un nombre est refusé', () => {
  const r = quartier.safeParse({ ...valide, revenu_fiscal_median: '7 100 €' });
  assert.equal(r.success, false);
  assert.match(r.error!.issues[0]!.message, /nombre entier/);
});

test('une clé inconnue est refusée', () => {
  const r = quartier.safeParse({ ...valide, populaton: 3 });
  assert.equal(r.success, false);
  assert.equal(r.error!.issues[0]!.code, 'unrecognized_keys');
});
