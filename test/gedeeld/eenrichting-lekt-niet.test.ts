/**
 * One-way rules (issue 11): Veilig Thuis may tell gemeente Hilversum of its signals for
 * casusoverleg, but the gemeente's rules tell Veilig Thuis nothing back. Then the
 * verstrekking VT -> gemeente is the gemeente's to know; Veilig Thuis and its FG must see no
 * trace of it, or they would learn that the gemeente holds a signal on the same person.
 * Only the gateway's FG sees it. Both orders: VT registers a pseudonym the gemeente holds,
 * and the gemeente registers one VT holds.
 */
import { describe, expect, it } from 'vitest';
import type { Entry } from '../../src/logboek/entry.js';
import { eigenDeel } from '../helpers/eigen-deel.js';
import { maakOmgeving, type Omgeving } from '../helpers/omgeving.js';
import { registreer, signaal } from '../helpers/signalen.js';

const VT = 'vtgv';
const GEMEENTE = 'gemeente-hilversum';
const vt = (o: Omgeving, bsn: string) =>
  signaal(o, {
    sterkte: 'hard',
    doel: 'casusoverleg',
    pseudoniemen: [o.pseudoniem('bsn', bsn)],
  });
const gemeente = (o: Omgeving, bsn: string) =>
  signaal(o, { doel: 'zorgcoordinatie', pseudoniemen: [o.pseudoniem('bsn', bsn)] });

async function zoek(o: Omgeving, fg: string): Promise<Entry[]> {
  const r = await o.vraag(fg, 'GET', '/v1/logboek');
  expect(r.status).toBe(200);
  return (await r.json()).regels;
}

/** What the FG of `partner` sees, reduced to what does not differ between two fresh runs. */
async function vorm(o: Omgeving, partner: string) {
  return (await zoek(o, `${partner}-fg`)).map((e) => [e.actie, e.partner, e.bron, e.ontvanger]);
}

describe.each([
  ['VT registreert wat de gemeente al heeft', [GEMEENTE, VT]],
  ['de gemeente registreert wat VT al heeft', [VT, GEMEENTE]],
] as const)('eenrichtingsregel: %s', (_, volgorde) => {
  async function opzet(zelfdePersoon: boolean) {
    const o = await maakOmgeving();
    const maak = { [VT]: vt, [GEMEENTE]: gemeente };
    const [eerst, dan] = volgorde;
    // 111222333 and 123456782 are made-up BSNs that pass the 11-proef.
    await registreer(o, eerst, maak[eerst](o, '111222333'));
    await registreer(o, dan, maak[dan](o, zelfdePersoon ? '111222333' : '123456782'));
    return o;
  }

  it('de FG van VT ziet hetzelfde als bij een persoon die de gemeente niet kent', async () => {
    const gematcht = await opzet(true);
    const los = await opzet(false);
    expect(await vorm(gematcht, VT)).toEqual(await vorm(los, VT));
    expect((await zoek(gematcht, `${VT}-fg`)).some((e) => e.actie === 'verstrekking')).toBe(false);
  });

  it('de gemeente en de FG van de poort zien de verstrekking VT -> gemeente', async () => {
    const o = await opzet(true);
    const isDeze = (e: Entry) =>
      e.actie === 'verstrekking' && e.bron === VT && e.ontvanger === GEMEENTE;
    expect((await zoek(o, `${GEMEENTE}-fg`)).filter(isDeze)).toHaveLength(1);
    expect((await zoek(o, 'ketenpoort-fg')).filter(isDeze)).toHaveLength(1);
  });

  it('een inzage door de FG van VT noemt de gemeente niet, en het inclusiebewijs geeft VT de regel niet', async () => {
    const o = await opzet(true);
    const inzage = await o.vraag(`${VT}-fg`, 'POST', '/v1/inzage', {
      pseudoniemen: [o.pseudoniem('bsn', '111222333')],
    });
    expect(inzage.status).toBe(200);
    expect(JSON.stringify(await inzage.json())).not.toContain(GEMEENTE);
    const verstrekking = (await zoek(o, 'ketenpoort-fg')).find(
      (e) => e.actie === 'verstrekking' && e.bron === VT,
    );
    expect(verstrekking?.blad).toBe(2);
    const blad = verstrekking!.blad!;
    // VT's own part of that leaf: what its FG finds there, no verstrekking, no gemeente.
    const vtDeel = await eigenDeel(o, VT, blad);
    expect(vtDeel.partij).toBe(VT);
    expect(vtDeel.tekst).not.toContain(GEMEENTE);
    expect(vtDeel.lijst.some((e) => e.actie === 'verstrekking')).toBe(false);
    expect(vtDeel.lijst).toEqual(
      (await zoek(o, `${VT}-fg`)).filter((e) => e.blad === blad).map(({ blad: _, ...e }) => e),
    );
    // The same as VT gets of that leaf when the gemeente does not know the person.
    const los = await opzet(false);
    const vtLos = await eigenDeel(los, VT, blad);
    expect(vtDeel.lijst.map((e) => [e.actie, e.partner])).toEqual(
      vtLos.lijst.map((e) => [e.actie, e.partner]),
    );
    // The gateway's part holds the verstrekking as it is.
    const poort = await eigenDeel(o, 'ketenpoort-fg', blad);
    expect(poort.partij).toBe('ketenpoort');
    const { blad: _, ...tekst } = verstrekking!;
    expect(poort.lijst).toContainEqual(tekst);
  });
});

describe('de medewerker van een andere organisatie', () => {
  it('alleen de FG van de poort ziet wie bij de ander handelde', async () => {
    const o = await maakOmgeving();
    await registreer(o, GEMEENTE, gemeente(o, '111222333'));
    await registreer(o, VT, vt(o, '111222333'));
    const doorVt = (e: Entry) => e.partner === VT;
    expect((await zoek(o, `${GEMEENTE}-fg`)).filter(doorVt).map((e) => e.gebruiker)).toEqual(
      expect.arrayContaining([null]),
    );
    expect(
      (await zoek(o, `${GEMEENTE}-fg`)).filter(doorVt).every((e) => e.gebruiker === null),
    ).toBe(true);
    expect((await zoek(o, 'ketenpoort-fg')).filter(doorVt).every((e) => e.gebruiker !== null)).toBe(
      true,
    );
  });
});
