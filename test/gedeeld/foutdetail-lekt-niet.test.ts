/**
 * An error detail never echoes a key or value the client sent: an unknown key can itself be a
 * name or a BSN. Neither the answer body nor a header may hold them. Both runtimes.
 */
import { describe, expect, it } from 'vitest';
import { maakOmgeving } from '../helpers/omgeving.js';
import { signaal } from '../helpers/signalen.js';

const NAAM = 'Jan Jansen 111222333';
const WAARDE = '111222333';
const PARTNER = 'gemeente-hilversum';

/** The answer's text, after checking that neither it nor a header holds the name or value. */
async function lektNiet(r: Response): Promise<string> {
  const tekst = await r.text();
  for (const verboden of ['Jan', 'Jansen', WAARDE, encodeURIComponent(NAAM)]) {
    expect(tekst).not.toContain(verboden);
    for (const [kop, waarde] of r.headers) expect(`${kop}: ${waarde}`).not.toContain(verboden);
  }
  return tekst;
}

describe('een onbekende sleutel komt niet terug in de fout', () => {
  it.each([
    ['een naam met BSN als sleutel', { [NAAM]: WAARDE }],
    ['een sleutel in kleine letters', { jansen: WAARDE }],
  ])('POST /v1/signalen: %s', async (_naam, extra) => {
    const o = await maakOmgeving();
    const r = await o.vraag(PARTNER, 'POST', '/v1/signalen', signaal(o, extra));
    expect(r.status).toBe(400);
    const tekst = await lektNiet(r);
    expect(tekst).not.toContain('jansen');
    expect(JSON.parse(tekst).detail).toBe('Het verzoek klopt niet: (body): onbekend veld.');
  });

  it('POST /v1/signalen/batch: een item met een onbekende sleutel', async () => {
    const o = await maakOmgeving();
    const r = await o.vraag(PARTNER, 'POST', '/v1/signalen/batch', {
      signalen: [signaal(o), signaal(o, { [NAAM]: WAARDE })],
    });
    expect(r.status).toBe(200);
    const tekst = await lektNiet(r);
    const { resultaten } = JSON.parse(tekst);
    expect(resultaten.map((x: { status: number }) => x.status)).toEqual([201, 400]);
    expect(resultaten[1].probleem.detail).toBe('Dit item klopt niet: signalen.1: onbekend veld.');
  });

  it('GET /v1/meldingen: een onbekende queryparameter', async () => {
    const o = await maakOmgeving();
    const query = new URLSearchParams({ [NAAM]: WAARDE });
    const r = await o.vraag(PARTNER, 'GET', `/v1/meldingen?${query}`);
    expect(r.status).toBe(400);
    expect(JSON.parse(await lektNiet(r)).detail).toBe(
      'Het verzoek klopt niet: query: onbekende parameter.',
    );
  });

  it('GET /v1/logboek: een parameter als [a-z]{1,32} wordt genoemd, zijn waarde niet', async () => {
    const o = await maakOmgeving();
    const r = await o.vraag('ketenpoort-fg', 'GET', `/v1/logboek?jansen=${WAARDE}&limt=5`);
    expect(r.status).toBe(400);
    expect(JSON.parse(await lektNiet(r)).detail).toBe(
      "Het verzoek klopt niet: query: onbekende parameter 'jansen', onbekende parameter 'limt' (bedoelt u 'limiet'?).",
    );
  });

  it('een bekend veld met een verkeerde waarde wordt genoemd, de waarde niet', async () => {
    const o = await maakOmgeving();
    const r = await o.vraag(PARTNER, 'POST', '/v1/signalen', signaal(o, { gemeente: NAAM }));
    expect(r.status).toBe(400);
    expect(JSON.parse(await lektNiet(r)).detail).toContain('gemeente: ');
  });
});
