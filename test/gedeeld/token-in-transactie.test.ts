/**
 * The token id of POST /v1/signalen is recorded with the registration it causes (issue 13
 * item 5): in the registration's own transaction on SQLite, in a write just before it on D1.
 * A request that commits nothing (a refusal, an invalid body, a failing store) records the id
 * in a write of its own, so a refused request cannot be sent again either. Both runtimes.
 */
import { describe, expect, it } from 'vitest';
import { maakOmgeving, type Omgeving } from '../helpers/omgeving.js';
import { signaal } from '../helpers/signalen.js';

const PARTNER = 'gemeente-hilversum';

/** A POST /v1/signalen with one fixed token, sent with body `body`. */
async function metToken(o: Omgeving) {
  const token = await o.token(PARTNER);
  return (body: unknown) =>
    o.app.request('/v1/signalen', {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
}

async function tel(o: Omgeving) {
  const [s] = await o.store.sql('SELECT count(*) AS n FROM signalen');
  const [r] = await o.store.sql('SELECT count(*) AS n FROM replay');
  return { signalen: Number(s?.n), tokens: Number(r?.n) };
}

describe('jti van een registratie', () => {
  it('een geslaagde registratie legt het token vast; opnieuw sturen geeft 401 en slaat niets op', async () => {
    const o = await maakOmgeving();
    const post = await metToken(o);
    const voor = await tel(o);
    expect((await post(signaal(o))).status).toBe(201);
    expect(await tel(o)).toEqual({ signalen: voor.signalen + 1, tokens: voor.tokens + 1 });
    const opnieuw = await post(signaal(o));
    expect(opnieuw.status).toBe(401);
    expect(((await opnieuw.json()) as { detail: string }).detail).toContain('al gebruikt');
    expect(await tel(o)).toEqual({ signalen: voor.signalen + 1, tokens: voor.tokens + 1 });
  });

  it.each([
    ['het beleid weigert (422)', (o: Omgeving) => signaal(o, { doel: 'opsporing' }), 422],
    ['de body klopt niet (400)', (o: Omgeving) => signaal(o, { sterkte: 'heel hard' }), 400],
  ])(
    'na een weigering (%s) kan hetzelfde token niet opnieuw, ook niet met een goede body',
    async (_n, fout, status) => {
      const o = await maakOmgeving();
      const post = await metToken(o);
      const voor = await tel(o);
      expect((await post(fout(o))).status).toBe(status);
      expect(await tel(o)).toEqual({ signalen: voor.signalen, tokens: voor.tokens + 1 });
      const opnieuw = await post(signaal(o));
      expect(opnieuw.status).toBe(401);
      expect(await tel(o)).toEqual({ signalen: voor.signalen, tokens: voor.tokens + 1 });
    },
  );

  it('faalt de opslag, dan staat het token toch vast en staat er geen signaal', async () => {
    const o = await maakOmgeving();
    const post = await metToken(o);
    const voor = await tel(o);
    await o.store.exec(
      "CREATE TRIGGER kapot BEFORE INSERT ON logboek BEGIN SELECT RAISE(ABORT, 'kapot'); END",
    );
    expect((await post(signaal(o))).status).toBe(500);
    await o.store.exec('DROP TRIGGER kapot');
    expect(await tel(o)).toEqual({ signalen: voor.signalen, tokens: voor.tokens + 1 });
    expect((await post(signaal(o))).status).toBe(401);
  });
});
