// The part of the elision rule (elision.ts) that needs no list of names: the article a commune's name may begin with,
// contracted with « de » and « à » (« du Portel », « aux Attaques »). Apart, so that the search page's first load can
// write « à Douai » without downloading the list of mute-h names.

/** A name's leading article that French contracts with « de » and « à » (« Le Portel », « Les Attaques »), and the rest. */
export function article(nom: string): ['le' | 'les', string] | undefined {
  const m = /^(Le|Les) (.+)$/u.exec(nom);
  return m ? [m[1]!.toLowerCase() as 'le' | 'les', m[2]!] : undefined;
}

/** « à Douai », « au Portel », « aux Attaques », « à La Bassée ». */
export function a(nom: string): string {
  const art = article(nom);
  if (art) return `${art[0] === 'le' ? 'au' : 'aux'} ${art[1]}`;
  return `à ${nom}`;
}
