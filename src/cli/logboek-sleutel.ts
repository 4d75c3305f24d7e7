/**
 * @module
 * `ketenpoort logboek sleutel`: the log's public key (vkey), or a new checkpoint key.
 */
import { parseArgs } from 'node:util';
import { leesConfiguratie } from '../config/env.js';
import { noteVerifierKey } from '../logboek/note.js';
import { nieuweSleutel } from '../logboek/sleutels.js';
import { roteerCheckpointsleutel } from './logboek-sleutel-roteer.js';
import { gebruiksfout, type Opdracht } from './opdracht.js';
import { geconfigureerdeSleutel } from './sleutel-lezen.js';
import { schrijfGeheimeSleutel } from './sleutel-schrijven.js';

export const logboekSleutel: Opdracht = {
  naam: 'logboek sleutel',
  gebruik: [
    '',
    '--nieuw --naam <origin> --uit <bestand>',
    'roteer --uit <bestand> [--database <bestand>]',
  ],
  uitleg:
    'Drukt de publieke sleutel (vkey) van het logboek af; met --nieuw: maakt een nieuwe ' +
    'checkpointsleutel en schrijft de geheime helft naar <bestand>; roteer: wisselt de ' +
    'checkpointsleutel van de poort (stop de poort eerst) en legt de wissel vast in het logboek.',
  voerUit: (args) => sleutel(args),
};

async function sleutel(args: string[]): Promise<number> {
  const { values: v, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      nieuw: { type: 'boolean', default: false },
      naam: { type: 'string' },
      uit: { type: 'string' },
      database: { type: 'string' },
    },
  });
  if (positionals[0] === 'roteer' && positionals.length === 1 && !v.nieuw) {
    if (!v.uit) return gebruiksfout(logboekSleutel, 'Geef bij roteer --uit <bestand>.');
    return roteerCheckpointsleutel(v.uit, v.database);
  }
  if (positionals.length > 0) return gebruiksfout(logboekSleutel, `Onbekend: ${positionals[0]}.`);
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
