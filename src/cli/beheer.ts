/**
 * @module
 * `ketenpoort beheer ...`: the operator's commands (keys, backups). Each lives in its own file.
 */
import { beheerBackup, beheerRestore } from './beheer-backup.js';
import { beheerOpslagsleutel } from './beheer-opslagsleutel.js';
import type { Opdracht } from './opdracht.js';

export const beheer: Opdracht = {
  naam: 'beheer',
  gebruik: ['<opdracht> [opties]'],
  uitleg: 'Voor de beheerder: sleutels roteren, back-ups maken en terugzetten.',
  opdrachten: [beheerBackup, beheerRestore, beheerOpslagsleutel],
};
