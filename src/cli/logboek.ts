/**
 * @module
 * `ketenpoort logboek ...`: the FG's commands on the logboek. Each lives in its own file.
 */
import { logboekExport } from './logboek-export.js';
import { logboekSleutel } from './logboek-sleutel.js';
import { logboekVerifieer } from './logboek-verifieer.js';
import type { Opdracht } from './opdracht.js';

export const logboek: Opdracht = {
  naam: 'logboek',
  gebruik: ['<opdracht> [opties]'],
  uitleg: 'Voor de FG: het logboek exporteren en controleren, en de sleutel ervan.',
  opdrachten: [logboekExport, logboekVerifieer, logboekSleutel],
};
