/**
 * The stored RFC 9162 tree grows with the logboek in the same transaction (SQLite) or
 * batch (D1): after any writes, racing ones included, its root for every size equals the
 * root recomputed from the stored entries. Runs on both runtimes.
 */
import { describe, expect, it } from 'vitest';
import { beleidGeladenEntry } from '../../src/logboek/geplande-entry.js';
import { webHasher } from '../../src/logboek/hash.js';
import { MerkleTree, rootFromNodes } from '../../src/logboek/index.js';
import { verwijderVerlopen } from '../../src/use-cases/bewaartermijn.js';
import { maakOmgeving, type Omgeving } from '../helpers/omgeving.js';
import { alsBlad } from '../helpers/signaal.js';

const PARTNERS = ['gemeente-hilversum', 'vtgv', 'zorgcoordinator-gv', 'tmm', 'riec-mn'];

/** A registration by `partner` on one phone number, for a doel the partner may receive for. */
function signaal(o: Omgeving, partner: string, telefoon: string, extra = {}) {
  const doel = [...o.beleid.doelen.keys()].find((d) => o.beleid.magOntvangen(partner, d));
  return {
    pseudoniemen: [o.pseudoniem('telefoon', telefoon)],
    rol: 'slachtoffer',
    uitbuitingsvormen: ['arbeidsuitbuiting'],
    sterkte: 'hard',
    gemeente: 'GM0402',
    doel,
    ...extra,
  };
}

async function registreer(o: Omgeving, partner: string, telefoon: string) {
  const r = await o.vraag(partner, 'POST', '/v1/signalen', signaal(o, partner, telefoon));
  expect(r.status).toBe(201);
}

/** The tree recomputed from the stored leaf texts, one per request. */
async function herberekend(o: Omgeving) {
  const bladen = await o.store.boom.bladen(1, 100_000);
  expect(bladen.map((b) => b.nummer)).toEqual(bladen.map((_, i) => i + 1));
  const encoder = new TextEncoder();
  return new MerkleTree(bladen.map((b) => webHasher.leaf(encoder.encode(b.inhoud))));
}

async function vergelijk(o: Omgeving) {
  const boom = await herberekend(o);
  expect(boom.size).toBeGreaterThan(0);
  expect(await o.store.boom.grootte()).toBe(boom.size);
  for (let n = 1; n <= boom.size; n++) {
    expect(await rootFromNodes(n, o.store.boom.knopen), `grootte ${n}`).toEqual(boom.root(n));
  }
}

