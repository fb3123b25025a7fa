import { test } from 'node:test';
import assert from 'node:assert/strict';
import { prechargerMetadonnees } from '../../../src/lib/recherche/prechargement.ts';

const page = (href: string) => `<head><link rel="preload" href="${href}" as="fetch" crossorigin="anonymous"></head>`;
const entree = { languages: { fr: { hash: 'fr_66b11fe44b' } } };

test('les métadonnées de la langue du WebAssembly sont préchargées à côté de lui, sous le même chemin de base', () => {
  const html = prechargerMetadonnees(page('/qpv/pagefind/wasm.fr.pagefind'), entree);
  assert.equal(
    html,
    '<head><link rel="preload" href="/qpv/pagefind/wasm.fr.pagefind" as="fetch" crossorigin="anonymous"><link rel="preload" href="/qpv/pagefind/pagefind.fr_66b11fe44b.pf_meta" as="fetch" crossorigin="anonymous"></head>',
  );
});

test('une page sans préchargement du WebAssembly, ou une langue absente de l’index, est une erreur', () => {
  assert.throws(() => prechargerMetadonnees('<head></head>', entree), /ne précharge pas le WebAssembly/);
  assert.throws(() => prechargerMetadonnees(page('/pagefind/wasm.en.pagefind'), entree), /pas de langue « en »/);
});
