// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { reglages } from './src/site.config.ts';

export default defineConfig({
  ...(reglages.url ? { site: reglages.url } : {}),
  base: reglages.base,
  trailingSlash: 'always',
  // The build script writes into a scratch folder and swaps it into dist/ only when everything passed.
  outDir: process.env.ASTRO_OUT_DIR ?? 'dist',
  build: { format: 'directory', inlineStylesheets: 'never', assets: 'assets' },
  // No font, image or script service is needed: the site ships system fonts and inline SVG.
  integrations: [mdx()],
  // Astro inlines small bundled <script>s into the page; the CSP (public/_headers) forbids inline scripts.
  vite: { build: { assetsInlineLimit: 0 } },
  devToolbar: { enabled: false },
});
