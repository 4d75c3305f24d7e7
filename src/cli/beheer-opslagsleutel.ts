/**
 * @module
 * `ketenpoort beheer opslagsleutel`: a new storage key, or a rotation. A keyed hash cannot be
 * undone, so a rotation re-keys every stored pseudonym with a new key on top of the current
 * ones and writes all keys, oldest first, to a new file: a database copied after the rotation
 * can only be compared with guesses by whoever holds the new key. The new file is written
 * (and flushed) before the database changes, so no crash leaves pseudonyms without their key.
 */
import { closeSync, existsSync, fsyncSync, openSync, writeSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { leesConfiguratie } from '../config/env.js';
import { base64url } from '../encoding/base64url.js';
import { leesOpslagsleutel } from '../node/demo-opzet.js';
import { opslagPseudoniem, opslagVingerafdruk } from '../pseudonym/opslag.js';
import { openSqliteStore } from '../store/sqlite.js';
import { gebruiksfout, type Opdracht } from './opdracht.js';

export const beheerOpslagsleutel: Opdracht = {
  naam: 'beheer opslagsleutel',
  gebruik: ['--nieuw --uit <bestand>', 'roteer --uit <bestand> [--database <bestand>]'],
  uitleg:
    'Maakt een nieuwe opslagsleutel (--nieuw), of roteert de opslagsleutel: versleutelt elk ' +
    'opgeslagen pseudoniem opnieuw met een nieuwe sleutel bovenop de huidige en schrijft alle ' +
    'sleutels naar <bestand>. Stop de poort eerst.',
  opties: `  --nieuw               schrijf een nieuwe, willekeurige opslagsleutel naar --uit
  --uit <bestand>       het nieuwe sleutelbestand (modus 0600; een bestaand bestand blijft staan)
  --database <bestand>  de database (standaard KETENPOORT_DATABASE)`,
  noot: `Na een rotatie start de poort alleen nog met het nieuwe bestand
(KETENPOORT_OPSLAGSLEUTEL_BESTAND); bewaar het oude bij de back-ups van vóór de rotatie.`,
  voerUit: (args) => opslagsleutel(args),
};

async function opslagsleutel(args: string[]): Promise<number> {
  const { values: v, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      nieuw: { type: 'boolean', default: false },
      uit: { type: 'string' },
      database: { type: 'string' },
    },
  });
  const roteer = positionals[0] === 'roteer' && positionals.length === 1;
  if ((!roteer && positionals.length > 0) || roteer === v.nieuw || !v.uit) {
    return gebruiksfout(
      beheerOpslagsleutel,
      'Geef --nieuw --uit <bestand>, of roteer --uit <bestand>.',
    );
  }
  if (existsSync(v.uit)) {
    console.error(`${v.uit} bestaat al; kies een ander bestand.`);
    return 1;
  }
  const nieuw = crypto.getRandomValues(new Uint8Array(32));
  if (v.nieuw) {
    schrijfGeheim(v.uit, `${base64url(nieuw)}\n`);
    console.log(`Nieuwe opslagsleutel geschreven naar ${v.uit} (modus 0600).`);
    return 0;
  }
  const cfg = leesConfiguratie(process.env);
  const huidig = leesOpslagsleutel(cfg);
  const alle = [...huidig, nieuw];
  schrijfGeheim(v.uit, `${alle.map(base64url).join('\n')}\n`);
  const store = openSqliteStore(v.database ?? cfg.database);
  try {
    const aantal = store.roteerOpslagsleutel(
      opslagVingerafdruk(huidig),
      opslagVingerafdruk(alle),
      (soort, waarde) => opslagPseudoniem(nieuw, soort, waarde),
    );
    console.log(
      `${aantal} opgeslagen pseudoniemen opnieuw versleuteld. Zet KETENPOORT_OPSLAGSLEUTEL_BESTAND op ${v.uit} en start de poort; bewaar het oude sleutelbestand bij de back-ups van vóór de rotatie.`,
    );
    return 0;
  } finally {
    await store.close();
  }
}

/** Writes `tekst` to a new file readable by its owner only, flushed to disk before returning. */
function schrijfGeheim(pad: string, tekst: string): void {
  const fd = openSync(pad, 'wx', 0o600);
  try {
    writeSync(fd, tekst);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}
