// The downloads described for those who read metadata rather than pages: a Frictionless Data Package
// (validators, schema.data.gouv.fr), a DCAT-AP catalogue (data portals such as data.gouv.fr) and a
// schema.org Dataset (dataset search engines). All three are built from the same list of files.
import { lien } from '../site/liens.ts';
import { de } from '../elision.ts';
import { reglages } from '../../site.config.ts';
import { dialecteCsv } from './schema-table.ts';
import { descriptions } from './fichiers.ts';
import { telechargements, type Telechargement } from './telechargements.ts';
import type { Modele } from '../site/modele.ts';
import { identifiantJeu, LICENCE_OUVERTE, titreJeu, attribution, descriptionJeu, motsCles, sources, type Reglages } from './metadonnees.ts';
import paquet from '../../../package.json' with { type: 'json' };

/** Absolute when the site's URL is set, otherwise from the root of the host (resolved against the file that holds it). */
function adresse(chemin: string, r: Reglages): string {
  return r.url ? new URL(lien(chemin), r.url).href : lien(chemin);
}

const DOSSIER = 'donnees/';

export function paquetDonnees(m: Modele, r: Reglages = reglages) {
  const liste = telechargements(m);
  return {
    profile: 'data-package',
    name: identifiantJeu(m.territoire),
    title: titreJeu(m.territoire),
    description: descriptionJeu(m),
    version: paquet.version,
    created: r.construitLe,
    ...(r.url ? { homepage: adresse(DOSSIER, r) } : {}),
    keywords: motsCles(m),
    licenses: [{ name: LICENCE_OUVERTE.id, path: LICENCE_OUVERTE.url, title: LICENCE_OUVERTE.titre }],
    sources: sources(m.territoire).map((s) => ({ title: s.titre, ...(s.url ? { path: s.url } : {}) })),
    ...(r.editeur
      ? { contributors: [{ title: r.editeur, role: 'publisher', ...(r.contact && (r.contact.type === 'courriel' ? { email: r.contact.adresse } : { path: r.contact.href })) }] }
      : {}),
    attribution: attribution(m.territoire, r),
    resources: liste.map((t) => ({
      name: t.nom,
      path: t.chemin.slice(DOSSIER.length),
      profile: t.schema ? 'tabular-data-resource' : 'data-resource',
      title: t.titre,
      description: t.description,
      format: t.format,
      mediatype: t.typeMedia,
      encoding: 'utf-8',
      bytes: t.octets,
      hash: `sha256:${t.sha256}`,
      ...(t.schema ? { dialect: dialecteCsv, schema: t.schema } : {}),
    })),
  };
}

const fr = (texte: string) => ({ '@value': texte, '@language': 'fr' });

/** EU file-type authority names of our formats. */
const TYPES_FICHIER: Record<Telechargement['format'], string> = { csv: 'CSV', json: 'JSON' };

