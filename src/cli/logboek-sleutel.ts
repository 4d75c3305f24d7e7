/**
 * @module
 * `ketenpoort logboek sleutel`: the log's public key (vkey), or a new checkpoint key.
 */
import { parseArgs } from 'node:util';
import { leesConfiguratie } from '../config/env.js';
import { noteVerifierKey } from '../logboek/note.js';
import { nieuweSleutel } from '../logboek/sleutels.js';
import { gebruiksfout, type Opdracht } from './opdracht.js';
import { geconfigureerdeSleutel } from './sleutel-lezen.js';
import { schrijfGeheimeSleutel } from './sleutel-schrijven.js';

export const logboekSleutel: Opdracht = {
  naam: 'logboek sleutel',
  gebruik: ['', '--nieuw --naam <origin> --uit <bestand>'],
  uitleg:
    'Drukt de publieke sleutel (vkey) van het logboek af; met --nieuw: maakt een nieuwe ' +
    'checkpointsleutel en schrijft de geheime helft naar <bestand>.',
  voerUit: (args) => sleutel(args),
};

async function sleutel(args: string[]): Promise<number> {
  const { values: v } = parseArgs({
    args,
    options: {
      nieuw: { type: 'boolean', default: false },
      naam: { type: 'string' },
      uit: { type: 'string' },
    },
  });
  if (!v.nieuw) {
    const log = await geconfigureerdeSleutel(leesConfiguratie(process.env));
    console.log(noteVerifierKey(log.name, log.publicKey));
    return 0;
  }
  if (!v.naam || !v.uit) return gebruiksfout(logboekSleutel, 'Geef bij --nieuw --naam en --uit.');
  const nieuw = await nieuweSleutel(v.naam);
  if (!schrijfGeheimeSleutel(v.uit, nieuw.skey)) return 1;
  console.log(
    `Geheime checkpointsleutel geschreven naar ${v.uit}. Publiceer deze vkey voor getuigen en de FG:\n${nieuw.vkey}`,
  );
  return 0;
}
