/**
 * Filters that fail loudly (issue 14): an unknown query parameter is a 400 on every route
 * under /v1; a filter value that names no known partner, doel or actie is a 400 naming the
 * parameter and the known names, never the value; every message is Dutch; a date means 00:00
 * Dutch time and `tot` is exclusive. Both runtimes.
 */
import { describe, expect, it } from 'vitest';
import { ACTIES } from '../../src/logboek/entry.js';
import { maakOmgeving, type Omgeving } from '../helpers/omgeving.js';
import { registreer, signaal } from '../helpers/signalen.js';

async function fout(o: Omgeving, wie: string, pad: string): Promise<string> {
  const r = await o.vraag(wie, 'GET', pad);
  const tekst = await r.text();
  expect(r.status, tekst).toBe(400);
  return (JSON.parse(tekst) as { detail: string }).detail;
}

const partners = (o: Omgeving) => ['ketenpoort', ...o.beleid.partners.keys()].join(', ');

describe('filters die niets kennen, zeggen het', () => {
  it('a misspelt parameter is named with the one meant', async () => {
    const o = await maakOmgeving();
    expect(await fout(o, 'ketenpoort-fg', '/v1/logboek?ontvangers=tmm')).toBe(
      "Het verzoek klopt niet: query: onbekende parameter 'ontvangers' (bedoelt u 'ontvanger'?).",
    );
  });

  it('a recipient that is no partner id is an error naming the parameter, not the value', async () => {
    const o = await maakOmgeving();
    expect(await fout(o, 'ketenpoort-fg', '/v1/logboek?ontvanger=hilversum')).toBe(
      `Het verzoek klopt niet: ontvanger: noemt geen partner uit het beleid (bedoelt u 'gemeente-hilversum'?); kies uit: ${partners(o)}.`,
    );
    const bsn = await fout(o, 'gemeente-hilversum-fg', '/v1/logboek?bron=111222333');
    expect(bsn).toBe(
      `Het verzoek klopt niet: bron: noemt geen partner uit het beleid; kies uit: ${partners(o)}.`,
    );
    expect(await fout(o, 'ketenpoort-fg', '/v1/logboek?doel=opsporen')).toBe(
      `Het verzoek klopt niet: doel: noemt geen doel uit het beleid (bedoelt u 'opsporing'?); kies uit: ${[...o.beleid.doelen.keys()].join(', ')}.`,
    );
    expect(await fout(o, 'ketenpoort-fg', '/v1/waarschuwingen?partner=hilversum')).toBe(
      `Het verzoek klopt niet: partner: noemt geen partner uit het beleid (bedoelt u 'gemeente-hilversum'?); kies uit: ${partners(o)}.`,
    );
  });

  it('speaks Dutch, not zod English, and never repeats the value', async () => {
    const o = await maakOmgeving();
    const actie = await fout(o, 'ketenpoort-fg', '/v1/logboek?actie=111222333');
    expect(actie).toBe(`Het verzoek klopt niet: actie: kies uit: ${ACTIES.join(', ')}.`);
    expect(await fout(o, 'ketenpoort-fg', '/v1/logboek?van=gisteren')).toBe(
      'Het verzoek klopt niet: van: verwacht een datum (2026-03-01: 00:00 Nederlandse tijd) of een tijdstip met tijdzone (2026-03-01T09:00:00+01:00).',
    );
    expect(await fout(o, 'ketenpoort-fg', '/v1/logboek?limiet=0')).toBe(
      'Het verzoek klopt niet: limiet: minstens 1.',
    );
    expect(await fout(o, 'ketenpoort-fg', '/v1/logboek?signaal=111222333')).toBe(
      'Het verzoek klopt niet: signaal: verwacht een UUID.',
    );
  });

  it('a route without parameters refuses any', async () => {
    const o = await maakOmgeving();
    expect(await fout(o, 'vtgv', '/v1/health?uitgebreid=1')).toBe(
      "Het verzoek klopt niet: query: onbekende parameter 'uitgebreid'.",
    );
    expect(await fout(o, 'ketenpoort-jurist', '/v1/beleid?versie=111222333')).toBe(
      "Het verzoek klopt niet: query: onbekende parameter 'versie'.",
    );
    const r = await o.vraag('vtgv', 'POST', '/v1/signalen?x=1', signaal(o));
    expect(r.status).toBe(400);
    expect((await o.vraag('vtgv', 'GET', '/v1/health')).status).toBe(200);
  });

  it('so does every operation of the OpenAPI document that declares no query parameter', async () => {
    const o = await maakOmgeving();
    const doc = (await (await o.app.request('/v1/openapi.json')).json()) as {
      paths: Record<string, Record<string, { parameters?: Array<{ in: string }> }>>;
    };
    let getoetst = 0;
    for (const [pad, operaties] of Object.entries(doc.paths))
      for (const [methode, op] of Object.entries(operaties)) {
        if ((op.parameters ?? []).some((p) => p.in === 'query')) continue;
        const url = `/v1${pad.replace(/\{[^}]+\}/g, crypto.randomUUID())}?x=1`;
        const body = methode === 'get' || methode === 'delete' ? undefined : {};
        const r = await o.vraag('ketenpoort-fg', methode.toUpperCase(), url, body);
        expect(r.status, `${methode} ${pad}`).toBe(400);
        expect(((await r.json()) as { detail: string }).detail).toBe(
          "Het verzoek klopt niet: query: onbekende parameter 'x'.",
        );
        getoetst++;
      }
    expect(getoetst).toBeGreaterThan(10);
  });
});

describe('een datum is 00:00 Nederlandse tijd, tot is exclusief', () => {
  it('finds what was logged on a day by its date, and nothing of the next day', async () => {
    const o = await maakOmgeving();
    // 1 March, 23:30 Dutch time (22:30 UTC), and 2 March, 00:30 Dutch time (23:30 UTC).
    o.zetKlok(Date.parse('2026-03-01T22:30:00Z'));
    await registreer(o, 'gemeente-hilversum', signaal(o));
    o.zetKlok(Date.parse('2026-03-01T23:30:00Z'));
    await registreer(o, 'tmm', signaal(o, { doel: 'opsporing', sterkte: 'hard' }));
    const tijden = async (q: string) => {
      const r = await o.vraag('ketenpoort-fg', 'GET', `/v1/logboek?actie=registratie&${q}`);
      expect(r.status).toBe(200);
      const { regels } = (await r.json()) as { regels: Array<{ tijd: string; partner: string }> };
      return regels.map((e) => e.partner);
    };
    expect(await tijden('van=2026-03-01&tot=2026-03-02')).toEqual(['gemeente-hilversum']);
    expect(await tijden('van=2026-03-02')).toEqual(['tmm']);
    expect(await tijden('van=2026-03-01T23:45:00%2B01:00')).toEqual(['tmm']);
  });
});
