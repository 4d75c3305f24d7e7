/**
 * @module
 * `ketenpoort token`: sign a token with a partner's private key file.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { maakToken } from '../client/token.js';
import { gebruiksfout, type Opdracht } from './opdracht.js';

export const token: Opdracht = {
  naam: 'token',
  gebruik: [
    '--sleutel <jwk.json> --sub <medewerker-id> [--partner <id>] [--geldigheid <seconden>]',
  ],
  uitleg: 'Ondertekent een token (hoogstens 300 seconden geldig, standaard 120).',
  opties: `  --sleutel <jwk.json>   de privésleutel van de partner (JWK; 'iss' noemt de partner)
  --partner <id>         als de sleutel geen 'iss' heeft`,
  voerUit: (args) => onderteken(args),
};

async function onderteken(args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      sleutel: { type: 'string' },
      sub: { type: 'string' },
      partner: { type: 'string' },
      geldigheid: { type: 'string', default: '120' },
    },
  });
  if (!values.sleutel || !values.sub) {
    return gebruiksfout(token, 'Geef --sleutel en --sub.');
  }
  const jwk = JSON.parse(readFileSync(values.sleutel, 'utf8'));
  const partner = values.partner ?? jwk.iss;
  if (typeof partner !== 'string') {
    return gebruiksfout(token, 'Geef --partner: de sleutel noemt geen partner (iss).');
  }
  console.log(
    await maakToken(jwk, { partner, gebruiker: values.sub, geldigheid: Number(values.geldigheid) }),
  );
  return 0;
}
