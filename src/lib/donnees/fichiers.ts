import { lien } from '../site/liens.ts';

/** The downloadable files, described once for the Données page and the endpoints. */
export const fichiers = {
  quartiersJson: { chemin: 'donnees/quartiers.json', titre: 'Toutes les fiches (JSON)', description: 'Toutes les fiches complètes : identité, carroyage, indicateurs, diagnostics, équipements, remarques de transcription.' },
  quartiersCsv: { chemin: 'donnees/quartiers.csv', titre: 'Chiffres des quartiers (CSV)', description: 'Une ligne par quartier : identité (dont la génération du code, 2015 ou 2024), population, revenu, tranches d’âge du carroyage et indicateurs du kit CGET (valeur imprimée, min et max).' },
  equipementsCsv: { chemin: 'donnees/equipements.csv', titre: 'Équipements rattachés (CSV)', description: 'Une ligne par équipement et par quartier : quartier, commune et code INSEE, nom, adresse, domaine et type BPE, périmètre, note.' },
  programmesJson: { chemin: 'donnees/programmes.json', titre: 'Programmes des quartiers (JSON)', description: 'Les programmes par quartier, tels que leurs documents les donnent (renouvellement urbain, gestion urbaine et sociale de proximité, abattement de TFPB), avec leurs remarques de transcription.' },
  territoire: { chemin: 'donnees/territoire.json', titre: 'Le territoire (JSON)', description: 'L’intercommunalité, son contrat de ville et les documents sources des fiches, tels que les déclare son fichier territoire.yaml.' },
  schema: { chemin: 'donnees/schema/quartier.schema.json', titre: 'Schéma d’une fiche (JSON Schema)', description: 'Le schéma JSON d’une fiche, généré depuis nos schémas Zod, pour valider vos propres fichiers.' },
  schemaTerritoire: { chemin: 'donnees/schema/territoire.schema.json', titre: 'Schéma du fichier territoire (JSON Schema)', description: 'Le schéma JSON de territoire.yaml, généré depuis nos schémas Zod, pour écrire celui d’un autre territoire.' },
  schemaGlossaire: { chemin: 'donnees/schema/glossaire.schema.json', titre: 'Schéma du glossaire d’un territoire (JSON Schema)', description: 'Le schéma JSON de glossaire.yaml, généré depuis nos schémas Zod, pour expliquer les sigles propres à un autre territoire.' },
} as const;

/** Files that describe the downloads, for validators, data portals and reusers' tools. */
export const descriptions = {
  paquet: { chemin: 'donnees/datapackage.json', titre: 'Paquet de données (Frictionless Data Package)', description: 'La liste des fichiers avec leur taille et leur empreinte SHA-256, la licence, les sources, et le schéma de chaque CSV (Table Schema : types, contraintes, clés) avec son dialecte, pour les valider tels quels.' },
  catalogue: { chemin: 'donnees/catalogue.jsonld', titre: 'Catalogue DCAT-AP (JSON-LD)', description: 'La description du jeu de données et de ses fichiers au format des portails de données (data.gouv.fr et les portails européens).' },
} as const;

export const urlFichier = (f: keyof typeof fichiers) => lien(fichiers[f].chemin);
export const urlDescription = (f: keyof typeof descriptions) => lien(descriptions[f].chemin);
