/**
 * The logboek's own retention (issue 14, item 6): at the end of its term (logboek.yaml, 84
 * months) the oldest leaves lose their content through one logged `logboek-gewist` entry, and
 * keep number, time and leaf hash; the log still verifies, an inclusion proof of an erased leaf
 * still checks, and an erasure nobody logged is caught by the verification.
 */
import { describe, expect, it } from 'vitest';
import type { Entry } from '../../src/logboek/entry.js';
import { logVerifier } from '../../src/logboek/index.js';
import { treeRoot, verifyInclusion } from '../../src/logboek/merkle.js';
import { proofFromNodes } from '../../src/logboek/merkle-nodes.js';
import { inclusionRanges } from '../../src/logboek/merkle-ranges.js';
import { verifieerLogboek } from '../../src/logboek/verifieer.js';
import { verificatieBron } from '../../src/store/verificatie-bron.js';
import { plusMaanden, verwijderVerlopen } from '../../src/use-cases/bewaartermijn.js';
import { maakOmgeving, type Omgeving } from '../helpers/omgeving.js';
import { registreer, signaal } from '../helpers/signalen.js';

const DAG = 24 * 3600 * 1000;

async function verifieer(o: Omgeving) {
  return verifieerLogboek(verificatieBron(o.store.boom), {
    log: logVerifier(o.logboekSleutel.ondertekenaar),
  });
}

/** Leaf hashes as the stored tree holds them, and the root over all of them. */
async function boom(o: Omgeving) {
  const grootte = await o.store.boom.grootte();
  const bladen = (await o.store.boom.knopenReeks(0, 0, grootte - 1)).map((k) => k.hash);
  return { grootte, bladen, root: treeRoot(bladen) };
}

/** Two signals, then 84 months and a day later a third, and the hourly retention run. */
async function opzet() {
  const o = await maakOmgeving();
  await registreer(o, 'gemeente-hilversum', signaal(o));
  await registreer(o, 'vtgv', signaal(o, { doel: 'veiligheidsbeoordeling' }));
  const voor = await boom(o);
  const oud = await o.store.boom.bladen(1, 1000);
  const start = o.diensten.klok();
  o.zetKlok(plusMaanden(start, 84) + DAG);
  await registreer(
    o,
    'vtu',
    signaal(o, {
      doel: 'veiligheidsbeoordeling',
      gemeente: 'GM0335',
      pseudoniemen: [o.pseudoniem('bsn', '123456782')],
    }),
  );
  const uit = await verwijderVerlopen(o.store, o.beleid, o.diensten.klok());
  return { o, voor, oud, uit };
}

describe('bewaartermijn van het logboek zelf', () => {
  it('wist de oudste bladen met één logboekregel, en het logboek en de bewijzen kloppen nog', async () => {
    const { o, voor, oud, uit } = await opzet();
    expect(uit.logboek).toMatchObject({ maanden: 84 });
    const n = uit.logboek!.totEnMetBlad;
    expect(n).toBe(oud.length);
    const bladen = await o.store.boom.bladen(1, 1000);
    // Erased: number and time kept, content gone, no entry rows left.
    for (const b of bladen.slice(0, n)) {
      const was = oud.find((x) => x.nummer === b.nummer)!;
      expect(b).toMatchObject({ inhoud: '', zouten: null, regels: [] });
      expect(b.tijdstip).toBe(was.tijdstip);
    }
    const rijen = await o.store.boom.rijen(1, 1000);
    expect(rijen.length).toBeGreaterThan(0);
    expect(rijen.every((r) => r.blad > n)).toBe(true);
    expect(rijen[0]!.volgnummer).toBe(uit.logboek!.totEnMetRegel + 1);
    // The erasure is logged, naming how far and from when.
    const gewist = (await o.store.logboek(1, 1000)).find((e) => e.actie === 'logboek-gewist')!;
    expect(gewist.wissing).toEqual({
      totEnMetBlad: n,
      totEnMetRegel: uit.logboek!.totEnMetRegel,
      grens: new Date(uit.logboek!.grens).toISOString(),
      maanden: 84,
    });
    expect(uit.logboek!.totEnMetRegel).toBeGreaterThan(0);
    // The tree is unchanged for the old leaves, the log verifies, and erased leaves count as such.
    const na = await boom(o);
    expect(na.bladen.slice(0, voor.grootte)).toEqual(voor.bladen);
    const v = await verifieer(o);
    expect(v.fouten).toEqual([]);
    expect(v.geldig).toBe(true);
    expect(v.gewist).toBe(n);
    // An inclusion proof of an erased leaf still checks against the whole tree.
    for (const index of [0, n - 1]) {
      const bewijs = await proofFromNodes(inclusionRanges(index, na.grootte), o.store.boom.knopen);
      expect(verifyInclusion(index, na.grootte, na.bladen[index]!, bewijs, na.root)).toBe(true);
    }
    // Through the API too: the proof, without text for an erased leaf.
    const r = await o.vraag('ketenpoort-fg', 'GET', '/v1/logboek/inclusiebewijs/1');
    const body = (await r.json()) as Record<string, unknown>;
    expect(r.status, JSON.stringify(body)).toBe(200);
    expect(body.inhoud).toBeUndefined();
    // A second run finds nothing new to erase and writes nothing.
    const grootte = na.grootte;
    expect((await verwijderVerlopen(o.store, o.beleid, o.diensten.klok())).logboek).toBeUndefined();
    expect(await o.store.boom.grootte()).toBe(grootte + 1); // the purge's own leaf only
  });

  it('verifieer vangt een gewist blad voorbij het vastgelegde wissen', async () => {
    const { o, uit } = await opzet();
    const n = uit.logboek!.totEnMetBlad;
    // Someone empties the next leaf by hand, as if retention had reached it.
    await o.store.exec(
      `UPDATE bladen SET inhoud = '', zouten = NULL WHERE nummer = ${n + 1}; DELETE FROM logboek WHERE blad = ${n + 1}`,
    );
    const v = await verifieer(o);
    expect(v.geldig).toBe(false);
    expect(v.fouten).toContainEqual(
      expect.objectContaining({
        plaats: `blad ${n + 1}`,
        wat: expect.stringContaining(`ging tot en met blad ${n}`),
      }),
    );
  });

  it('verifieer vangt een gewist blad dat geen logboekregel noemt', async () => {
    const o = await maakOmgeving();
    await registreer(o, 'gemeente-hilversum', signaal(o));
    await registreer(o, 'vtgv', signaal(o, { doel: 'veiligheidsbeoordeling' }));
    expect((await verifieer(o)).geldig).toBe(true);
    await o.store.exec(
      "UPDATE bladen SET inhoud = '', zouten = NULL WHERE nummer = 1; DELETE FROM logboek WHERE blad = 1",
    );
    const v = await verifieer(o);
    expect(v.geldig).toBe(false);
    expect(v.fouten[0]).toMatchObject({
      plaats: 'blad 1',
      wat: expect.stringContaining("geen logboekregel 'logboek-gewist'"),
    });
    const entries: Entry[] = await o.store.logboek(1, 1000);
    expect(entries.some((e) => e.actie === 'logboek-gewist')).toBe(false);
  });
});
