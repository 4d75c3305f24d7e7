/** Regie through the API (issue 17), for the shared suite: casussen, proposals, the inbox. */
import { expect } from 'vitest';
import { bewaakTermijnen } from '../../src/use-cases/termijnen-bewaken.js';
import { maskeer } from './maskeer.js';
import type { Omgeving } from './omgeving.js';
import { registreer, signaal } from './signalen.js';

export const GEMEENTE = 'gemeente-hilversum';
export const ZC = 'zorgcoordinator-gv';
export const VT = 'vtgv';
export const TMM = 'tmm';

// Made-up BSNs that pass the 11-proef.
export const PERSOON = '111222333';
export const ANDER = '123456782';

/** A soft signal about `bsn` as the partner's usual doel registers it. */
export function signaalVan(o: Omgeving, partner: string, bsn: string) {
  const doel = { [GEMEENTE]: 'zorgcoordinatie', [ZC]: 'zorgcoordinatie', [TMM]: 'opsporing' }[
    partner
  ];
  return signaal(o, {
    doel: doel ?? 'zorgcoordinatie',
    ...(partner === TMM && { sterkte: 'hard' }),
    pseudoniemen: [o.pseudoniem('bsn', bsn)],
  });
}

/** Registers a signal about `bsn` as `partner`; returns its id. */
export async function meld(o: Omgeving, partner: string, bsn = PERSOON): Promise<string> {
  return (await registreer(o, partner, signaalVan(o, partner, bsn))).id;
}

/** The casussen of own signal `id` as `partner` sees them. */
export async function casussen(o: Omgeving, partner: string, id: string) {
  const r = await o.vraag(partner, 'GET', `/v1/signalen/${id}/casussen`);
  const body = await r.json();
  expect(r.status, JSON.stringify(body)).toBe(200);
  return body as {
    casussen: Array<{ id: string; regie?: Record<string, unknown> }>;
    logboekId: number;
  };
}

/** Proposes `body.naar` (or the default) for casus `casus` of `partner`'s signal `id`. */
export function stelVoor(
  o: Omgeving,
  partner: string,
  id: string,
  casus: string,
  body: { naar?: string; doel: string },
) {
  return o.vraag(partner, 'POST', `/v1/signalen/${id}/casussen/${casus}/regie`, body);
}

/** The inbox of `partner`. */
export async function inbox(o: Omgeving, partner: string): Promise<Array<Record<string, unknown>>> {
  const r = await o.vraag(partner, 'GET', '/v1/meldingen');
  expect(r.status).toBe(200);
  return (await r.json()).meldingen;
}

/** Masks what differs between any two gateways: ids, hashes, times, casus ids. */
export function gemaskeerd(w: unknown): unknown {
  return JSON.parse(
    maskeer(JSON.stringify(w))
      .replace(/"(casus|voorstel|signaal|stapelmelding)":"[^"]+"/g, '"$1":"<id>"')
      .replace(/"[A-Za-z0-9_-]{22}"/g, '"<casus>"'),
  );
}

/** The size of the logboek's tree as `partner` reads it from the checkpoint. */
export async function grootte(o: Omgeving, partner: string): Promise<number> {
  const r = await o.vraag(partner, 'GET', '/v1/logboek/checkpoint');
  expect(r.status).toBe(200);
  return (await r.json()).grootte as number;
}

/** The hourly termijn watch at `iso`, with the gateway's excluded entities; how many passed. */
export const bewaak = (o: Omgeving, iso: string) =>
  bewaakTermijnen(
    o.store,
    o.beleid,
    Date.parse(iso),
    o.diensten.willekeurig,
    o.diensten.uitgesloten,
  );
