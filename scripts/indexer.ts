// Builds the Pagefind index of a built site: its pages, plus one record per équipement and per pillar section.
import * as pagefind from 'pagefind';
import type { Modele } from '../src/lib/site/modele.ts';
import { enregistrementsRecherche } from '../src/lib/recherche/enregistrements.ts';

export async function indexer(dossier: string, modele: Modele): Promise<{ pages: number; enregistrements: number }> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'fr' });
  if (!index) throw new Error(errors.join('; '));
  const verifier = (r: { errors: string[] }) => {
    if (r.errors.length) throw new Error(r.errors.join('; '));
  };
  try {
    const ajout = await index.addDirectory({ path: dossier });
    verifier(ajout);
    const enregistrements = enregistrementsRecherche(modele);
    for (const e of enregistrements) verifier(await index.addCustomRecord(e));
    verifier(await index.writeFiles({ outputPath: `${dossier}/pagefind` }));
    return { pages: ajout.page_count, enregistrements: enregistrements.length };
  } finally {
    await pagefind.close();
  }
}
