/**
 * @module
 * `ketenpoort token`: sign a token with a partner's private key file.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { maakToken } from '../client/token.js';

export async function token(args: string[]): Promise<number> {
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
    console.error(
      'Gebruik: ketenpoort token --sleutel <jwk.json> --sub <medewerker-id> [--partner <id>]',
    );
    return 2;
  }
  const jwk = JSON.parse(readFileSync(values.sleutel, 'utf8'));
  const partner = values.partner ?? jwk.iss;
  if (typeof partner !== 'string') {
    console.error('Geef --partner: de sleutel noemt geen partner (iss).');
    return 2;
  }
  console.log(
    await maakToken(jwk, { partner, gebruiker: values.sub, geldigheid: Number(values.geldigheid) }),
  );
  return 0;
}
