import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ecrireLignesTransmises, lireLignesTransmises } from '../../../../src/lib/site/contenu-valide.ts';

const dossier = mkdtempSync(join(tmpdir(), 'qpv-lignes-'));
after(() => rmSync(dossier, { recursive: true, force: true }));

test('une liste transmise ligne à ligne se relit à l’identique, même au-delà du tampon de lecture', () => {
  // Line breaks and « ’ » inside the values, and enough text (3 MB) for a character to straddle two reads of 1 MB.
  const valeurs = Array.from({ length: 1200 }, (_, i) => ({ url: `/communes/liévin/#d${i}`, content: `<h2>Salle ’${i}’</h2>\n<p>${'é'.repeat(1000 + i)}</p>` }));
  ecrireLignesTransmises(join(dossier, 'documents'), valeurs);
  assert.deepEqual([...lireLignesTransmises(join(dossier, 'documents'))], valeurs);
});

test('une liste vide se relit vide', () => {
  ecrireLignesTransmises(join(dossier, 'vide'), []);
  assert.deepEqual([...lireLignesTransmises(join(dossier, 'vide'))], []);
});

test('une liste écrite au fil de sa production ne paraît sous son nom qu’entière', () => {
  const fichier = join(dossier, 'au-fil');
  function* produire() {
    for (let i = 0; i < 3; i++) {
      // The reader (build.ts) must never open half a list.
      assert.equal(existsSync(fichier), false);
      yield { i };
    }
  }
  ecrireLignesTransmises(fichier, produire());
  assert.deepEqual([...lireLignesTransmises(fichier)], [{ i: 0 }, { i: 1 }, { i: 2 }]);
});
