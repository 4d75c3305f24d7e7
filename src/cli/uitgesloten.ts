/**
 * @module
 * `ketenpoort uitgesloten`: computes exclusion entries for uitgesloten.yaml through the
 * sleutelbewaarder, with the jurist's or operator's own credential, for every key the policy
 * pins (both during a rotation), so no key is left without them. Prints YAML, never the value.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { pseudonimiseerV2 } from '../client/sleutelbewaarder-client.js';
import { leesConfiguratie } from '../config/env.js';
import { vanBase64url } from '../encoding/base64url.js';
import { IdentiteitFout, isSoort } from '../identity/index.js';
import { leesBeleidBestanden } from '../node/beleid-lezen.js';
import { sleutelbewaarderUrl } from '../node/pseudoniem-instelling.js';
import { laadBeleid } from '../policy/index.js';
import { SleutelbewaarderFout } from '../pseudonym/v2.js';
import { gebruiksfout, type Opdracht } from './opdracht.js';

export const uitgesloten: Opdracht = {
  naam: 'uitgesloten',
  gebruik: [
    '<soort> --sleutel <jwk> --omschrijving <tekst> [--sleutelbewaarder <url>] [--beleid <map>]',
  ],
  uitleg:
    'Leest één waarde van standaardinvoer (zoals een opvangadres) en drukt de regels voor ' +
    'uitgesloten.yaml af: één per sleutel die het beleid vastpint, berekend via de sleutelbewaarder.',
  opties: `  --sleutel <bestand>         private JWK (met iss) waarmee de sleutelbewaarder u kent
  --omschrijving <tekst>      wat het is, zonder persoonsgegevens
  --sleutelbewaarder <url>    standaard KETENPOORT_SLEUTELBEWAARDER_URL of de demo
  --beleid <map>              standaard KETENPOORT_BELEID of policies`,
  voerUit: async (args) => {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: {
        sleutel: { type: 'string' },
        omschrijving: { type: 'string' },
        sleutelbewaarder: { type: 'string' },
        beleid: { type: 'string' },
      },
    });
    const soort = positionals[0];
    if (!soort || !isSoort(soort) || !values.sleutel || !values.omschrijving) {
      return gebruiksfout(uitgesloten, 'Geef een soort, --sleutel en --omschrijving.');
    }
    const cfg = leesConfiguratie(process.env);
    const beleid = laadBeleid(leesBeleidBestanden(values.beleid ?? cfg.beleid));
    if (beleid.pseudoniemen.versie !== 'v2') {
      console.error(
        'Dit beleid gebruikt pseudoniemen v1: bereken ze met ketenpoort pseudoniem --ketensleutel.',
      );
      return 1;
    }
    const privateJwk = JSON.parse(readFileSync(values.sleutel, 'utf8'));
    const waarde = readFileSync(0, 'utf8').split(/\r?\n/)[0] ?? '';
    try {
      for (const s of beleid.pseudoniemen.sleutels) {
        const [p] = await pseudonimiseerV2(
          {
            url: values.sleutelbewaarder ?? sleutelbewaarderUrl(cfg),
            partner: String(privateJwk.iss),
            gebruiker: 'uitgesloten-cli',
            privateJwk,
            vastgepind: { id: s.id, publiek: vanBase64url(s.publiek ?? '') },
          },
          [{ soort, waarde }],
        );
        console.log(
          `  - soort: ${soort}\n    versie: v2\n    sleutel: ${s.id}\n    pseudoniem: ${p?.waarde}\n    omschrijving: ${JSON.stringify(values.omschrijving)}`,
        );
      }
      return 0;
    } catch (fout) {
      if (fout instanceof IdentiteitFout || fout instanceof SleutelbewaarderFout) {
        console.error(fout.message);
        return 1;
      }
      throw fout;
    }
  },
};
