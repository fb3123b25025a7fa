import { z } from 'astro/zod';
import { attendu } from './messages.ts';

export const codeQuartier = z
  .string({ error: attendu('un code de quartier entre guillemets, par exemple "QP062025"') })
  // 2015 generation: QP + 6 digits; 2024 generation (ANCT): QN + 3-character département + 2 digits + one capital letter.
  .regex(/^(QP\d{6}|QN(\d{3}|02[AB])\d{2}[A-Z])$/, {
    error: attendu('un code de quartier : "QP" suivi de 6 chiffres (2015, par exemple "QP062025") ou "QN" suivi du département sur 3 caractères, 2 chiffres et une majuscule (2024, par exemple "QN05901M")'),
  })
  .describe('Code national du quartier prioritaire (QPV) : "QP062025" (génération 2015) ou "QN05901M" (génération 2024).');

/** Which generation a quartier code belongs to. */
export const generationDuCode = (code: string): 2015 | 2024 => (code.startsWith('QN') ? 2024 : 2015);

export const codeInsee = z
  .string({ error: attendu('un code INSEE de commune entre guillemets, par exemple "62498"') })
  .regex(/^(\d{5}|2[AB]\d{3})$/, { error: attendu('un code INSEE de commune à 5 caractères, par exemple "62498"') })
  .describe('Code officiel géographique (INSEE) de la commune, par exemple "62498".');

export const identifiant = z
  .string({ error: attendu('un identifiant en minuscules sans accent, mots séparés par des tirets, par exemple "piscine-municipale"') })
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, {
    error: attendu('un identifiant en minuscules sans accent, mots séparés par des tirets, par exemple "piscine-municipale"'),
  })
  .describe('Identifiant stable en minuscules ASCII et tirets.');

export const texte = z
  .string({ error: attendu('un texte') })
  .trim()
  .min(1, { error: 'texte vide : écrivez le texte tel qu’imprimé, entre guillemets' })
  .max(20_000, { error: 'texte de plus de 20 000 caractères : coupez-le en plusieurs éléments' });

export const entier = (quoi: string, max: number) =>
  z
    .int({ error: attendu(`${quoi} : un nombre entier écrit sans espace, sans unité ni symbole, par exemple 7100`) })
    .min(0, { error: `${quoi} : un nombre positif ou nul est attendu` })
    .max(max, { error: `${quoi} : valeur invraisemblable (plus de ${max}) ; vérifiez le chiffre dans la source` });
