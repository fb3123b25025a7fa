// Error messages shared by the schemas: each says what is expected and how to write it,
// because the people who read them edit YAML by hand.

function apercu(valeur: unknown): string {
  if (valeur === null) return 'vide (null)';
  if (Array.isArray(valeur)) return 'une liste';
  if (typeof valeur === 'object') return 'un bloc de clés';
  const texte = JSON.stringify(valeur) ?? String(valeur);
  return texte.length > 60 ? `${texte.slice(0, 57)}…` : texte;
}

/** Zod `error` callback: "champ obligatoire" when the value is missing, else what was expected and what was found. */
export function attendu(quoi: string) {
  return (issue: { input?: unknown }) =>
    issue.input === undefined ? `champ obligatoire manquant : ${quoi}` : `${quoi} (valeur trouvée : ${apercu(issue.input)})`;
}
