import { test } from 'node:test';
import assert from 'node:assert/strict';
import { environnement } from '../../../src/schemas/environnement.ts';

const lire = (env: Record<string, string>) => environnement.parse(env);
const erreurs = (env: Record<string, string>) => environnement.safeParse(env).error?.issues.map((i) => i.message) ?? [];

test('PUBLISHER_CONTACT est lu une fois : une adresse e-mail (mailto: ou non, en toute casse) ou une adresse web', () => {
  assert.deepEqual(lire({ PUBLISHER_CONTACT: 'donnees@agglo.fr' }).PUBLISHER_CONTACT, { type: 'courriel', adresse: 'donnees@agglo.fr', href: 'mailto:donnees@agglo.fr' });
  assert.deepEqual(lire({ PUBLISHER_CONTACT: 'MAILTO:a@b.fr' }).PUBLISHER_CONTACT, { type: 'courriel', adresse: 'a@b.fr', href: 'mailto:a@b.fr' });
  assert.deepEqual(lire({ PUBLISHER_CONTACT: ' https://agglo.fr/contact ' }).PUBLISHER_CONTACT, { type: 'web', adresse: 'https://agglo.fr/contact', href: 'https://agglo.fr/contact' });
  assert.equal(lire({ PUBLISHER_CONTACT: '  ' }).PUBLISHER_CONTACT, undefined);
  assert.equal(lire({}).PUBLISHER_CONTACT, undefined);
});

test('un contact qui n’est ni l’un ni l’autre est refusé, avec la correction', () => {
  assert.deepEqual(erreurs({ PUBLISHER_CONTACT: 'contact@mairie' }), ['PUBLISHER_CONTACT : « contact@mairie » n\'est ni une adresse e-mail complète (nom@domaine.fr) ni une adresse web complète (https://…)']);
  assert.match(erreurs({ PUBLISHER_CONTACT: 'www.agglo.fr/contact' })[0]!, /: écrivez https:\/\/www\.agglo\.fr\/contact$/);
  assert.equal(erreurs({ PUBLISHER_CONTACT: 'ftp://agglo.fr' }).length, 1);
});

test('les autres réglages : origine, chemin, dates ; toutes les fautes d’un coup', () => {
  const r = lire({ SITE_URL: 'https://exemple.fr/chemin/', BASE_PATH: 'qpv', PUBLISHER_NAME: '  la Communauté  ' });
  assert.deepEqual([r.SITE_URL, r.BASE_PATH, r.PUBLISHER_NAME, r.STATEMENT_DATE], ['https://exemple.fr', '/qpv/', 'la Communauté', undefined]);
  assert.deepEqual(lire({}).BASE_PATH, '/');
  assert.deepEqual(erreurs({ SITE_URL: 'pas une url', STATEMENT_DATE: '01/03/2026' }), [
    'SITE_URL : « pas une url » n\'est pas une adresse web complète (https://…)',
    'STATEMENT_DATE : « 01/03/2026 » n\'est pas une date AAAA-MM-JJ',
  ]);
});

test('SOURCE_DATE_EPOCH fixe la date de la construction, en secondes ; une autre forme est refusée', () => {
  assert.equal(lire({ SOURCE_DATE_EPOCH: '1765000000' }).SOURCE_DATE_EPOCH?.toISOString(), '2025-12-06T05:46:40.000Z');
  assert.equal(lire({ SOURCE_DATE_EPOCH: ' ' }).SOURCE_DATE_EPOCH, undefined);
  assert.deepEqual(erreurs({ SOURCE_DATE_EPOCH: '2026-12-06' }), ['SOURCE_DATE_EPOCH : « 2026-12-06 » n\'est pas un nombre entier de secondes depuis le 1er janvier 1970 (la commande « date +%s » donne celui de l’instant)']);
});
