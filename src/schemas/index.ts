export * from './codes.ts';
export * from './source.ts';
export * from './carroyage.ts';
export * from './indicateur.ts';
export * from './diagnostic.ts';
export * from './equipement.ts';
export * from './quartier.ts';
export * from './commune.ts';
