/**
 * @module
 * `ketenpoort inzage sleutel --nieuw --uit <bestand>`: the gateway FG makes its own key for the
 * sleutelbewaarder on its own device. Prints the entry for the sleutelbewaarder's configuration
 * (public key, small quota); the beheerder of the sleutelbewaarder adds and signs it.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { FG_SLEUTELBEWAARDER_ID, nieuweFgSleutel } from '../client/fg-sleutel.js';
import { leesConfiguratie } from '../config/env.js';
import { gebruiksfout, type Opdracht } from './opdracht.js';

export const fgSleutelOpdracht: Opdracht = {
  naam: 'inzage sleutel',
  gebruik: ['--nieuw --uit <bestand> [--kid <id>]'],
  uitleg:
    'Maakt de eigen sleutel van de FG bij de sleutelbewaarder (voor inzage bij pseudoniemen versie 2) en drukt de regel af die de sleutelbewaarder in zijn configuratie opneemt. Bewaar het bestand alleen op het apparaat van de FG, nooit bij de poort.',
  voerUit: async (args) => {
    const { values } = parseArgs({
      args,
      options: {
        nieuw: { type: 'boolean' },
        uit: { type: 'string' },
        kid: { type: 'string', default: `${FG_SLEUTELBEWAARDER_ID}-1` },
      },
    });
    if (!values.nieuw || !values.uit)
      return gebruiksfout(fgSleutelOpdracht, 'Geef --nieuw en --uit.');
    const data = resolve(leesConfiguratie(process.env).data);
    if (!relative(data, resolve(values.uit)).startsWith('..')) {
      console.error(
        `${values.uit} ligt in de datamap van de poort (${data}); de poort start dan niet. Kies een plek op uw eigen apparaat.`,
      );
      return 1;
    }
    if (existsSync(values.uit)) {
      console.error(`${values.uit} bestaat al; een sleutel wordt nooit overschreven.`);
      return 1;
    }
    const { prive, configuratie } = await nieuweFgSleutel(values.kid);
    mkdirSync(dirname(values.uit), { recursive: true, mode: 0o700 });
    writeFileSync(values.uit, `${JSON.stringify(prive, null, 2)}\n`, { mode: 0o600 });
    console.log(
      `Sleutel geschreven naar ${values.uit}. Geef deze regel aan de beheerder van de sleutelbewaarder voor configuratie.json (partners):\n${JSON.stringify(configuratie)}`,
    );
    return 0;
  },
};
