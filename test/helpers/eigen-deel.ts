/** The caller's own part of a logboek leaf, as its inclusion proof gives it, checked against the leaf. */
import { expect } from 'vitest';
import { vanBase64url } from '../../src/encoding/base64url.js';
import { deelHash } from '../../src/logboek/blad.js';
import type { Entry } from '../../src/logboek/entry.js';
import type { Omgeving } from './omgeving.js';

/**
 * The part of leaf `blad` that `wie` gets with its inclusion proof. Checks that every party of
 * the policy has a part in the leaf, whatever matched, and that the part's hash under its salt
 * is the leaf's entry for the caller's organisation.
 */
export async function eigenDeel(o: Omgeving, wie: string, blad: number) {
  const r = await o.vraag(wie, 'GET', `/v1/logboek/inclusiebewijs/${blad}`);
  expect(r.status).toBe(200);
  const bewijs = await r.json();
  expect(bewijs.leafHash).toEqual(expect.any(String));
  expect(bewijs.regel).toBeUndefined();
  const inhoud = JSON.parse(bewijs.inhoud);
  expect(inhoud.verzoek).toBe(blad);
  expect(Object.keys(inhoud.delen).sort()).toEqual(
    [...o.beleid.partners.keys(), 'ketenpoort'].sort(),
  );
  const { partij, zout, regels } = bewijs.deel as { partij: string; zout: string; regels: string };
  expect(inhoud.delen[partij]).toBe(deelHash(vanBase64url(zout), regels));
  return { partij, tekst: regels, lijst: JSON.parse(regels) as Entry[] };
}
