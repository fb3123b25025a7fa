// What `npm run nouveau-territoire` writes: a territoire.yaml for an official EPCI and one example fiche in one of its
// communes, both valid as written and commented key by key, for a publisher to correct and complete.
import type { CommuneOfficielle, EpciOfficiel } from '../../src/lib/communes-officielles.ts';
import { de, la } from '../../src/lib/elision.ts';
import type { SorteDeFichier } from '../../src/lib/content/schemas-editeur.ts';

/** A YAML string in double quotes (JSON's escapes are YAML's). */
const chaine = (s: string) => JSON.stringify(s);

/** « CC de l'Ouest Vosgien » → « Ouest Vosgien », « CA Douaisis Agglo » → « Douaisis Agglo », « A - B » → « A-B »: the official name less its kind. */
export function nomCourt(nom: string): string {
  return nom
    .replace(/^(CA|CC|CU)\s+(de la |de l'|de l’|du |des |de |d'|d’)?/, '')
    .replace(/\s+-\s+/g, '-')
    .trim();
}

/** A made-up code of the 2024 generation in the commune's département: « QN » + département on 3 characters + « 01Z ». */
export function codeExemple(departement: string): string {
  return `QN${departement.padStart(3, '0')}01Z`;
}

export interface FichierEcrit {
  /** Path relative to the content folder. */
  chemin: string;
  /** Which schema of schemas/ the file follows (its first line names it for the editor). */
  sorte: SorteDeFichier;
  texte: string;
}

