import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Bornes } from '../../../../src/lib/fourchette.ts';
import { autresQue, comparerFourchettes, densite, finEchelle, repartition, tracesDensite } from '../../../../src/lib/site/repartition.ts';
import { hasard } from '../../../../src/lib/hasard.ts';

test('une échelle se termine sur quatre pas ronds', () => {
  assert.equal(finEchelle(11_250), 12_000);
  assert.equal(finEchelle(140), 160);
  assert.equal(finEchelle(30), 32);
});

test('fourchettes comparées : plus bas, même, plus haut, chevauchement ; une fourchette ouverte n’a pas de haut', () => {
  const c = comparerFourchettes({ min: 25, max: 30 }, [{ min: 20, max: 25 }, { min: 25, max: 30 }, { min: 30, max: 35 }, { min: 0, max: 40 }, { min: 30 }]);
  assert.deepEqual(c, { plusBas: 1, memes: 1, plusHaut: 2, chevauchent: 1 });
  assert.deepEqual(comparerFourchettes({ min: 85 }, [{ min: 35, max: 40 }, { min: 85 }, { min: 90 }]), { plusBas: 1, memes: 1, plusHaut: 0, chevauchent: 1 });
  // A range held by several quartiers counts for each of them.
  assert.deepEqual(comparerFourchettes({ min: 85 }, [{ min: 35, max: 40, n: 3 }, { min: 85, n: 2 }]), { plusBas: 3, memes: 2, plusHaut: 0, chevauchent: 0 });
});

test('la densité des autres quartiers tient en quelques plages, quel que soit leur nombre', () => {
  const beaucoup = Array.from({ length: 1500 }, (_, k) => ({ min: k % 50, max: (k % 50) + 10 }));
  const plages = densite(repartition(beaucoup, 100));
  assert.ok(plages.length <= 50);
  assert.ok(plages.every((p) => p.debut < p.fin && p.niveau >= 1 && p.niveau <= 4));
  // An open range runs to the end of the scale; a single value covers its own cell.
  assert.deepEqual(densite(repartition([{ min: 90 }], 100, 10)), [{ debut: 0.9, fin: 1, niveau: 4 }]);
  assert.deepEqual(densite(repartition([{ min: 7100, max: 7100 }], 12_000, 100)), [{ debut: 0.59, fin: 0.6, niveau: 4 }]);
  assert.deepEqual(densite(repartition([{ min: 20, max: 30 }], 100, 10)), [{ debut: 0.2, fin: 0.3, niveau: 4 }]);
});

test('ôter un quartier de la répartition de tous donne la même chose que la répartition des autres', () => {
  const h = hasard(7);
  const bornes = [0, 5, 10, 15, 20, 25, 30, 40, 60, 85];
  const tous: Bornes[] = Array.from({ length: 300 }, () => {
    const k = h.indice(bornes.length - 1);
    return h.vrai(0.2) ? { min: bornes[k]! } : { min: bornes[k]!, max: bornes[k + 1]! };
  });
  const r = repartition(tous, 100);
  for (const j of [0, 17, 299]) {
    const ceci = tous[j]!;
    const autres = tous.filter((_, k) => k !== j);
    assert.deepEqual(densite(r, ceci), densite(repartition(autres, 100)));
    assert.deepEqual(comparerFourchettes(ceci, autresQue(r, ceci)), comparerFourchettes(ceci, autres));
  }
  // The only quartier that prints an indicator has no other to compare with.
  assert.deepEqual(autresQue(repartition([{ min: 5, max: 10 }], 100), { min: 5, max: 10 }), []);
  assert.deepEqual(densite(repartition([{ min: 5, max: 10 }], 100), { min: 5, max: 10 }), []);
});

test('les plages se tracent en un chemin par teinte, bout à bout, une plage étroite gardée visible', () => {
  const plages = [
    { debut: 0, fin: 0.333, niveau: 2 as const },
    { debut: 0.333, fin: 0.5, niveau: 4 as const },
    { debut: 0.5, fin: 0.501, niveau: 2 as const },
  ];
  assert.deepEqual(tracesDensite(plages, { largeur: 1000, y: 3, hauteur: 10, largeurMin: 3 }), [
    { niveau: 2, d: 'M0 3h333v10h-333zM500 3h3v10h-3z' },
    { niveau: 4, d: 'M333 3h167v10h-167z' },
  ]);
  // As many paths as shades, whatever the number of runs.
  const beaucoup = densite(repartition(Array.from({ length: 1500 }, (_, k) => ({ min: (k * 7) % 97, max: ((k * 7) % 97) + 3 })), 100));
  const traces = tracesDensite(beaucoup, { largeur: 1000, y: 0, hauteur: 1 });
  assert.equal(traces.length, new Set(beaucoup.map((p) => p.niveau)).size);
  assert.equal(traces.reduce((n, t) => n + t.d.split('M').length - 1, 0), beaucoup.length);
  assert.deepEqual(tracesDensite([], { largeur: 1000, y: 0, hauteur: 1 }), []);
});
