// The méthodologie speaks of the transcription check from its record only (npm run build:essais first).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIST_DEFAUT, LENS_LIEVIN, texteDeHtml } from './outils.ts';
import { nombre as nombreInsecable } from '../../src/lib/format.ts';

const espaces = (t: string) => t.replace(/[\u00a0\u202f]/g, ' ');
const nombre = (n: number) => espaces(nombreInsecable(n));

test('la méthodologie cite la date et les comptes du relevé de vérification des sources', () => {
  const releve = JSON.parse(readFileSync(join(LENS_LIEVIN, 'verification-sources.json'), 'utf8'));
  const texte = espaces(texteDeHtml(readFileSync(join(DIST_DEFAUT, 'methodologie/index.html'), 'utf8')));
  const phrase = texte.match(/Le \d+ \S+ \d{4}, un outil a cherché [^.]+\./)?.[0];
  assert.ok(phrase, 'aucune phrase sur la vérification');
  assert.ok(phrase.includes(`les ${nombre(releve.textes)} textes`), phrase);
  assert.ok(phrase.includes(`${nombre(releve.trouves)} s’y retrouvent tels quels`), phrase);
  assert.ok(phrase.includes(`les ${nombre(releve.absents.length)} autres n’y sont pas mot pour mot`), phrase);
  assert.ok(phrase.includes(`les ${releve.documents.length} documents sources`), phrase);
});
