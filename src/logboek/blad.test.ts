/**
 * One leaf per request: what each party's part holds, and that verification finds a change
 * in any of it (an entry, what a bron may see, a salt, a missing part).
 */
import { describe, expect, it } from 'vitest';
import { base64url } from '../encoding/base64url.js';
import {
  bladTekst,
  deelHash,
  deelTekst,
  isOudBlad,
  maakBlad,
  willekeurigeBytes,
  zoutenVoor,
} from './blad.js';
import { type Entry, entryTekst } from './entry.js';
import { controleerBlad, type OpgeslagenBlad } from './verifieer-entry.js';

const TIJD = '2026-03-02T09:00:00.000Z';

function entry(volgnummer: number, velden: Partial<Entry>): Entry {
  return {
    volgnummer,
    tijdstip: TIJD,
    actie: 'registratie',
    partner: 'vtgv',
    gebruiker: 'medewerker-1',
    bron: 'vtgv',
    ontvanger: null,
    signaal: 's1',
    gegevens: [],
    doel: 'casusoverleg',
    grondslagen: [],
    regels: [],
    beleid: 'b'.repeat(64),
    verzoek: { id: 'urn:uuid:1', traceparent: null },
    betrokkene: [],
    ...velden,
  };
}

const ENTRIES: Entry[] = [
  entry(7, {}),
  entry(8, { actie: 'weigering', bron: 'tmm', ontvanger: 'vtgv', signaal: 's2' }),
  entry(9, {
    actie: 'verstrekking',
    bron: 'vtgv',
    ontvanger: 'gemeente-hilversum',
    gegevens: ['bestaan'],
    bronZicht: 'geen',
  }),
];
const PARTIJEN = ['vtgv', 'tmm', 'gemeente-hilversum'];
const zouten = zoutenVoor(PARTIJEN, (n) => new Uint8Array(n).fill(PARTIJEN.length));

function opgeslagen(entries: Entry[] = ENTRIES): OpgeslagenBlad {
  const { inhoud } = maakBlad(3, TIJD, entries, zouten);
  return {
    nummer: 3,
    inhoud,
    zouten: Object.fromEntries(Object.entries(zouten).map(([p, z]) => [p, base64url(z)])),
    regels: entries.map((e) => ({
      volgnummer: e.volgnummer,
      inhoud: entryTekst(e),
      bronZicht: e.bronZicht ?? null,
    })),
  };
}

