// Imported first by the build's validation process, before any module that reads the settings: a mistyped setting
// (site.config.ts) is printed as its message, which names the variable and the fix, without Node's stack of where it
// was read. Any other error is printed as Node would.
process.setUncaughtExceptionCaptureCallback((err) => {
  console.error(err instanceof Error && err.name === 'ReglagesInvalides' ? err.message : err);
  process.exit(1);
});
