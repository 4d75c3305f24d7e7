/**
 * The FG's pages: a readable search (partner names, grondslagen with law and link), unknown
 * filters refused, a leaf with its checked inclusion proof, the control page, and the export
 * as CSV for Excel and as JSON Lines.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoAccounts } from '../../src/node/demo-inlogdienst.js';
import type { Inlogdienst } from '../../src/werkplek/oidc.js';
import { type DemoInlogdienst, demoInlog } from '../helpers/demo-inloggen.js';
import { registreer, signaal } from '../helpers/signalen.js';
import { alsIngelogd, POORT, type Werkplek, werkplekMet } from '../helpers/werkplek-sessie.js';

let idp: DemoInlogdienst;
let inloggen: Inlogdienst;
beforeAll(async () => {
  ({ dienst: idp, inloggen } = await demoInlog(
    demoAccounts(['vtgv', 'gemeente-hilversum'], 'ketenpoort'),
    POORT,
  ));
});
afterAll(() => idp?.stop());

/** VT and the gemeente register a signal on the same made-up BSN; a formula as employee id. */
async function metOverlap(): Promise<Werkplek> {
  const o = await werkplekMet(inloggen);
  const bsn = o.pseudoniem('bsn', '111222333');
  await registreer(
    o,
    'gemeente-hilversum',
    signaal(o, { doel: 'zorgcoordinatie', pseudoniemen: [bsn] }),
  );
  const r = await o.app.request(`${POORT}/v1/signalen`, {
    method: 'POST',
    headers: {
      authorization: `Bearer ${await o.token('vtgv', '=HYPERLINK("http://x.example")')}`,
      'content-type': 'application/json',
    },
    body: JSON.stringify(
      signaal(o, { sterkte: 'hard', doel: 'casusoverleg', pseudoniemen: [bsn] }),
    ),
  });
  expect(r.status).toBe(201);
  return o;
}

describe('de pagina’s van de FG', () => {
  it('zoeken toont partnernamen, doelen en grondslagen met wet, artikel en link', async () => {
    const o = await metOverlap();
    const pagina = await alsIngelogd(o, 'ketenpoort');
    const r = await pagina('/fg?actie=verstrekking');
    expect(r.status).toBe(200);
    const html = await r.text();
    expect(html).toContain('Veilig Thuis Gooi en Vechtstreek');
    expect(html).toContain('Gemeente Hilversum');
    expect(html).toMatch(
      /<a class="utrecht-link" href="https:\/\/wetten\.overheid\.nl\/[^"]+" rel="noreferrer">/,
    );
    expect(html).toMatch(
      /\((Algemene verordening gegevensbescherming \(AVG\)|Wet maatschappelijke ondersteuning 2015 \(Wmo 2015\)), artikel \d/,
    );
    // Times in Amsterdam: the test clock is 09:00 UTC in March, 10:00 in Amsterdam.
    expect(html).toContain('2 maart 2026 om 10:00:00');
    expect(html).not.toContain('>registratie<');
  });

  it('een onbekend of onjuist filter is een fout, geen stille verruiming', async () => {
    const o = await metOverlap();
    const pagina = await alsIngelogd(o, 'ketenpoort');
    const onbekend = await pagina('/fg?actie=verstrekking&signaaal=x');
    expect(onbekend.status).toBe(400);
    expect(await onbekend.text()).toContain('Onbekend filter: signaaal');
    const fout = await pagina('/fg?van=2026-03-29T02:30');
    expect(fout.status).toBe(400);
    expect(await fout.text()).toContain('geen bestaande datum en tijd');
    expect((await pagina('/fg?van=2026-03-02T10:00&tot=')).status).toBe(200);
  });

  it('een blad toont zijn logboekregels en een bewijs van opname dat klopt', async () => {
    const o = await metOverlap();
    const pagina = await alsIngelogd(o, 'ketenpoort');
    const zoek = await (await pagina('/fg?actie=verstrekking')).text();
    const blad = /href="\/fg\/blad\/(\d+)"/.exec(zoek)![1];
    const r = await pagina(`/fg/blad/${blad}`);
    expect(r.status).toBe(200);
    const html = await r.text();
    expect(html).toContain('Het bewijs klopt');
    expect(html).toContain('Verstrekking op 2 maart 2026');
    expect((await pagina('/fg/blad/999')).status).toBe(404);
    expect((await pagina('/fg/blad/abc')).status).toBe(404);
  });

  it('de controlepagina noemt verificatie, getuigen en waarschuwingen', async () => {
    const o = await metOverlap();
    const html = await (await (await alsIngelogd(o, 'ketenpoort'))('/fg/controle')).text();
    expect(html).toMatch(/Het logboek klopt: \d+ bladen/);
    expect(html).toContain('bekende getuigen');
    expect(html).toContain('Er zijn geen waarschuwingen.');
  });

  it('CSV voor Excel: BOM, puntkomma, CRLF en geen formules; JSON Lines per regel', async () => {
    const o = await metOverlap();
    // Employee ids that Excel would run as a formula, one per starting character.
    for (const begin of ['+', '-', '@']) {
      const r = await o.app.request(`${POORT}/v1/signalen`, {
        method: 'POST',
        headers: {
          authorization: `Bearer ${await o.token('vtgv', `${begin}SUM(1)`)}`,
          'content-type': 'application/json',
        },
        body: JSON.stringify(signaal(o, { sterkte: 'hard', doel: 'casusoverleg' })),
      });
      expect(r.status).toBe(201);
    }
    const pagina = await alsIngelogd(o, 'ketenpoort');
    const r = await pagina('/fg/export/csv');
    expect(r.headers.get('content-type')).toContain('text/csv');
    expect(r.headers.get('content-disposition')).toContain('logboek.csv');
    const bytes = new Uint8Array(await r.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const csv = new TextDecoder().decode(bytes.slice(3));
    const rijen = csv.split('\r\n').filter(Boolean);
    expect(rijen[0]!.startsWith('volgnummer;blad;tijdstip;')).toBe(true);
    expect(csv.replaceAll('\r\n', '')).not.toContain('\n');
    expect(csv).toContain(`;"'=HYPERLINK(""http://x.example"")";`);
    expect(csv).not.toMatch(/;=HYPERLINK/);
    for (const begin of ['+', '-', '@']) {
      expect(csv).toContain(`;'${begin}SUM(1);`);
      expect(csv).not.toContain(`;${begin}SUM(1);`);
    }
    const jsonl = await (await pagina('/fg/export/jsonl')).text();
    const regels = jsonl
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(regels).toHaveLength(rijen.length - 1);
    expect(regels.some((x) => x.naam === 'verstrekking')).toBe(true);
    expect((await pagina('/fg/export/xls')).status).toBe(400);
    expect((await pagina('/fg/export/csv?onbekend=1')).status).toBe(400);
  });

  it('zonder de rol FG geen FG-pagina', async () => {
    const o = await metOverlap();
    const medewerker = await alsIngelogd(o, 'vtgv', 'medewerker');
    expect((await medewerker('/fg')).status).toBe(403);
    expect((await medewerker('/fg/export/csv')).status).toBe(403);
  });
});
