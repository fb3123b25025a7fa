// The W3C Nu Html Checker (vnu-jar, Java) over every built page and style sheet, beside html-validate: it knows
// the ARIA-in-HTML rules and the parser's errors (a script after </html>) that html-validate does not.
// One Java start checks the build and the invalid fixture together (a start costs about as much as the pages).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import vnuJar from 'vnu-jar';
import { DIST_DEFAUT, RACINE_PROJET, aucuneErreur } from './outils.ts';

const FIXTURE = resolve(RACINE_PROJET, 'tests/fixtures/w3c-invalide');

/** Warnings accepted, each with its reason. */
const AVERTISSEMENTS_ADMIS: { message: RegExp; raison: string }[] = [
  {
    message: /^Section lacks heading\./,
    raison:
      'A wide table scrolls in a <section> named by aria-labelledby after the title that stands above it (TableauDefilant: ' +
      'inside, the title would scroll away). The checker only looks for an h2-h6 inside; html-validate asks for <section> ' +
      'rather than role="region" (prefer-native-element).',
  },
];

interface Message { type: string; subType?: string; url?: string; message: string; lastLine?: number }

const sortie = spawnSync(process.env.JAVA ?? 'java', ['-jar', String(vnuJar), '--format', 'json', '--skip-non-html', '--also-check-css', DIST_DEFAUT, FIXTURE], {
  encoding: 'utf8',
  maxBuffer: 64 * 1024 * 1024,
});

function messages(): Message[] {
  assert.ok(!sortie.error, `Java introuvable (${sortie.error?.message}) : installer un JRE (apt-get install -y default-jre-headless) ou régler JAVA`);
  // vnu writes its JSON report on stderr, and exits 1 when it found errors.
  return (JSON.parse(sortie.stderr) as { messages: Message[] }).messages;
}

const fichier = (m: Message) => (m.url ? relative(RACINE_PROJET, fileURLToPath(m.url)) : '?');
const probleme = (m: Message) =>
  m.type === 'error' || m.type === 'non-document-error' || (m.subType === 'warning' && !AVERTISSEMENTS_ADMIS.some((a) => a.message.test(m.message)));
const ligne = (m: Message) => `${fichier(m)}:${m.lastLine ?? '?'}: ${m.type}${m.subType ? `/${m.subType}` : ''}: ${m.message}`;

test('le vérificateur du W3C ne trouve aucune erreur ni avertissement dans les pages et les styles construits', () => {
  const duSite = messages().filter((m) => !fichier(m).startsWith('tests/'));
  aucuneErreur(duSite.filter(probleme).map(ligne), 'erreur(s) ou avertissement(s) du vérificateur du W3C');
});

test('le vérificateur du W3C signale la page et le style invalides exprès', () => {
  const fixture = messages().filter((m) => fichier(m).startsWith('tests/') && probleme(m)).map((m) => m.message);
  assert.ok(fixture.some((m) => m.startsWith('Stray start tag “script”')), fixture.join('\n'));
  assert.ok(fixture.some((m) => m.includes('must not be used on a “tr” element')), fixture.join('\n'));
  assert.ok(fixture.some((m) => m.startsWith('CSS: “color”')), fixture.join('\n'));
});
