/**
 * Figures are an observable too (issue 19): the RIEC holds the statistiek role and registers
 * signals itself. In one gateway the NLA holds the RIEC's person, a match whose policy lets
 * the RIEC learn nothing (refused both ways); in the other the NLA holds someone else. All
 * tables as JSON, CSV and the werkplek's SVG charts, and how much the logboek grows with each of its requests, must be
 * equal, before and after the quarter closes. Runs on both runtimes.
 */
import { describe, expect, it } from 'vitest';
import { cijferGrafieken } from '../../src/ui/cijfers-svg.js';
import { maskeer } from '../helpers/maskeer.js';
import { maakOmgeving, type Omgeving } from '../helpers/omgeving.js';
import { registreer, signaal } from '../helpers/signalen.js';

/** Made-up BSNs that pass the 11-proef. */
const PERSOON = '111222333';
const ANDER = '123456782';
const REGISSEUR = 'riec-mn-ketenregisseur';

async function wereld(nlaHeeft: string) {
  const o = await maakOmgeving();
  o.zetKlok(Date.parse('2026-03-02T09:00:00Z'));
  const bsn = (b: string) => [o.pseudoniem('bsn', b)];
  for (let i = 0; i < 6; i++) {
    const p = [o.pseudoniem('telefoon', `06-555003${10 + i}`)];
    await registreer(o, 'gemeente-hilversum', signaal(o, { pseudoniemen: p }));
  }
  await registreer(
    o,
    'nla-toezicht',
    signaal(o, { doel: 'toezicht', pseudoniemen: bsn(nlaHeeft) }),
  );
  const riec = await registreer(
    o,
    'riec-mn',
    signaal(o, { doel: 'casusoverleg', pseudoniemen: bsn(PERSOON) }),
  );
  expect(riec.overlap).toEqual([]);
  return o;
}

/**
 * All the RIEC's figures can show: JSON, CSV, the charts the werkplek draws from them (SVG),
 * and the logboek's growth with each request.
 */
async function waarneming(o: Omgeving): Promise<string[]> {
  const uit: string[] = [];
  for (const vraag of ['?jaar=2026', '?jaar=2026&formaat=csv']) {
    const voor = (await o.store.logboek(1, 100_000)).length;
    const r = await o.vraag(REGISSEUR, 'GET', `/v1/cijfers${vraag}`);
    const na = await o.store.logboek(voor + 1, 100_000);
    const tekst = await r.text();
    uit.push(`${r.status} ${maskeer(tekst)} +${na.length}`);
    if (!vraag.includes('csv')) {
      for (const rapport of [false, true]) uit.push(...cijferGrafieken(JSON.parse(tekst), rapport));
    }
    uit.push(
      maskeer(
        JSON.stringify(
          na.map(({ actie, partner, grondslagen, regels }) => ({
            actie,
            partner,
            grondslagen,
            regels,
          })),
        ),
      ),
    );
  }
  return uit;
}

describe('cijfers lekken geen match die de partner niet mag kennen', () => {
  it('zijn voor de RIEC gelijk, met en zonder de NLA-match, voor en na het kwartaal', async () => {
    const [gematcht, los] = [await wereld(PERSOON), await wereld(ANDER)];
    const log = await gematcht.store.logboek(1, 100_000);
    // The match exists and is refused, so this test says something.
    expect(log.some((e) => e.actie === 'weigering' && e.bron === 'nla-toezicht')).toBe(true);
    expect((await los.store.logboek(1, 100_000)).some((e) => e.actie === 'weigering')).toBe(false);
    expect(await waarneming(gematcht)).toEqual(await waarneming(los));
    for (const o of [gematcht, los]) o.zetKlok(Date.parse('2026-04-02T09:00:00Z'));
    const [a, b] = [await waarneming(gematcht), await waarneming(los)];
    expect(a).toEqual(b);
    expect(a[0]).toContain('2026-K1');
  });
});
