/**
 * GET /v1/logboek/verificatie in bounded, resumable parts (issue 13 item 4), as the Worker runs
 * it: with a part size of 3 leaves, each answer reads at most 3 more leaves and hands back a
 * sealed `vervolg`; following it to the end gives what one whole run gives, a changed leaf is
 * found in the part that holds it, and a `vervolg` that this gateway did not make is refused.
 * Runs on both runtimes.
 */
import { describe, expect, it } from 'vitest';
import { maakOmgeving, type Omgeving } from '../helpers/omgeving.js';
import { registreer, signaal } from '../helpers/signalen.js';

const DEEL = 3;

interface Deel {
  geldig: boolean;
  bladen: number;
  regels?: number;
  checkpoints: Array<{ grootte: number; geldig: boolean }>;
  fouten: Array<{ blad: number | null; plaats: string }>;
  vervolg: string | null;
}

async function vulLogboek(o: Omgeving) {
  for (const [i, partner] of ['vtgv', 'gemeente-hilversum', 'zorgcoordinator-gv'].entries()) {
    for (const telefoon of ['06-55500001', `06-5550010${i}`]) {
      await registreer(
        o,
        partner,
        signaal(o, {
          pseudoniemen: [o.pseudoniem('telefoon', telefoon)],
          doel: partner === 'vtgv' ? 'casusoverleg' : 'zorgcoordinatie',
        }),
      );
    }
  }
}

/** Every part, following `vervolg`, as identity `wie`. */
async function allesInDelen(o: Omgeving, wie = 'ketenpoort-fg'): Promise<Deel[]> {
  const delen: Deel[] = [];
  let vervolg: string | null = null;
  do {
    const pad: string = `/v1/logboek/verificatie${vervolg ? `?vervolg=${vervolg}` : ''}`;
    const r = await o.vraag(wie, 'GET', pad);
    expect(r.status).toBe(200);
    const deel = (await r.json()) as Deel;
    delen.push(deel);
    vervolg = deel.vervolg;
    expect(delen.length).toBeLessThan(50);
  } while (vervolg);
  return delen;
}

describe('verificatie van het logboek in delen', () => {
  it('elk deel leest hoogstens 3 bladen; samen geven ze wat één keer alles geeft', async () => {
    const heel = await maakOmgeving();
    const inDelen = await maakOmgeving({ verificatieDeel: DEEL });
    await vulLogboek(heel);
    await vulLogboek(inDelen);
    const eenKeer = (await (
      await heel.vraag('ketenpoort-fg', 'GET', '/v1/logboek/verificatie')
    ).json()) as Deel;
    expect(eenKeer.vervolg).toBeNull();
    expect(eenKeer.geldig).toBe(true);
    const delen = await allesInDelen(inDelen);
    // The last part sees the end itself: no empty part after it.
    expect(delen.length).toBe(Math.ceil(eenKeer.bladen / DEEL));
    expect(delen.length).toBeGreaterThan(1);
    let vorige = 0;
    for (const d of delen) {
      expect(d.bladen - vorige).toBeLessThanOrEqual(DEEL);
      for (const c of d.checkpoints) expect(c.grootte).toBeGreaterThan(vorige);
      vorige = d.bladen;
    }
    const laatste = delen.at(-1) as Deel;
    expect(laatste.geldig).toBe(true);
    expect(laatste.bladen).toBe(eenKeer.bladen);
    expect(laatste.regels).toBe(eenKeer.regels);
    // Every checkpoint is checked once, in the part that reaches it.
    const grootten = delen.flatMap((d) => d.checkpoints.map((c) => c.grootte));
    expect(grootten).toEqual(eenKeer.checkpoints.map((c) => c.grootte));
    expect(delen.flatMap((d) => d.checkpoints).every((c) => c.geldig)).toBe(true);
  });

  it('een gewijzigd blad wordt gevonden in het deel dat het leest, en geldig blijft daarna onwaar', async () => {
    const o = await maakOmgeving({ verificatieDeel: DEEL });
    await vulLogboek(o);
    await o.store.exec("UPDATE bladen SET inhoud = inhoud || ' ' WHERE nummer = 5");
    const delen = await allesInDelen(o);
    const metFout = delen.findIndex((d) => d.fouten.length > 0);
    expect(metFout).toBeGreaterThanOrEqual(0);
    expect(delen[metFout]?.fouten[0]?.blad).toBe(5);
    expect(delen.slice(0, metFout).every((d) => d.geldig)).toBe(true);
    expect(delen.slice(metFout).every((d) => !d.geldig)).toBe(true);
  });

  it('de FG van een partner volgt dezelfde delen en ziet geen aantal regels', async () => {
    const o = await maakOmgeving({ verificatieDeel: DEEL });
    await vulLogboek(o);
    const delen = await allesInDelen(o, 'vtgv-fg');
    expect(delen.at(-1)?.geldig).toBe(true);
    for (const d of delen) expect(d.regels).toBeUndefined();
  });

  it('een vervolg dat niet van deze gateway komt of veranderd is, wordt geweigerd', async () => {
    const o = await maakOmgeving({ verificatieDeel: DEEL });
    const ander = await maakOmgeving({ verificatieDeel: DEEL });
    await vulLogboek(o);
    await vulLogboek(ander);
    const eerste = (await (
      await ander.vraag('ketenpoort-fg', 'GET', '/v1/logboek/verificatie')
    ).json()) as Deel;
    const vreemd = eerste.vervolg as string;
    const veranderd = `${vreemd.slice(0, 20)}${vreemd[20] === 'A' ? 'B' : 'A'}${vreemd.slice(21)}`;
    for (const v of [vreemd, veranderd, 'geen-vervolg']) {
      const r = await o.vraag('ketenpoort-fg', 'GET', `/v1/logboek/verificatie?vervolg=${v}`);
      expect(r.status).toBe(400);
      expect(((await r.json()) as { detail: string }).detail).toContain('vervolg');
    }
  });
});
