import { test } from 'node:test';
import assert from 'node:assert/strict';
import { chaineCss, dateEnFrancais, enteteImpression } from '../../../../src/lib/site/impression.ts';

test('un titre ne peut pas sortir de sa chaîne CSS', () => {
  assert.equal(chaineCss('Cité "9" \\ fin'), '"Cité \\"9\\" \\\\ fin"');
  assert.equal(chaineCss('a\nb'), '"a b"');
  const css = enteteImpression({ titre: 'X"; } body { display: none', site: 'Site', date: '2026-12-01T10:00:00Z' });
  assert.equal(css.match(/\{/g)?.length, css.match(/\}/g)?.length);
  assert.match(css, /@top-left \{ content: "X\\"; \} body \{ display: none"; \}/);
});

test('la date de la version, à la française', () => {
  assert.equal(dateEnFrancais('2026-12-01T10:00:00Z'), '1er décembre 2026');
  assert.equal(dateEnFrancais('2026-03-15T10:00:00Z'), '15 mars 2026');
  assert.match(enteteImpression({ titre: 'T', site: 'S', date: '2026-12-01T10:00:00Z' }), /@bottom-left \{ content: "Version du 1er décembre 2026"; \}/);
});

test('une page qui n’est pas une fiche n’imprime que le titre du site, échappé', () => {
  assert.equal(enteteImpression({ site: 'Quartiers "A"' }), '@page {\n  @top-right { content: "Quartiers \\"A\\""; }\n}\n');
});
