// The three territories the unit tests run the territory's readers under, each validated as a build would:
// Lens-Liévin (a 2015 contract, scanned), the Douaisis example (a 2024 contract with 2015-shaped fiches) and the
// made-up 2024-2030 example (its own axes, columns and indicators, two sources with URLs).
import { territoirePublie, territoireVue } from '../../src/lib/site/territoire.ts';

export const lensLievin = territoireVue(territoirePublie('tests/fixtures/lens-lievin'));
export const douaisis = territoireVue(territoirePublie('tests/fixtures/territoire-exemple-douaisis'));
export const exemple2024 = territoireVue(territoirePublie('tests/fixtures/territoire-exemple-2024'));
