// The YAML parser's errors in French, each with its fix, by the parser's code (YAMLParseError.code), as Starlight's
// utils/error-map.ts does for Zod's issues. People who read them edit a fiche by hand: the message says what to type.
import type { ErrorCode } from 'yaml';

/** A message for an error code; `anglais` is the parser's own first line, when one code covers several mistakes. */
type Traduction = (anglais: string) => string;

const GENERIQUE: Traduction = (anglais) =>
  `syntaxe YAML incorrecte sur cette ligne (${anglais}) : comparez-la à une fiche valide ; un texte avec des caractères spéciaux va entre guillemets`;

const traductions: Record<ErrorCode, Traduction> = {
  BLOCK_AS_IMPLICIT_KEY: (anglais) =>
    anglais.startsWith('Nested mappings')
      ? 'un deux-points suivi d\'une espace (« : ») dans une valeur sans guillemets, ou une ligne plus indentée que la clé d\'au-dessus : mettez la valeur entre guillemets (nom: "Cité 4 : Avion"), ou alignez la ligne sur les autres clés du bloc'
      : 'un tiret « - » moins indenté que ceux d\'au-dessus : alignez tous les tirets d\'une même liste sur la même colonne',
  MISSING_CHAR: (anglais) => {
    if (anglais.includes('"quote')) return 'guillemet fermant manquant : un texte ouvert par " se ferme par " ; un guillemet à l\'intérieur du texte s\'écrit \\" (ou « … » en français)';
    if (anglais.includes("'quote")) return "apostrophe fermante manquante : un texte ouvert par ' se ferme par ' ; une apostrophe à l'intérieur s'écrit '' (deux apostrophes), ou mettez le texte entre guillemets \"…\"";
    if (anglais.includes('followed by map values')) return 'une clé sans deux-points : écrivez « clé: valeur », un deux-points puis une espace';
    return 'un crochet ou une accolade fermant manque : une liste [ … ] se ferme par ], un bloc { … } par }, sur la même ligne';
  },
  BAD_INDENT: (anglais) =>
    anglais.includes('sequence items')
      ? 'les tirets « - » de cette liste ne commencent pas tous à la même colonne : alignez-les'
      : 'indentation incorrecte : les clés d\'un même bloc commencent à la même colonne, deux espaces plus à droite que leur bloc ; une liste [ … ] se ferme par ] sur la même ligne',
  TAB_AS_INDENT: () => 'tabulation dans l\'indentation : YAML n\'accepte que des espaces ; remplacez chaque tabulation par deux espaces (réglez votre éditeur pour insérer des espaces)',
  MULTILINE_IMPLICIT_KEY: () =>
    'une clé doit tenir sur une ligne et être suivie d\'un deux-points et d\'une espace (« nom: Cité ») ; un texte sur plusieurs lignes va entre guillemets, et une ligne plus indentée que sa clé n\'est pas une clé',
  DUPLICATE_KEY: () => "clé en double : chaque clé ne peut apparaître qu'une fois dans un bloc ; gardez la bonne ligne",
  BAD_DQ_ESCAPE: () => 'barre oblique inverse « \\ » entre guillemets doubles : doublez-la (\\\\), ou mettez le texte entre apostrophes \'…\'',
  BAD_SCALAR_START: () => 'une valeur qui commence par @, `, %, | ou > va entre guillemets',
  UNEXPECTED_TOKEN: () => 'caractère inattendu : vérifiez les guillemets, crochets et deux-points de la ligne ; un texte avec des caractères spéciaux va entre guillemets',
  MULTIPLE_DOCS: () => 'une ligne « --- » commence un second document : un fichier ne contient qu\'une fiche ; retirez la ligne --- (et mettez ce qui suit dans son propre fichier)',
  BLOCK_IN_FLOW: () => 'une liste entre crochets [ … ] ne peut pas contenir de lignes « - » ou « clé: » : écrivez-la sur une ligne, ou en lignes « - » sans crochets',
  NON_STRING_KEY: () => 'une clé doit être un mot (code, nom, communes…), pas une liste ni un bloc',
  KEY_OVER_1024_CHARS: () => 'une clé de plus de 1 024 caractères : il manque sans doute le deux-points d\'une ligne « clé: valeur »',
  MULTIPLE_ANCHORS: GENERIQUE,
  MULTIPLE_TAGS: GENERIQUE,
  ALIAS_PROPS: GENERIQUE,
  BAD_ALIAS: GENERIQUE,
  BAD_DIRECTIVE: GENERIQUE,
  BAD_PROP_ORDER: GENERIQUE,
  BAD_COLLECTION_TYPE: GENERIQUE,
  TAG_RESOLVE_FAILED: GENERIQUE,
  RESOURCE_EXHAUSTION: GENERIQUE,
  IMPOSSIBLE: GENERIQUE,
};

/** The French message, with its fix, for one error of the `yaml` parser. */
export function messageErreurYaml(erreur: { code: ErrorCode; message: string }): string {
  const anglais = erreur.message.split('\n')[0] ?? erreur.message;
  return traductions[erreur.code](anglais);
}
