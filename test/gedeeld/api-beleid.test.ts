/**
 * GET /v1/beleid, POST /v1/beleid/uitleg and GET /v1/beleid/uitleg/regie: for the jurist and the FG only.
 */
import { describe, expect, it } from 'vitest';
import { maakOmgeving, START } from '../helpers/omgeving.js';

const VRAAG = {
  bron: 'vtgv',
  ontvanger: 'tmm',
  doel: 'opsporing',
  signaal: { uitbuitingsvormen: ['criminele_uitbuiting'], sterkte: 'zacht' },
};

describe('GET /v1/beleid', () => {
  it.each(['ketenpoort-jurist', 'ketenpoort-fg'])(
    '%s sees the hash, the load time and the files',
    async (wie) => {
      const o = await maakOmgeving();
      const r = await o.vraag(wie, 'GET', '/v1/beleid');
      expect(r.status).toBe(200);
      expect(r.headers.get('api-version')).toBe('1.0.0');
      const body = await r.json();
      expect(body).toMatchObject({
        hash: o.beleid.hash,
        geladenOp: new Date(START).toISOString(),
        ondertekening: { vereist: 0, ondertekenaars: [] },
        partners: 14,
        regels: o.beleid.regels.length,
      });
      expect(body.bestanden.map((b: { pad: string }) => b.pad)).toContain('regels/vtgv.yaml');
      expect(body.bestanden.map((b: { pad: string }) => b.pad)).not.toContain(
        'tests/gemeenten.yaml',
      );
      expect(body.bestanden[0].sha256).toMatch(/^[0-9a-f]{64}$/);
    },
  );

  it('refuses a partner key (403) and a request without token (401)', async () => {
    const o = await maakOmgeving();
    expect((await o.vraag('vtgv', 'GET', '/v1/beleid')).status).toBe(403);
    expect((await o.app.request('/v1/beleid')).status).toBe(401);
  });
});

describe('POST /v1/beleid/uitleg', () => {
  it('explains the decision for every rol left open, in Dutch and as data', async () => {
    const o = await maakOmgeving();
    const r = await o.vraag('ketenpoort-jurist', 'POST', '/v1/beleid/uitleg', VRAAG);
    expect(r.status).toBe(200);
    const body = await r.json();
    expect(body.beleid).toBe(o.beleid.hash);
    expect(body.uitkomsten).toHaveLength(1);
    const [u] = body.uitkomsten;
    expect(u.signalen).toHaveLength(5);
    expect(u.besluit).toMatchObject({ toegestaan: false, regels: ['standaard-weigering'] });
    expect(u.reden).toBe('eerste-sleutel');
    expect(u.toestemmingen.find((t: { id: string }) => t.id === 'vtgv-politie')).toMatchObject({
      past: false,
      waarom: ['sterkte zacht, de regel vraagt hard'],
      positie: { bestand: 'regels/vtgv.yaml' },
    });
    expect(u.tekst).toContain('Besluit: GEWEIGERD');
  });

  it('names the verbod that wins and its grondslagen, for the FG too', async () => {
    const o = await maakOmgeving();
    const r = await o.vraag('ketenpoort-fg', 'POST', '/v1/beleid/uitleg', {
      bron: 'tmm',
      ontvanger: 'gemeente-hilversum',
      doel: 'casusoverleg',
      signaal: { sterkte: 'hard', rol: 'slachtoffer' },
    });
    expect(r.status).toBe(200);
    const [u] = (await r.json()).uitkomsten;
    expect(u.reden).toBe('verbod');
    expect(u.besluit.regels).toEqual(['tmm-geen-melding-bij-opsporing']);
    expect(u.grondslagen.map((g: { id: string }) => g.id)).toEqual(['uavg-41', 'wpg-20']);
  });

  it('answers an unknown name with 400 and a suggestion, never repeating the name given', async () => {
    const o = await maakOmgeving();
    const r = await o.vraag('ketenpoort-jurist', 'POST', '/v1/beleid/uitleg', {
      ...VRAAG,
      ontvanger: 'tmn',
    });
    expect(r.status).toBe(400);
    expect(r.headers.get('content-type')).toContain('application/problem+json');
    expect((await r.json()).detail).toContain("Onbekende ontvanger. Bedoelt u 'tmm'?");
    // A made-up BSN typed as a partner id never comes back in the answer.
    const bsn = await o.vraag('ketenpoort-fg', 'POST', '/v1/beleid/uitleg', {
      ...VRAAG,
      bron: '111222333',
    });
    expect(bsn.status).toBe(400);
    expect(JSON.stringify(await bsn.json())).not.toContain('111222333');
  });

  it('refuses a partner key, and logs nothing', async () => {
    const o = await maakOmgeving();
    const r = await o.vraag('vtgv', 'POST', '/v1/beleid/uitleg', VRAAG);
    expect(r.status).toBe(403);
    expect(await o.store.logboek(1, 10)).toEqual([]);
  });

  it('refuses a replayed token', async () => {
    const o = await maakOmgeving();
    const token = await o.token('ketenpoort-jurist');
    const verzoek = () =>
      o.app.request('/v1/beleid/uitleg', {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify(VRAAG),
      });
    expect((await verzoek()).status).toBe(200);
    expect((await verzoek()).status).toBe(401);
  });
});

describe('GET /v1/beleid/uitleg/regie', () => {
  it('explains regie, termijnen and stapelregels to the jurist, as the CLI does', async () => {
    const o = await maakOmgeving();
    const r = await o.vraag('ketenpoort-jurist', 'GET', '/v1/beleid/uitleg/regie');
    const body = await r.json();
    expect(r.status, JSON.stringify(body)).toBe(200);
    expect(body.beleid).toBe(o.beleid.hash);
    expect(
      body.regisseurs.map((x: { doel: string; regisseur: string }) => [x.doel, x.regisseur]),
    ).toEqual([
      ['zorgcoordinatie', 'zorgcoordinator-gv'],
      ['casusoverleg', 'riec-mn'],
    ]);
    expect(body.termijnen).toEqual({ overdracht: 5, regie: 10, escalatie: 'vtgv' });
    const [stapel] = body.stapelregels;
    expect(stapel).toMatchObject({ id: 'zachte-signalen-stapelen', minimaal: 3, partners: 2 });
    expect(stapel.bronnen.find((b: { partner: string }) => b.partner === 'tmm').telt).toEqual([]);
    expect(body.tekst).toContain("Doel 'zorgcoordinatie': standaardregisseur zorgcoordinator-gv");
    expect(await o.store.logboek(1, 10)).toEqual([]);
  });

  it('limits to one doel, refuses an unknown doel and a partner key', async () => {
    const o = await maakOmgeving();
    const een = await o.vraag('ketenpoort-fg', 'GET', '/v1/beleid/uitleg/regie?doel=casusoverleg');
    expect(een.status).toBe(200);
    expect((await een.json()).regisseurs).toHaveLength(1);
    const onbekend = await o.vraag('ketenpoort-fg', 'GET', '/v1/beleid/uitleg/regie?doel=geheim');
    expect(onbekend.status).toBe(400);
    expect(onbekend.headers.get('content-type')).toContain('application/problem+json');
    expect(await onbekend.text()).not.toContain('geheim');
    expect((await o.vraag('vtgv', 'GET', '/v1/beleid/uitleg/regie')).status).toBe(403);
  });
});
