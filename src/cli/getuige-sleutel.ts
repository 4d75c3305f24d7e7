/**
 * @module
 * `ketenpoort getuige sleutel`: makes a witness key; prints only its vkey.
 */
import { parseArgs } from 'node:util';
import { nieuweSleutel } from '../logboek/sleutels.js';
import { gebruiksfout, type Opdracht } from './opdracht.js';
import { schrijfGeheimeSleutel } from './sleutel-schrijven.js';

export const getuigeSleutel: Opdracht = {
  naam: 'getuige sleutel',
  gebruik: ['--naam <getuige> --uit <bestand>'],
  uitleg:
    'Maakt een getuigensleutel: de geheime helft in <bestand>, de vkey op het scherm ' +
    '(voor de beheerder van de gateway).',
  voerUit: (args) => maakSleutel(args),
};

async function maakSleutel(args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    options: { naam: { type: 'string' }, uit: { type: 'string' } },
  });
  if (!values.naam || !values.uit) return gebruiksfout(getuigeSleutel, 'Geef --naam en --uit.');
  const sleutel = await nieuweSleutel(values.naam);
  if (!schrijfGeheimeSleutel(values.uit, sleutel.skey)) return 1;
  console.log(
    `Geheime sleutel geschreven naar ${values.uit}. Geef de beheerder van de gateway deze vkey:\n${sleutel.getuigeVkey}`,
  );
  return 0;
}
