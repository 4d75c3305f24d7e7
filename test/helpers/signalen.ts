/** Registering test signals through the API, for the FG's tests. */
import { expect } from 'vitest';
import type { Omgeving } from './omgeving.js';

/** A signal body about the made-up test person, with `extra` fields overriding. */
export function signaal(o: Omgeving, extra: Record<string, unknown> = {}) {
  return {
    pseudoniemen: [
      o.pseudoniem('persoon', 'Bakker-Test|1991-07-15'),
      o.pseudoniem('telefoon', '06-55509876'),
    ],
    rol: 'slachtoffer',
    uitbuitingsvormen: ['seksuele_uitbuiting'],
    sterkte: 'zacht',
    gemeente: 'GM0402',
    doel: 'zorgcoordinatie',
    ...extra,
  };
}

/** Registers `body` as partner `partner` and expects 201. */
export async function registreer(o: Omgeving, partner: string, body: unknown) {
  const r = await o.vraag(partner, 'POST', '/v1/signalen', body);
  const inhoud = await r.json();
  expect(r.status, JSON.stringify(inhoud)).toBe(201);
  return inhoud as { id: string; vervaltOp: string; overlap: Array<Record<string, unknown>> };
}
