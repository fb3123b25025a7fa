// The accessibility statement and the legal notice, built twice into temporary folders: with every setting a
// published site needs, each required field shows its value; with none, every sentence is whole, says what is
// missing, and the build warns about the unset settings (and still succeeds).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { construire, decoderEntites, texteDeHtml } from './outils.ts';
import { reglagesDePublication } from '../../src/lib/publication/reglages.ts';

const REGLAGES = {
  SITE_URL: 'https://quartiers.exemple.test',
  PUBLISHER_NAME: 'Communauté d’Agglomération de Lens-Liévin',
  PUBLISHER_CONTACT: 'accessibilite@exemple.test',
  ACCESSIBILITY_SCHEME_URL: 'https://exemple.test/schema-pluriannuel.pdf',
  STATEMENT_DATE: '2026-03-01',
  PUBLICATION_DIRECTOR: 'Jeanne Martin',
  HOSTING_PROVIDER: 'Hébergeur Exemple SAS, 1 rue de l’Exemple, 62300 Lens, 03 21 00 00 00',
};
const AUCUN = Object.fromEntries(Object.keys(REGLAGES).map((k) => [k, '']));

let temporaire: string;
const construit: Record<'tous' | 'aucun', { sortie: string; page: (f: string) => string }> = {} as never;

/** The text of the <main> of a built page, tags removed, spaces collapsed. */
function texteDe(dist: string, fichier: string): string {
  const html = readFileSync(join(dist, fichier), 'utf8');
  const main = /<main\b[^>]*>([\s\S]*?)<\/main>/.exec(html)?.[1] ?? '';
  const sansScripts = main.replace(/<script[\s\S]*?<\/script>/g, '');
  // Inline tags vanish, block tags leave a space between the texts they separate.
  return decoderEntites(sansScripts.replace(/<\/?(a|strong|em|span|time|code)\b[^>]*>/g, '').replace(/<[^>]+>/g, ' ')).replace(/\s+/g, ' ').trim();
}
/** Each paragraph and list item of the <main>, as text. */
function blocs(dist: string, fichier: string): string[] {
  const html = readFileSync(join(dist, fichier), 'utf8');
  const main = /<main\b[^>]*>([\s\S]*?)<\/main>/.exec(html)?.[1] ?? '';
  return [...main.matchAll(/<(p|li)\b[^>]*>([\s\S]*?)<\/\1>/g)].map((m) => texteDeHtml(m[2]!));
}

before(() => {
  temporaire = mkdtempSync(join(tmpdir(), 'qpv-declaration-'));
  for (const [nom, env] of [['tous', REGLAGES], ['aucun', AUCUN]] as const) {
    const dist = join(temporaire, nom);
    construit[nom] = { sortie: construire(dist, env), page: (f) => texteDe(dist, f) };
  }
}, { timeout: 10 * 60_000 });

after(() => {
  if (temporaire) rmSync(temporaire, { recursive: true, force: true });
});

test('avec tous les réglages, la déclaration donne chaque mention obligatoire', () => {
  const t = construit.tous.page('accessibilite/index.html');
  for (const attendu of [
    `L’organisme qui publie ce site s’engage à le rendre accessible conformément à l’article 47 de la loi n° 2005-102 du 11 février 2005. Éditeur : ${REGLAGES.PUBLISHER_NAME}.`,
    'schéma pluriannuel de mise en accessibilité et ses plans d’actions',
    `s’applique au site « Quartiers prioritaires de Lens-Liévin », à l’adresse ${REGLAGES.SITE_URL}/.`,
    'non conforme',
    'version 4.1.2',
    'n’a pas encore fait l’objet d’un audit de conformité',
    'Cette déclaration a été établie le 1er mars 2026.',
    'Résultats des tests',
    'Technologies utilisées',
    'Environnement de test',
    'Outils pour évaluer l’accessibilité',
    'axe-core',
    'Contenus non accessibles',
    'Dérogations pour charge disproportionnée',
    `Contact : ${REGLAGES.PUBLISHER_CONTACT}.`,
    'Défenseur des droits, Libre réponse 71120, 75342 Paris CEDEX 07',
  ]) assert.ok(t.includes(attendu), `« ${attendu} » absent de la déclaration :\n${t}`);
  const html = readFileSync(join(temporaire, 'tous', 'accessibilite/index.html'), 'utf8');
  assert.ok(html.includes(`href="${REGLAGES.ACCESSIBILITY_SCHEME_URL}"`), 'lien vers le schéma pluriannuel');
  assert.ok(html.includes(`href="mailto:${REGLAGES.PUBLISHER_CONTACT}"`), 'lien de contact');
  assert.doesNotMatch(t, /pas encore (renseigné|liés|fixée)/);
});