/** The two files for `epci`, whose communes are looked up in the official list; `date` is written in their heading. */
export function fichiersTerritoire(epci: EpciOfficiel, commune: (code: string) => CommuneOfficielle | undefined, date: string): FichierEcrit[] {
  const membres = [...epci.membres].flatMap((code) => commune(code) ?? []);
  const premiere = membres[0];
  if (!premiere) throw new Error(`l'EPCI ${epci.code} n'a aucune commune dans la liste officielle`);
  const court = nomCourt(epci.nom);
  const contrat = 'contrat-de-ville-2024-2030';
  const territoire = `# Territoire publié, écrit par « npm run nouveau-territoire -- ${epci.code} » le ${date}.
# Chaque clé est décrite dans src/schemas/territoire.ts et schemas/territoire.schema.json (que lit un éditeur
# comme VS Code avec l'extension YAML, grâce à la première ligne). Vérifiez les valeurs, puis « npm run validate ».

# Nom officiel de l'intercommunalité (liste @etalab/decoupage-administratif) : les pages écrivent « de la … » (« de l’… » devant une voyelle).
nom: ${chaine(epci.nom)}
# Nom court, dans le titre du site : « Quartiers prioritaires ${de(court)} ».
nom_court: ${chaine(court)}
# Sigle de l'intercommunalité, s'il y en a un (il est alors expliqué dans le glossaire) :
# sigle: "CAXX"
# SIREN de l'EPCI ; ses ${membres.length} communes membres sont les seules où une fiche peut placer un quartier.
epci: ${chaine(epci.code)}
contrat:
  # Le titre du contrat de ville dont les fiches sont tirées ; ses deux années en donnent la période,
  # à moins d'écrire debut et fin (AAAA-MM-JJ).
  titre: "Contrat de ville 2024-2030"
  # debut: "2024-01-01"
  # fin: "2030-12-31"
  # La source et l'année des populations des fiches, écrites comme dans le document ; le site les cite.
  # population: "Filosofi 2019"
  # Ce qu'est le revenu imprimé par les fiches, comme le dit le document ; sans lui, le site dit « revenu fiscal médian ».
  # revenu: "Insee-DGFiP, Filosofi 2019 : revenu disponible médian"
  # Le seuil de bas revenu que les fiches impriment, en euros par an ; le site y compare les revenus.
  # seuil_bas_revenu: 11250
# Le diagnostic des fiches, dans les mots du contrat : le titre de la section, les titres de ses trois colonnes et
# ses axes (enjeux) dans son ordre. Une ligne de diagnostic d'une fiche (pilier:) prend l'id de l'un d'eux.
# Sans ce bloc, les fiches n'ont pas de diagnostic.
diagnostic:
  titre: "Enjeux du quartier"
  colonnes: { atouts: "Forces", faiblesses: "Fragilités", perspectives: "Orientations 2024-2030" }
  axes:
    - { id: emploi, libelle: "Emploi, insertion et développement économique" }
    - { id: education, libelle: "Éducation et réussite éducative" }
# Les indicateurs que les fiches impriment, dans leur ordre : un indicateur d'une fiche (id:) prend l'un de ces ids.
# Sans ce bloc, les fiches n'ont pas d'indicateurs.
indicateurs:
  titre: "Chiffres clés du contrat"
  liste:
    - { id: taux-pauvrete, libelle: "Taux de pauvreté", unite: "%", source: "Insee, Filosofi 2019" }
# Les documents sources ; une fiche cite le sien par son id (source.document). Le premier est le contrat de ville.
sources:
  - id: ${contrat}
    titre: ${chaine(`Contrat de ville 2024-2030 de ${la(epci.nom)}`)}
    # L'adresse du PDF publié : chaque « page N » d'une fiche tirée de ce document y renvoie.
    # url: "https://exemple.fr/contrat-de-ville.pdf"
    # Page du PDF moins page imprimée, quand le PDF compte des pages avant la page 1 imprimée.
    # decalage_pages: 2
    # Le nom du fichier du document (.txt ou .pdf) pour « npm run verifier-sources -- <dossier> ».
    # fichier: "contrat-de-ville.pdf"
    # true si c'est un PDF scanné dont le texte a été lu par reconnaissance de caractères (OCR) :
    # les fiches préviennent alors que des mots peuvent être mal lus.
    # scanne: true
# Mots-clés des métadonnées des données ouvertes (communes, département…).
mots_cles: [${membres.slice(0, 3).map((c) => chaine(c.nom)).join(', ')}]
`;
  const code = codeExemple(premiere.departement);
  const fiche = `# Fiche d'EXEMPLE écrite par « npm run nouveau-territoire » : remplacez chaque valeur par celle de votre
# document, renommez le fichier d'après le code (en minuscules), ou supprimez-le. Chaque clé est décrite dans
# src/schemas/quartier.ts et, pour un éditeur qui lit la première ligne, dans schemas/quartier.schema.json.

# Tant que cette ligne est là, la validation refuse la fiche : ses chiffres sont inventés.
exemple: true

# Code national du quartier : « QN » + département sur 3 caractères + 2 chiffres + une majuscule (2024),
# ou « QP » + 6 chiffres (2015). Celui-ci est inventé.
code: ${chaine(code)}
# Nom du quartier tel qu'imprimé.
nom: "Quartier d'exemple (à remplacer)"
# Codes INSEE des communes du quartier, membres de l'EPCI (ici ${premiere.nom}).
communes: [${chaine(premiere.code)}]
# Les communes telles qu'imprimées dans le document.
communes_source: ${chaine(premiere.nom)}
# Population du quartier et revenu fiscal médian annuel (euros), tels qu'imprimés : chiffres inventés.
population: 1000
revenu_fiscal_median: 10000
# Le quartier relève-t-il du renouvellement urbain (NPNRU) ? national (projet d'intérêt national), regional
# (d'intérêt régional) ou false.
npnru: false
# D'où vient la fiche : l'id d'une source de territoire.yaml, et sa page.
source:
  document: ${contrat}
  page: 1
# Les indicateurs imprimés par la fiche (ids déclarés dans territoire.yaml), chacun tel qu'imprimé (valeur) et lu en
# nombres : une valeur exacte (min et max égaux) ou une fourchette (« 25 à 30% »).
indicateurs:
  - id: taux-pauvrete
    libelle: "Taux de pauvreté"
    valeur: "45,2 %"
    min: 45.2
    max: 45.2
    unite: "%"
# Le diagnostic : un tableau par commune qui en imprime un, une ligne par axe déclaré dans territoire.yaml (pilier:
# son id), avec ses forces, fragilités et orientations recopiées mot pour mot, un élément par puce ou paragraphe.
diagnostics:
  - piliers:
      - pilier: emploi
        # L'intitulé de la ligne tel qu'imprimé.
        libelle_source: "Emploi, insertion et développement économique"
        atouts:
          - "Une maison de l'emploi dans le quartier"
        faiblesses:
          - "Peu d'offres pour les jeunes sans diplôme"
        perspectives:
          - "Ouvrir une permanence d'insertion le samedi"
      - pilier: education
        libelle_source: "Éducation et réussite éducative"
        atouts:
          - "Des écoles rénovées"
        faiblesses: []
        perspectives: []
# Les équipements rattachés au quartier, tels que les listes du document les impriment. Le domaine est celui de la
# Base permanente des équipements de l'INSEE : A services, B commerces, C enseignement, D santé et action sociale,
# E transports, F sports, loisirs et culture, G tourisme.
equipements:
  # Un équipement qui sert aussi un autre quartier : il porte le même id dans la fiche de chacun des deux.
  - id: college-exemple
    nom: "Collège d'exemple"
    commune: ${chaine(premiere.code)}
    domaine: C
  # Un équipement dont le document donne l'adresse, recopiée telle qu'imprimée. Sa commune (code INSEE, pas le code
  # postal) est une commune de l'EPCI ou une voisine du quartier ; ailleurs, écrivez commune_hors_territoire: true.
  - id: mediatheque-exemple
    nom: "Médiathèque d'exemple"
    commune: ${chaine(premiere.code)}
    adresse: "1 rue de l'Exemple"
    domaine: F
# Vos remarques de transcription (vos mots, jamais ceux du document) : chacune sous une clé « remarque ».
remarques:
  - remarque: "Fiche d'exemple, pas encore transcrite : ses chiffres sont inventés."
`;
  return [
    { chemin: 'territoire.yaml', sorte: 'territoire', texte: territoire },
    { chemin: `quartiers/${code.toLowerCase()}.yaml`, sorte: 'quartier', texte: fiche },
  ];
}
