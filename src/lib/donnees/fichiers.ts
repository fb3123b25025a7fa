import { lien } from '../site/liens.ts';

/** The downloadable files, described once for the Données page and the endpoints. */
export const fichiers = {
  quartiersJson: { chemin: 'donnees/quartiers.json', titre: 'Toutes les fiches (JSON)', description: 'Les 21 fiches complètes : identité, carroyage, indicateurs, diagnostics, équipements, remarques de transcription.' },
  quartiersCsv: { chemin: 'donnees/quartiers.csv', titre: 'Chiffres des quartiers (CSV)', description: 'Une ligne par quartier : identité, population, revenu, tranches d’âge du carroyage et indicateurs du kit CGET (valeur imprimée, min et max).' },
  equipementsCsv: { chemin: 'donnees/equipements.csv', titre: 'Équipements rattachés (CSV)', description: 'Une ligne par équipement et par quartier : quartier, commune et code INSEE, nom, adresse, domaine et type BPE, périmètre, note.' },
  programmesJson: { chemin: 'donnees/programmes.json', titre: 'Programmes NPNRU et TFPB (JSON)', description: 'Les programmes par quartier : opérations et décisions de l’avenant n°1 NPNRU, actions et montants 2023 de l’abattement de TFPB, avec leurs remarques de transcription.' },
  schema: { chemin: 'donnees/schema/quartier.schema.json', titre: 'Schéma d’une fiche (JSON Schema)', description: 'Le schéma JSON d’une fiche, généré depuis nos schémas Zod, pour valider vos propres fichiers.' },
} as const;

export const urlFichier = (f: keyof typeof fichiers) => lien(fichiers[f].chemin);
