// The parts of Frictionless's JavaScript libraries (datapackage, tableschema) and of jsonld that the
// tests use: none of the three ships type declarations.
declare module 'datapackage' {
  interface Resource {
    name: string;
    source: string;
    tabular: boolean;
    descriptor: { dialect?: { delimiter?: string; quoteChar?: string }; encoding?: string; [cle: string]: unknown };
    schema: unknown;
  }
  interface Package {
    valid: boolean;
    errors: Error[];
    descriptor: Record<string, unknown>;
    resources: Resource[];
    getResource(nom: string): Resource | null;
  }
  const datapackage: { Package: { load(descripteur: string | object, options?: { basePath?: string; strict?: boolean }): Promise<Package> } };
  export default datapackage;
}

declare module 'tableschema' {
  interface Table {
    headers: string[];
    read(options: { keyed?: boolean; relations?: Record<string, object[]>; forceCast?: boolean }): Promise<(Record<string, unknown> | (Error & { errors?: Error[] }))[]>;
  }
  const tableschema: { Table: { load(source: () => NodeJS.ReadableStream, options: Record<string, unknown>): Promise<Table> } };
  export default tableschema;
}

declare module 'jsonld' {
  type Chargeur = (url: string) => Promise<{ contextUrl: string | null; documentUrl: string; document: unknown }>;
  const jsonld: { expand(document: object, options?: { base?: string; documentLoader?: Chargeur }): Promise<Record<string, unknown>[]> };
  export default jsonld;
}