describe('de opgeslagen boom', () => {
  it('groeit met elke schrijfactie, ook bij gelijktijdige registraties', async () => {
    const o = await maakOmgeving();
    await registreer(o, 'vtgv', '06-55500001');
    await Promise.all(PARTNERS.map((p) => registreer(o, p, '06-55500002')));
    await registreer(o, 'tmm', '06-55500001');
    await vergelijk(o);
    // One leaf per registration, however many entries each logged.
    expect(await o.store.boom.grootte()).toBe(PARTNERS.length + 2);
    expect((await o.store.logboek(1, 1000)).length).toBeGreaterThan(PARTNERS.length + 2);
  });

  it('gelijktijdige schrijfacties op de opslag krijgen opeenvolgende volgnummers, elk een blad, en één boom', async () => {
    const o = await maakOmgeving();
    const regel = (i: number) => beleidGeladenEntry(String(i).repeat(64).slice(0, 64));
    const vastgelegd = await Promise.all(
      Array.from({ length: 12 }, (_, i) => o.store.legVast(i, alsBlad([regel(i), regel(i + 100)]))),
    );
    const nummers = vastgelegd
      .flatMap((v) => v.entries.map((e) => e.volgnummer))
      .sort((a, b) => a - b);
    expect(nummers).toEqual(Array.from({ length: 24 }, (_, i) => i + 1));
    expect(vastgelegd.map((v) => v.blad).sort((a, b) => a - b)).toEqual(
      Array.from({ length: 12 }, (_, i) => i + 1),
    );
    await vergelijk(o);
  });

  it('een opruimronde is één blad, ook als er niets verliep', async () => {
    const o = await maakOmgeving();
    await registreer(o, 'vtgv', '06-55500008');
    const voor = await o.store.boom.grootte();
    const weg = await verwijderVerlopen(o.store, o.beleid, o.diensten.klok());
    expect(weg.signalen).toEqual([]);
    expect(await o.store.boom.grootte()).toBe(voor + 1);
    const [laatste] = await o.store.boom.bladen(voor + 1, 1);
    expect(laatste?.regels).toEqual([]);
    await vergelijk(o);
  });

  it('haalt een achterstand in (een database van voor de boom) bij de volgende schrijfactie', async () => {
    const o = await maakOmgeving();
    await registreer(o, 'vtgv', '06-55500003');
    await registreer(o, 'tmm', '06-55500003');
    await o.store.exec('DELETE FROM merkle_knopen');
    expect(await o.store.boom.grootte()).toBe(0);
    await registreer(o, 'riec-mn', '06-55500003');
    await vergelijk(o);
  });

  it('groeit met een batch: elk item bouwt voort op de boom van het vorige, ook na een fout item en een achterstand', async () => {
    const o = await maakOmgeving();
    await registreer(o, 'vtgv', '06-55500004');
    await o.store.exec('DELETE FROM merkle_knopen'); // the first item must catch up
    // An item that fails inside the store, after the items before it wrote their leaves.
    await o.store.exec(
      "CREATE TRIGGER storing BEFORE INSERT ON signalen WHEN NEW.referentie = 'storing' BEGIN SELECT RAISE(ABORT, 'schijf vol'); END",
    );
    const tmm = (telefoon: string, extra = {}) => signaal(o, 'tmm', telefoon, extra);
    const r = await o.vraag('tmm', 'POST', '/v1/signalen/batch', {
      signalen: [
        tmm('06-55500004'), // overlap with vtgv: more than one entry
        tmm('06-55500005', { doel: 'bestaat-niet' }), // refused before the store
        tmm('06-55500006', { referentie: 'storing' }), // fails in the store
        tmm('06-55500005'),
        tmm('06-55500004'),
      ],
    });
    expect(r.status).toBe(200);
    const body = (await r.json()) as { resultaten: Array<{ status: number }> };
    expect(body.resultaten.map((x) => x.status)).toEqual([201, 422, 500, 201, 201]);
    await registreer(o, 'riec-mn', '06-55500005'); // a single write after the batch
    await vergelijk(o);
  });

  it('weigert te schrijven als er bladen uit het logboek zijn verwijderd', async () => {
    const o = await maakOmgeving();
    await registreer(o, 'vtgv', '06-55500004');
    await registreer(o, 'riec-mn', '06-55500007');
    const [{ n }] = (await o.store.sql('SELECT max(nummer) AS n FROM bladen')) as [{ n: number }];
    await o.store.exec(`DELETE FROM bladen WHERE nummer = ${n}`);
    const r = await o.vraag('vtgv', 'GET', '/v1/meldingen');
    expect(r.status).toBe(200);
    const doel = [...o.beleid.doelen.keys()].find((d) => o.beleid.magOntvangen('tmm', d));
    const weg = await o.vraag('tmm', 'POST', '/v1/signalen', {
      pseudoniemen: [o.pseudoniem('telefoon', '06-55500004')],
      rol: 'slachtoffer',
      uitbuitingsvormen: ['arbeidsuitbuiting'],
      sterkte: 'hard',
      gemeente: 'GM0402',
      doel,
    });
    expect(weg.status).toBe(500);
    expect(String(o.fouten.at(-1))).toContain('bladen verwijderd');
  });
});