/** DCAT-AP: one catalogue, one dataset, one distribution per file. The context is inline, so no processor needs the network. */
export function catalogueDcat(m: Modele, r: Reglages = reglages) {
  const liste = telechargements(m);
  const licence = { '@id': LICENCE_OUVERTE.url };
  const editeur = r.editeur ? { '@type': 'foaf:Agent', 'foaf:name': r.editeur } : undefined;
  return {
    '@context': {
      dcat: 'http://www.w3.org/ns/dcat#',
      dct: 'http://purl.org/dc/terms/',
      foaf: 'http://xmlns.com/foaf/0.1/',
      vcard: 'http://www.w3.org/2006/vcard/ns#',
      skos: 'http://www.w3.org/2004/02/skos/core#',
      spdx: 'http://spdx.org/rdf/terms#',
      xsd: 'http://www.w3.org/2001/XMLSchema#',
    },
    '@id': adresse(descriptions.catalogue.chemin, r),
    '@type': 'dcat:Catalog',
    'dct:title': fr(titreJeu(m.territoire)),
    'dct:description': fr(`Catalogue des données ouvertes du site des quartiers prioritaires ${de(m.territoire.nom_court)}.`),
    'dct:language': { '@id': 'http://publications.europa.eu/resource/authority/language/FRA' },
    'dct:modified': { '@value': r.construitLe, '@type': 'xsd:dateTime' },
    ...(editeur ? { 'dct:publisher': editeur } : {}),
    'dcat:dataset': {
      '@id': `${adresse(DOSSIER, r)}#donnees`,
      '@type': 'dcat:Dataset',
      'dct:identifier': identifiantJeu(m.territoire),
      'dct:title': fr(titreJeu(m.territoire)),
      'dct:description': fr(descriptionJeu(m)),
      'dcat:keyword': motsCles(m).map(fr),
      'dct:language': { '@id': 'http://publications.europa.eu/resource/authority/language/FRA' },
      'dct:license': licence,
      'dct:bibliographicCitation': fr(attribution(m.territoire, r)),
      'dct:modified': { '@value': r.construitLe, '@type': 'xsd:dateTime' },
      'dct:temporal': {
        '@type': 'dct:PeriodOfTime',
        'dcat:startDate': { '@value': m.territoire.periode.debut, '@type': 'xsd:date' },
        'dcat:endDate': { '@value': m.territoire.periode.fin, '@type': 'xsd:date' },
      },
      'dct:spatial': { '@type': 'dct:Location', 'skos:prefLabel': fr(m.territoire.nom), 'dct:identifier': m.territoire.epci },
      'dct:source': sources(m.territoire).map((s) => ({ ...(s.url ? { '@id': s.url } : {}), 'dct:title': fr(s.titre) })),
      'dcat:landingPage': { '@id': adresse(DOSSIER, r) },
      ...(editeur ? { 'dct:publisher': editeur } : {}),
      ...(r.contact
        ? {
            'dcat:contactPoint': {
              '@type': 'vcard:Organization',
              'vcard:fn': r.editeur ?? r.contact.adresse,
              ...(r.contact.type === 'courriel' ? { 'vcard:hasEmail': { '@id': r.contact.href } } : { 'vcard:hasURL': { '@id': r.contact.href } }),
            },
          }
        : {}),
      'dcat:distribution': liste.map((t) => {
        const url = { '@id': adresse(t.chemin, r) };
        return {
          '@id': `${url['@id']}#distribution`,
          '@type': 'dcat:Distribution',
          'dct:title': fr(t.titre),
          'dct:description': fr(t.description),
          'dcat:accessURL': url,
          'dcat:downloadURL': url,
          'dcat:mediaType': { '@id': `https://www.iana.org/assignments/media-types/${t.typeMedia}` },
          'dct:format': { '@id': `http://publications.europa.eu/resource/authority/file-type/${TYPES_FICHIER[t.format]}` },
          'dct:license': licence,
          'dcat:byteSize': { '@value': String(t.octets), '@type': 'xsd:nonNegativeInteger' },
          'spdx:checksum': {
            '@type': 'spdx:Checksum',
            'spdx:algorithm': { '@id': 'http://spdx.org/rdf/terms#checksumAlgorithm_sha256' },
            'spdx:checksumValue': { '@value': t.sha256, '@type': 'xsd:hexBinary' },
          },
          ...(t.conformeA ? { 'dct:conformsTo': { '@id': adresse(t.conformeA, r) } } : {}),
        };
      }),
    },
  };
}

/** schema.org Dataset for the Données page (Google Dataset Search reads this vocabulary). */
export function jeuSchemaOrg(m: Modele, r: Reglages = reglages) {
  const liste = telechargements(m);
  const joindre = r.contact && (r.contact.type === 'courriel' ? { email: r.contact.adresse } : { url: r.contact.href });
  const editeur = r.editeur ? { '@type': 'Organization', name: r.editeur, ...joindre } : undefined;
  return {
    '@context': 'https://schema.org',
    '@type': 'Dataset',
    '@id': `${adresse(DOSSIER, r)}#donnees`,
    name: titreJeu(m.territoire),
    description: descriptionJeu(m),
    url: adresse(DOSSIER, r),
    keywords: motsCles(m),
    inLanguage: 'fr',
    license: LICENCE_OUVERTE.url,
    isAccessibleForFree: true,
    creditText: attribution(m.territoire, r),
    dateModified: r.construitLe,
    temporalCoverage: `${m.territoire.annees.debut}/${m.territoire.annees.fin}`,
    spatialCoverage: { '@type': 'AdministrativeArea', name: m.territoire.nom },
    isBasedOn: sources(m.territoire).map((s) => ({ '@type': 'CreativeWork', name: s.titre, ...(s.url ? { url: s.url } : {}) })),
    ...(editeur ? { creator: editeur, publisher: editeur } : {}),
    distribution: liste
      .filter((t) => !t.chemin.startsWith(`${DOSSIER}quartiers/`))
      .map((t) => ({ '@type': 'DataDownload', name: t.titre, encodingFormat: t.typeMedia, contentUrl: adresse(t.chemin, r), contentSize: `${t.octets} B` })),
  };
}
