// The search page preloads Pagefind's metadata file with its script and WebAssembly, instead of after them: its
// name holds a hash that is known only once the index is written, after Astro, so it is added to the page then.

/** What is read of Pagefind's `pagefind-entry.json`. */
export interface EntreePagefind {
  languages: Record<string, { hash: string }>;
}

const WASM = /<link rel="preload" href="([^"]*)wasm\.([\w-]+)\.pagefind" as="fetch" crossorigin="anonymous">/;

/**
 * The search page's HTML with a preload of the metadata file of the WebAssembly's language, next to it (same folder,
 * so the base path holds). An error when the page preloads no WebAssembly or the index has no such language.
 */
export function prechargerMetadonnees(html: string, entree: EntreePagefind): string {
  const wasm = WASM.exec(html);
  if (!wasm) throw new Error('la page de recherche ne précharge pas le WebAssembly de Pagefind : rien à côté de quoi précharger ses métadonnées');
  const [lien, dossier, langue] = wasm as unknown as [string, string, string];
  const hash = entree.languages[langue]?.hash;
  if (!hash) throw new Error(`l'index Pagefind n'a pas de langue « ${langue} », celle du WebAssembly que précharge la page de recherche`);
  return html.replace(lien, `${lien}<link rel="preload" href="${dossier}pagefind.${hash}.pf_meta" as="fetch" crossorigin="anonymous">`);
}
