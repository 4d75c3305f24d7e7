/**
 * Escalation of every kind of termijn (issue 17) in both runtimes, with a faked clock: a regie
 * proposal that led to no regie and a requested terugkoppeling not given reach the policy's
 * escalation partner, not only the partner that waits, exactly once and only under two keys
 * (the waiting partner's rule and the late partner's rule); an escalation partner that may not
 * receive hears nothing, and a terugkoppeling given in time stops the termijn.
 */
import { describe, expect, it } from 'vitest';
import { maakOmgeving, type Omgeving } from '../helpers/omgeving.js';
import { bewaak, casussen, GEMEENTE, inbox, meld, stelVoor, ZC } from '../helpers/regie.js';

const termijnen = (escalatie: string) => ({
  pad: 'termijnen.yaml',
  tekst: `termijnen:\n  regie: 1\nescalatie: ${escalatie}\ngelijkgesteld: []\n`,
});

const escalaties = async (o: Omgeving, partner: string) =>
  (await inbox(o, partner)).filter((m) => m.escalatie);

/** The gemeente proposes the zorgcoördinator as regisseur on Thursday 2 April 2026; no answer. */
async function voorstel(o: Omgeving) {
  o.zetKlok(Date.parse('2026-04-02T12:00:00Z'));
  const g = await meld(o, GEMEENTE);
  await meld(o, ZC);
  const casus = (await casussen(o, GEMEENTE, g)).casussen[0]?.id as string;
  const r = await stelVoor(o, GEMEENTE, g, casus, { naar: ZC, doel: 'zorgcoordinatie' });
  expect(r.status).toBe(201);
}

/** After a match the gemeente asks the zorgcoördinator for terugkoppeling by 3 April 2026. */
async function vraag(o: Omgeving): Promise<string> {
  o.zetKlok(Date.parse('2026-04-01T10:00:00Z'));
  await meld(o, GEMEENTE);
  const zc = await meld(o, ZC);
  const [bericht] = await inbox(o, GEMEENTE);
  const blad = (bericht?.overlap as { logboekId: number } | undefined)?.logboekId;
  const r = await o.vraag(GEMEENTE, 'POST', '/v1/terugkoppeling-vragen', {
    verstrekking: blad,
    gevraagdVoor: '2026-04-03',
  });
  expect(r.status).toBe(201);
  return zc;
}

describe('escalatie van een regievoorstel zonder regie', () => {
  it('bereikt de escalatiepartner één keer, met wie de regels noemen', async () => {
    const o = await maakOmgeving({ bestanden: [termijnen('gemeente-huizen')] });
    await voorstel(o);
    // One werkdag from Maundy Thursday: Good Friday and Easter Monday do not count.
    expect(await bewaak(o, '2026-04-07T21:59:59Z')).toBe(0);
    expect(await bewaak(o, '2026-04-07T22:00:00Z')).toBe(1);
    expect(await bewaak(o, '2026-04-20T22:00:00Z')).toBe(0);
    const e = await escalaties(o, 'gemeente-huizen');
    expect(e).toHaveLength(1);
    expect(e[0]?.signaal).toBeUndefined();
    expect(e[0]?.escalatie).toMatchObject({
      soort: 'regie',
      doel: 'zorgcoordinatie',
      van: { id: GEMEENTE },
      naar: { id: ZC },
      verstrekenOp: '2026-04-07T22:00:00.000Z',
    });
    expect((await inbox(o, GEMEENTE)).filter((m) => m.termijn)).toHaveLength(1);
    const entry = (await o.store.logboek(1, 1000)).find(
      (x) => x.actie === 'termijn' && x.ontvanger === 'gemeente-huizen',
    );
    expect(entry?.regels).toEqual(['gemeente-onderling', 'zc-gemeenten']);
    expect(entry?.gegevens).toContain('partner');
  });

  it('een escalatiepartner die niet mag ontvangen hoort niets; de voorsteller wel', async () => {
    const o = await maakOmgeving({ bestanden: [termijnen('meldpunt')] });
    await voorstel(o);
    expect(await bewaak(o, '2026-04-07T22:00:00Z')).toBe(1);
    expect(await escalaties(o, 'vtgv')).toEqual([]);
    expect((await inbox(o, GEMEENTE)).filter((m) => m.termijn)).toHaveLength(1);
    const entries = (await o.store.logboek(1, 1000)).filter((x) => x.actie === 'termijn');
    expect(entries.map((x) => x.ontvanger)).toEqual([GEMEENTE]);
  });
});

describe('escalatie van een gevraagde terugkoppeling die uitbleef', () => {
  it('bereikt de escalatiepartner één keer, de dag na de gevraagde datum', async () => {
    const o = await maakOmgeving({ bestanden: [termijnen('gemeente-huizen')] });
    await vraag(o);
    expect(await bewaak(o, '2026-04-03T21:59:59Z')).toBe(0);
    expect(await bewaak(o, '2026-04-03T22:00:00Z')).toBe(1);
    expect(await bewaak(o, '2026-04-10T22:00:00Z')).toBe(0);
    const e = await escalaties(o, 'gemeente-huizen');
    expect(e).toHaveLength(1);
    expect(e[0]?.escalatie).toMatchObject({
      soort: 'terugkoppeling',
      doel: 'zorgcoordinatie',
      van: { id: GEMEENTE },
      naar: { id: ZC },
      verstrekenOp: '2026-04-03T22:00:00.000Z',
    });
    expect((await inbox(o, GEMEENTE)).filter((m) => m.termijn)).toHaveLength(1);
  });

  it('een escalatiepartner die niet mag ontvangen hoort niets', async () => {
    const o = await maakOmgeving({ bestanden: [termijnen('meldpunt')] });
    await vraag(o);
    expect(await bewaak(o, '2026-04-03T22:00:00Z')).toBe(1);
    expect(await escalaties(o, 'vtgv')).toEqual([]);
    const entries = (await o.store.logboek(1, 1000)).filter((x) => x.actie === 'termijn');
    expect(entries.map((x) => x.ontvanger)).toEqual([GEMEENTE]);
  });

  it('een op tijd gegeven terugkoppeling houdt de termijn tegen', async () => {
    const o = await maakOmgeving({ bestanden: [termijnen('gemeente-huizen')] });
    const zc = await vraag(o);
    o.zetKlok(Date.parse('2026-04-02T10:00:00Z'));
    const r = await o.vraag(ZC, 'PUT', `/v1/signalen/${zc}/status`, { status: 'hulp_gestart' });
    expect(r.status).toBe(200);
    expect(await bewaak(o, '2026-04-10T22:00:00Z')).toBe(0);
    expect(await escalaties(o, 'gemeente-huizen')).toEqual([]);
  });
});
