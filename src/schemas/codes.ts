import { z } from 'astro/zod';
import { attendu } from './messages.ts';

export const codeQuartier = z
  .string({ error: attendu('un code de quartier entre guillemets, par exemple "QP062025"') })
  .regex(/^QP\d{6}$/, { error: attendu('un code de quartier : "QP" suivi de 6 chiffres, par exemple "QP062025"') })
  .describe('Code national du quartier prioritaire (QPV), par exemple "QP062025".');

export const codeInsee = z
  .string({ error: attendu('un code INSEE de commune entre guillemets, par exemple "62498"') })
  .regex(/^(\d{5}|2[AB]\d{3})$/, { error: attendu('un code INSEE de commune à 5 caractères, par exemple "62498"') })
  .describe('Code officiel géographique (INSEE) de la commune, par exemple "62498" pour Lens.');

export const identifiant = z
  .string({ error: attendu('un identifiant en minuscules sans accent, mots séparés par des tirets, par exemple "piscine-olympique-lens"') })
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, {
    error: attendu('un identifiant en minuscules sans accent, mots séparés par des tirets, par exemple "piscine-olympique-lens"'),
  })
  .describe('Identifiant stable en minuscules ASCII et tirets.');

export const texte = z
  .string({ error: attendu('un texte') })
  .trim()
  .min(1, { error: 'texte vide : écrivez le texte ou retirez la ligne' })
  .max(20_000, { error: 'texte de plus de 20 000 caractères : coupez-le en plusieurs éléments' });

export const entier = (quoi: string, max: number) =>
  z
    .int({ error: attendu(`${quoi} : un nombre entier écrit sans espace, sans unité ni symbole, par exemple 7100`) })
    .min(0, { error: `${quoi} : un nombre positif ou nul est attendu` })
    .max(max, { error: `${quoi} : valeur invraisemblable (plus de ${max}) ; vérifiez le chiffre dans la source` });
