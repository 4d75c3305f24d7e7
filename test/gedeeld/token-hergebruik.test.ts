/**
 * No replay window: the jti of a token used for a state-changing request is kept as long as
 * any verifier could still accept the token (exp plus the clock tolerance), and two
 * concurrent uses of one token give one success and one 401, never a 500. Both runtimes.
 */
import { decodeJwt } from 'jose';
import { describe, expect, it } from 'vitest';
import { SPELING_S } from '../../src/api/auth/token-verifier.js';
import { maakOmgeving, type Omgeving, START } from '../helpers/omgeving.js';
import { signaal } from '../helpers/signalen.js';

const PARTNER = 'gemeente-hilversum';

function expVan(token: string): number {
  const { exp } = decodeJwt(token);
  if (typeof exp !== 'number') throw new Error('token zonder exp');
  return exp;
}

/** A POST /v1/signalen that can be sent again with the same token. */
async function eenToken(o: Omgeving) {
  const token = await o.token(PARTNER);
  const exp = expVan(token);
  const body = JSON.stringify(signaal(o));
  const post = () =>
    o.app.request('/v1/signalen', {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body,
    });
  return { exp, post };
}

async function registraties(o: Omgeving) {
  const signalen = await o.store.sql('SELECT count(*) AS n FROM signalen');
  const log = await o.store.logboek(1, 1000);
  return {
    signalen: Number(signalen[0]?.n),
    registraties: log.filter((e) => e.actie === 'registratie').length,
  };
}

describe('een token voor een wijzigend verzoek werkt één keer', () => {
  it.each([
    ['1 s na exp', 1],
    ['speling - 1 s na exp', SPELING_S - 1],
  ])('hergebruik %s wordt geweigerd met 401', async (_naam, naExp) => {
    const o = await maakOmgeving();
    const { exp, post } = await eenToken(o);
    expect((await post()).status).toBe(201);
    o.zetKlok((exp + naExp) * 1000);
    const opnieuw = await post();
    expect(opnieuw.status).toBe(401);
    expect(opnieuw.headers.get('content-type')).toContain('application/problem+json');
    expect(await opnieuw.json()).toMatchObject({ status: 401, title: 'Niet geauthenticeerd' });
    expect(await registraties(o)).toEqual({ signalen: 1, registraties: 1 });
  });

  it('zo laat aanvaardt de verifier het token wel (het venster bestaat echt)', async () => {
    const o = await maakOmgeving();
    const { exp, post } = await eenToken(o);
    o.zetKlok((exp + SPELING_S - 1) * 1000);
    expect((await post()).status).toBe(201);
  });

  it('de verifier en zijn cache aanvaarden een token tot exp + speling, niet langer', async () => {
    const o = await maakOmgeving();
    const token = await o.token(PARTNER);
    const tot = (expVan(token) + SPELING_S) * 1000;
    const lees = async (ms: number) => {
      o.zetKlok(ms);
      const r = await o.app.request('/v1/meldingen', {
        headers: { authorization: `Bearer ${token}` },
      });
      return r.status;
    };
    // The first read puts the token in the cache; the later ones are answered from it or not.
    expect(await lees(START)).toBe(200);
    expect(await lees(tot - 1)).toBe(200);
    expect(await lees(tot)).toBe(401);
  });

  it('twee gelijktijdige verzoeken met één token: één 201 en één 401, één registratie', async () => {
    const o = await maakOmgeving();
    const { post } = await eenToken(o);
    const antwoorden = await Promise.all([post(), post()]);
    expect(antwoorden.map((a) => a.status).sort()).toEqual([201, 401]);
    expect(await registraties(o)).toEqual({ signalen: 1, registraties: 1 });
  });
});
