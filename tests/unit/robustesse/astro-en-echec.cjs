// Loaded by build-atomique.test.ts into every Node process of a build (NODE_OPTIONS): Astro's process fails as it
// starts, the validation beside it passes. The settings cannot make Astro alone fail: the validation reads them too.
if (process.argv[1]?.endsWith('astro.mjs')) {
  console.error('Astro arrêté par astro-en-echec.cjs');
  process.exit(1);
}
