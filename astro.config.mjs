// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { resolve, sep } from 'node:path';
import { reglages } from './src/site.config.ts';

/** In `npm run dev`, an edited, added or removed content file reloads the page: it shows the new fiche, or its problems. */
const rechargerAuContenu = {
  name: 'recharger-au-contenu',
  /** @param {import('vite').ViteDevServer} serveur */
  configureServer(serveur) {
    const dossier = resolve(process.env.CONTENT_DIR ?? 'content');
    serveur.watcher.add(dossier);
    /** @param {string} fichier */
    const recharger = (fichier) => {
      if (!fichier.startsWith(dossier + sep)) return;
      // Astro keeps each route's getStaticPaths() in dev; its own content layer clears them with this event.
      for (const [nom, environnement] of Object.entries(serveur.environments)) if (nom !== 'client') environnement.hot.send('astro:content-changed', {});
      serveur.environments.client.hot.send({ type: 'full-reload', path: '*' });
    };
    serveur.watcher.on('change', recharger).on('add', recharger).on('unlink', recharger);
  },
};

export default defineConfig({
  ...(reglages.url ? { site: reglages.url } : {}),
  base: reglages.base,
  // Pages are written as folders (/quartiers/qp062025/) and every link has its slash; 'always' would also make
  // `npm run dev` answer 404 to the data files (/donnees/quartiers.json), which a route's parameter names.
  trailingSlash: 'ignore',
  // The build script writes into a scratch folder and swaps it into dist/ only when everything passed.
  outDir: process.env.ASTRO_OUT_DIR ?? 'dist',
  // Four pages rendered at a time instead of one: while a page's file is written, the next ones render, where Astro
  // otherwise waits for each write. At 1,500 fiches Astro took 3 to 6 s less in runs in turn, with the same memory and
  // the same pages, byte for byte (docs/benchmarks.md).
  build: { format: 'directory', inlineStylesheets: 'never', assets: 'assets', concurrency: 4 },
  // No font, image or script service is needed: the site ships system fonts and inline SVG.
  integrations: [mdx()],
  // Astro inlines small bundled <script>s into the page; the CSP (public/_headers) forbids inline scripts.
  vite: { build: { assetsInlineLimit: 0 }, plugins: [rechargerAuContenu] },
  devToolbar: { enabled: false },
});
