// Every file of /donnees/: the downloads (in a build, written by its validation process instead: see
// lib/donnees/telechargements.ts), then the Data Package and the DCAT catalogue that describe them.
import { donnees } from '../../lib/site/donnees.ts';
import { corpsTelechargements, reponse } from '../../lib/donnees/telechargements.ts';
import { catalogueDcat, paquetDonnees } from '../../lib/donnees/descriptions.ts';
import { descriptions } from '../../lib/donnees/fichiers.ts';

export function getStaticPaths() {
  const m = donnees();
  // Bodies made when the file is written, not listed: the descriptions wait for the files the validation writes.
  return [
    ...corpsTelechargements(m).map(({ chemin, typeMedia, corps }) => ({ chemin, typeMedia, corps: () => corps })),
    { chemin: descriptions.paquet.chemin, typeMedia: 'application/json', corps: () => JSON.stringify(paquetDonnees(m), null, 2) },
    { chemin: descriptions.catalogue.chemin, typeMedia: 'application/ld+json', corps: () => JSON.stringify(catalogueDcat(m), null, 2) },
  ].map(({ chemin, typeMedia, corps }) => ({ params: { fichier: chemin.slice('donnees/'.length) }, props: { typeMedia, corps } }));
}

export const GET = ({ props }: { props: { typeMedia: string; corps: () => string | Uint8Array<ArrayBuffer> } }) => reponse({ typeMedia: props.typeMedia, corps: props.corps() });