describe('het blad van een verzoek', () => {
  it('heeft een zout per partner en voor de poort', () => {
    expect(Object.keys(zouten)).toEqual(['gemeente-hilversum', 'ketenpoort', 'tmm', 'vtgv']);
    expect(Object.values(zouten).every((z) => z.length === 32)).toBe(true);
  });

  it('een partner ziet in zijn deel zijn eigen regels, zonder volgnummer, geen weigering en geen verborgen verstrekking', () => {
    const vt = JSON.parse(deelTekst(ENTRIES, 'vtgv'));
    // The weigering is the gateway's only; the verstrekking to the gemeente is hidden from
    // its bron by the gemeente's rule (bronZicht 'geen').
    expect(vt.map((r: Entry) => r.actie)).toEqual(['registratie']);
    expect(vt[0].volgnummer).toBeUndefined();
    expect(JSON.parse(deelTekst(ENTRIES, 'gemeente-hilversum')).map((r: Entry) => r.actie)).toEqual(
      ['verstrekking'],
    );
    expect(deelTekst(ENTRIES, 'tmm')).toBe('[]');
    expect(deelTekst(ENTRIES, 'ketenpoort')).toBe(`[${ENTRIES.map(entryTekst).join(',')}]`);
  });

  it('een leeg deel is onder een ander zout niet van een gevuld deel te onderscheiden', () => {
    const leeg = deelHash(new Uint8Array(32).fill(1), '[]');
    const ander = deelHash(new Uint8Array(32).fill(2), '[]');
    expect(leeg).not.toBe(ander);
    expect(leeg).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });

  it('de controle keurt een onaangetast blad goed', () => {
    expect(controleerBlad(opgeslagen())).toEqual([]);
    expect(isOudBlad(opgeslagen().inhoud)).toBe(false);
  });

  it('de controle vindt een gewijzigde regel, een gewijzigd bronzicht, een verwisseld zout en een ontbrekend deel', () => {
    const b = opgeslagen();
    const regel = {
      ...b,
      regels: b.regels.map((r, i) =>
        i === 0 ? { ...r, inhoud: r.inhoud.replace('casusoverleg', 'opsporing') } : r,
      ),
    };
    expect(controleerBlad(regel).join(' ')).toMatch(/het deel van ketenpoort past niet/);
    const zicht = {
      ...b,
      regels: b.regels.map((r, i) => (i === 2 ? { ...r, bronZicht: 'volledig' } : r)),
    };
    // Only the bron's part changes: the bron would now see its disclosure.
    expect(controleerBlad(zicht)).toEqual([expect.stringMatching(/het deel van vtgv past niet/)]);
    const zout = { ...b, zouten: { ...b.zouten, tmm: base64url(new Uint8Array(32)) } };
    expect(controleerBlad(zout)).toEqual([expect.stringMatching(/het deel van tmm past niet/)]);
    // A leaf without the gateway's part would cover no entry in full.
    const { ketenpoort: __, ...zonderPoort } = b.zouten!;
    const { ketenpoort: ___, ...delen } = JSON.parse(b.inhoud).delen;
    const inhoud = bladTekst({ ...JSON.parse(b.inhoud), delen });
    expect(controleerBlad({ ...b, zouten: zonderPoort, inhoud })).toEqual([
      'het deel van de poort (alle regels) ontbreekt',
    ]);
    const { tmm: _, ...zonderTmm } = b.zouten!;
    expect(controleerBlad({ ...b, zouten: zonderTmm }).join(' ')).toMatch(
      /passen niet bij de zouten/,
    );
    expect(controleerBlad({ ...b, nummer: 4 }).join(' ')).toMatch(
      /de inhoud heeft nummer 3, de rij 4/,
    );
  });

  it('een blad van voor één blad per verzoek is de tekst van zijn ene regel', () => {
    const e = entry(1, {});
    const oud: OpgeslagenBlad = {
      nummer: 1,
      inhoud: entryTekst(e),
      zouten: null,
      regels: [{ volgnummer: 1, inhoud: entryTekst(e) }],
    };
    expect(isOudBlad(oud.inhoud)).toBe(true);
    expect(controleerBlad(oud)).toEqual([]);
    expect(controleerBlad({ ...oud, inhoud: oud.inhoud.replace('vtgv', 'tmm') })).toEqual([
      'de inhoud verschilt van die van regel 1',
    ]);
    expect(controleerBlad({ ...oud, regels: [] })[0]).toMatch(/precies één logboekregel/);
  });
});

describe('willekeurigeBytes (zouten uit één trekking van 4 KiB)', () => {
  it('geeft elke byte één keer uit, ook over de grens van een trekking heen', () => {
    // 97 bytes per call: the draws of 4 KiB do not divide into them, so calls cross a refill.
    const gezien = new Set<string>();
    let lengtes = 0;
    for (let i = 0; i < 500; i++) {
      const b = willekeurigeBytes(97);
      lengtes += b.length;
      gezien.add(base64url(b));
    }
    expect(lengtes).toBe(500 * 97);
    expect(gezien.size).toBe(500);
  });

  it('een gegeven blok blijft staan wanneer de voorraad verder gaat of wordt ververst', () => {
    const eerst = willekeurigeBytes(32);
    const kopie = eerst.slice();
    for (let i = 0; i < 300; i++) willekeurigeBytes(32);
    expect(eerst).toEqual(kopie);
    expect(eerst.some((x) => x !== 0)).toBe(true);
  });

  it('weigert een lengte die geen aantal bytes is, en geeft daarna gewoon verder uit', () => {
    for (const fout of [Number.NaN, -1, 1.5, Number.POSITIVE_INFINITY]) {
      expect(() => willekeurigeBytes(fout)).toThrow(RangeError);
    }
    expect(willekeurigeBytes(32).length).toBe(32);
  });

  it('een grote vraag komt rechtstreeks uit de CSPRNG', () => {
    const b = willekeurigeBytes(10_000);
    expect(b.length).toBe(10_000);
    expect(new Set(b).size).toBeGreaterThan(200);
  });
});