test('avec tous les réglages, les mentions légales nomment l’éditeur, son contact, le directeur de la publication, l’hébergeur et l’adresse du site ; pas d’avertissement', () => {
  const t = construit.tous.page('mentions-legales/index.html');
  assert.ok(t.includes(`Éditeur Nom : ${REGLAGES.PUBLISHER_NAME}.`), t);
  assert.ok(t.includes(`Contact : ${REGLAGES.PUBLISHER_CONTACT}.`), t);
  assert.ok(t.includes(`Adresse du site : ${REGLAGES.SITE_URL}/.`), t);
  assert.ok(t.includes(`Directeur ou directrice de la publication : ${REGLAGES.PUBLICATION_DIRECTOR}.`), t);
  assert.ok(t.includes(`Hébergeur : ${REGLAGES.HOSTING_PROVIDER}.`), t);
  assert.doesNotMatch(construit.tous.sortie, /Attention : .*réglage/);
});

test('sans réglage, la construction aboutit et avertit en nommant chaque réglage manquant', () => {
  const sortie = construit.aucun.sortie;
  assert.match(sortie, /Site construit dans /);
  assert.match(sortie, /Attention : 7 réglages qu'un site publié doit avoir ne sont pas renseignés/);
  for (const { variable } of reglagesDePublication) assert.match(sortie, new RegExp(`^ {2}- ${variable} : `, 'm'));
});

test('sans réglage, la déclaration et les mentions disent ce qui manque, en phrases entières', () => {
  const declaration = construit.aucun.page('accessibilite/index.html');
  for (const attendu of [
    'Son nom n’est pas encore renseigné dans les réglages du site.',
    'ses plans d’actions ne sont pas encore liés depuis cette page.',
    'Son adresse publique n’est pas encore renseignée.',
    'la date de son évaluation n’est pas encore fixée dans les réglages du site.',
    'Le moyen de contacter l’éditeur n’est pas encore renseigné dans les réglages du site.',
    'version 4.1.2',
    'Défenseur des droits',
  ]) assert.ok(declaration.includes(attendu), `« ${attendu} » absent :\n${declaration}`);
  const mentions = construit.aucun.page('mentions-legales/index.html');
  assert.ok(mentions.includes("Le nom de l'éditeur de ce site n'est pas encore renseigné dans les réglages du site."), mentions);
  assert.ok(mentions.includes("Le moyen de contacter l'éditeur n'est pas encore renseigné dans les réglages du site."), mentions);
  assert.ok(mentions.includes("Le nom du directeur ou de la directrice de la publication n'est pas encore renseigné dans les réglages du site."), mentions);
  assert.ok(mentions.includes("Le nom, l'adresse et le téléphone de l'hébergeur ne sont pas encore renseignés dans les réglages du site."), mentions);

  for (const fichier of ['accessibilite/index.html', 'mentions-legales/index.html']) {
    for (const b of blocs(join(temporaire, 'aucun'), fichier)) {
      assert.match(b, /[.:;»)]$/, `${fichier} : phrase inachevée « ${b} »`);
      assert.doesNotMatch(b, /undefined|null|sera indiqué ici|\s[.,]|«\s*»|\(\s*\)/, `${fichier} : « ${b} »`);
    }
  }
});
