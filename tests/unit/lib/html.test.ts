import { test } from 'node:test';
import assert from 'node:assert/strict';
import { echapperHtml } from '../../../src/lib/html.ts';

test('un texte écrit dans du HTML : les cinq caractères qui le casseraient sont échappés', () => {
  assert.equal(echapperHtml(`<a href="x">l'Œil & co</a>`), '&lt;a href=&quot;x&quot;&gt;l&#39;Œil &amp; co&lt;/a&gt;');
});
