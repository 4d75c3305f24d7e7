/**
 * The proof API as a partner and the FG use it: a signed checkpoint after every write, an
 * inclusion proof for the verstrekking a partner received, consistency proofs between
 * checkpoints, cosignatures of known witnesses only, the FG's verification, and a gateway
 * that refuses to sign a tree that does not extend its last checkpoint. Runs on both runtimes.
 */
import { describe, expect, it } from 'vitest';
import { vanBase64url } from '../../src/encoding/base64url.js';
import { deelHash } from '../../src/logboek/blad.js';
import {
  cosign,
  entryTekst,
  fromBase64,
  leafHash,
  logVerifier,
  nieuweSleutel,
  openCheckpoint,
  splitNote,
  verifyConsistency,
  verifyInclusion,
} from '../../src/logboek/index.js';
import { verwijderVerlopen } from '../../src/use-cases/bewaartermijn.js';
import { maakOmgeving, type Omgeving } from '../helpers/omgeving.js';

const b64 = (s: string) => {
  const b = fromBase64(s);
  if (!b) throw new Error(`geen base64: ${s}`);
  return b;
};

async function registreer(o: Omgeving, partner: string, telefoon: string) {
  const doel = [...o.beleid.doelen.keys()].find((d) => o.beleid.magOntvangen(partner, d));
  const r = await o.klant(partner).signalen.$post({
    json: {
      pseudoniemen: [o.pseudoniem('telefoon', telefoon)],
      rol: 'slachtoffer',
      uitbuitingsvormen: ['arbeidsuitbuiting'],
      sterkte: 'hard',
      gemeente: 'GM0402',
      doel: doel ?? '',
    },
  });
  if (r.status !== 201) throw new Error(`registreren gaf ${r.status}`);
  return r.json();
}

async function checkpoint(o: Omgeving, partner = 'vtgv', grootte?: number) {
  const pad = `/v1/logboek/checkpoint${grootte ? `?grootte=${grootte}` : ''}`;
  const r = await o.vraag(partner, 'GET', pad);
  expect(r.status).toBe(200);
  const cp = await r.json();
  const { checkpoint } = await openCheckpoint(cp.note, o.logboekSleutel.ondertekenaar.name, [
    logVerifier(o.logboekSleutel.ondertekenaar),
  ]);
  expect(checkpoint.size).toBe(cp.grootte);
  return { ...cp, root: checkpoint.root } as { grootte: number; note: string; root: Uint8Array };
}

describe('bewijzen uit het logboek', () => {
  it('ook een GET die verstrekkingen logt (overlap opnieuw) krijgt meteen een checkpoint', async () => {
    const o = await maakOmgeving();
    await registreer(o, 'gemeente-hilversum', '06-55522222');
    const vt = await registreer(o, 'vtgv', '06-55522222');
    const voor = (await checkpoint(o)).grootte;
    const r = await o.klant('vtgv').signalen[':id'].overlap.$get({ param: { id: vt.id } });
    if (r.status !== 200) throw new Error(`overlap gaf ${r.status}`);
    const { overlap } = await r.json();
    expect(overlap.length).toBeGreaterThan(0);
    const na = await checkpoint(o);
    // One leaf per request: the overlap read is one leaf, whatever it logged.
    expect(na.grootte).toBe(voor + 1);
    expect(na.grootte).toBe((await o.store.boom.bladen(1, 1000)).length);
    expect(overlap[0]!.logboekId).toBe(na.grootte);
    const bewijs = await o.vraag(
      'vtgv',
      'GET',
      `/v1/logboek/inclusiebewijs/${overlap[0]!.logboekId}`,
    );
    expect(bewijs.status).toBe(200);
  });

  it('een partner bewijst met een ondertekend checkpoint dat zijn verstrekking gelogd is', async () => {
    const o = await maakOmgeving();
    expect((await o.vraag('vtgv', 'GET', '/v1/logboek/checkpoint')).status).toBe(404);
    await registreer(o, 'gemeente-hilversum', '06-55511111');
    const { overlap } = await registreer(o, 'vtgv', '06-55511111');
    expect(overlap.length).toBeGreaterThan(0);
    const cp = await checkpoint(o);
    // Two registrations, two leaves, however many entries the second one logged.
    expect(cp.grootte).toBe(2);
    expect((await o.store.logboek(1, 1000)).length).toBeGreaterThan(2);
    for (const { logboekId } of overlap) {
      expect(logboekId).toBe(2);
      const r = await o.vraag('vtgv', 'GET', `/v1/logboek/inclusiebewijs/${logboekId}`);
      expect(r.status).toBe(200);
      const bewijs = await r.json();
      expect(bewijs.checkpoint).toBe(cp.note);
      expect(bewijs.regel).toBeUndefined();
      // VT checks its own part: its entries as it may see them, under its salt, are in the leaf.
      const { deel } = bewijs;
      expect(deel.partij).toBe('vtgv');
      const regels = JSON.parse(deel.regels);
      expect(regels).toContainEqual(
        expect.objectContaining({ actie: 'verstrekking', ontvanger: 'vtgv' }),
      );
      expect(regels.every((r: { volgnummer?: number }) => r.volgnummer === undefined)).toBe(true);
      const inhoud = JSON.parse(bewijs.inhoud);
      expect(inhoud.verzoek).toBe(logboekId);
      expect(inhoud.delen.vtgv).toBe(deelHash(vanBase64url(deel.zout), deel.regels));
      const blad = leafHash(new TextEncoder().encode(bewijs.inhoud));
      expect(bewijs.leafHash).toBe(Buffer.from(blad).toString('base64'));
      const pad = bewijs.bewijs.map(b64);
      expect(verifyInclusion(logboekId - 1, cp.grootte, blad, pad, cp.root)).toBe(true);
      expect(verifyInclusion(logboekId - 1, cp.grootte, blad, pad, new Uint8Array(32))).toBe(false);
    }
  });

  it('de verificatie vindt een regel die bij geen blad hoort', async () => {
    const o = await maakOmgeving();
    await registreer(o, 'gemeente-hilversum', '06-55533335');
    const controle = async () =>
      (await o.vraag('ketenpoort-fg', 'GET', '/v1/logboek/verificatie')).json();
    expect(await controle()).toMatchObject({ geldig: true });
    // A forged row pointing at a leaf that does not exist: no leaf reads it, a search would.
    await o.store.exec(
      `INSERT INTO logboek (volgnummer, blad, tijdstip, actie, partner, inhoud) SELECT volgnummer + 1, 999, tijdstip, actie, partner, inhoud FROM logboek WHERE volgnummer = (SELECT max(volgnummer) FROM logboek)`,
    );
    const uitslag = await controle();
    expect(uitslag.geldig).toBe(false);
    expect(uitslag.fouten).toContainEqual(
      expect.objectContaining({
        plaats: 'logboek',
        wat: expect.stringContaining('buiten de bladen'),
      }),
    );
  });

  it('een blad van voor de upgrade (één regel) geeft zijn tekst alleen aan wie die regel mag zien', async () => {
    const o = await maakOmgeving();
    await registreer(o, 'gemeente-hilversum', '06-55533333');
    // Leaf 2 as migration 0005 makes it of an old entry: the entry's canonical text, no salts.
    const oud = {
      ...(await o.store.logboek(1, 10))[0]!,
      volgnummer: 2,
      tijdstip: '2026-03-02T09:00:01.000Z',
    };
    const tekst = entryTekst(oud);
    await o.store.exec(
      `INSERT INTO logboek (volgnummer, blad, tijdstip, actie, partner, bron, signaal, doel, inhoud) VALUES (2, 2, ${Date.parse(oud.tijdstip)}, '${oud.actie}', '${oud.partner}', '${oud.bron}', '${oud.signaal}', '${oud.doel}', '${tekst}')`,
    );
    await o.store.exec(
      `INSERT INTO bladen (nummer, tijdstip, inhoud, zouten) VALUES (2, ${Date.parse(oud.tijdstip)}, '${tekst}', NULL)`,
    );
    await registreer(o, 'riec-mn', '06-55533334'); // the tree takes leaf 2 in, then leaf 3
    await checkpoint(o);
    const vreemd = await (await o.vraag('tmm', 'GET', '/v1/logboek/inclusiebewijs/2')).json();
    expect(vreemd.inhoud).toBeUndefined();
    expect(vreemd.regel).toBeUndefined();
    expect(JSON.stringify(vreemd)).not.toContain('gemeente-hilversum');
    const eigen = await (
      await o.vraag('gemeente-hilversum', 'GET', '/v1/logboek/inclusiebewijs/2')
    ).json();
    expect(eigen).toMatchObject({ inhoud: tekst, regel: tekst });
    expect(eigen.leafHash).toBe(vreemd.leafHash);
    expect(eigen.leafHash).toBe(
      Buffer.from(leafHash(new TextEncoder().encode(tekst))).toString('base64'),
    );
  });

  it('een partner die niet in de regel staat krijgt het bewijs maar niet de regel', async () => {
    const o = await maakOmgeving();
    await registreer(o, 'gemeente-hilversum', '06-55522222');
    const cp = await checkpoint(o, 'tmm');
    const r = await o.vraag('tmm', 'GET', '/v1/logboek/inclusiebewijs/1');
    const bewijs = await r.json();
    expect(bewijs.regel).toBeUndefined();
    // Its own part of the gemeente's registration is empty; the leaf shows only hashes.
    expect(bewijs.deel).toMatchObject({ partij: 'tmm', regels: '[]' });
    const { delen } = JSON.parse(bewijs.inhoud);
    expect(Object.keys(delen)).toEqual(expect.arrayContaining(['tmm', 'gemeente-hilversum']));
    expect(delen.tmm).toBe(deelHash(vanBase64url(bewijs.deel.zout), '[]'));
    const ok = verifyInclusion(
      0,
      cp.grootte,
      b64(bewijs.leafHash),
      bewijs.bewijs.map(b64),
      cp.root,
    );
    expect(ok).toBe(true);
    expect((await o.vraag('tmm', 'GET', '/v1/logboek/inclusiebewijs/99')).status).toBe(404);
  });

  it('bewaart elk checkpoint; elk volgend is aantoonbaar consistent met het vorige', async () => {
    const o = await maakOmgeving();
    const grootten: number[] = [];
    for (const p of ['vtgv', 'tmm', 'riec-mn', 'vtgv']) {
      await registreer(o, p, '06-55533333');
      grootten.push((await checkpoint(o)).grootte);
    }
    expect(new Set(grootten).size).toBe(4);
    const bewaard = await o.store.boom.checkpoints(0, 100);
    expect(bewaard.map((c) => c.grootte)).toEqual(grootten);
    for (let i = 1; i < grootten.length; i++) {
      const [a, b] = [
        await checkpoint(o, 'vtgv', grootten[i - 1]),
        await checkpoint(o, 'vtgv', grootten[i]),
      ];
      const r = await o.vraag(
        'vtgv',
        'GET',
        `/v1/logboek/consistentiebewijs?van=${a.grootte}&tot=${b.grootte}`,
      );
      const { bewijs } = await r.json();
      expect(verifyConsistency(a.grootte, b.grootte, a.root, b.root, bewijs.map(b64))).toBe(true);
      expect(verifyConsistency(a.grootte, b.grootte, b.root, a.root, bewijs.map(b64))).toBe(false);
    }
    const fout = await o.vraag('vtgv', 'GET', '/v1/logboek/consistentiebewijs?van=5&tot=2');
    expect(fout.status).toBe(400);
    expect(
      (await o.vraag('vtgv', 'GET', '/v1/logboek/consistentiebewijs?van=1&tot=999')).status,
    ).toBe(404);
  });

  it('aanvaardt alleen cosignaturen van bekende getuigen die kloppen', async () => {
    const o = await maakOmgeving();
    await registreer(o, 'vtgv', '06-55544444');
    const cp = await checkpoint(o);
    const { body } = splitNote(cp.note);
    const [getuige] = o.getuigen;
    const regel = await cosign(body, getuige!.ondertekenaar, 1_772_442_000);
    const stuur = (cosignatuur: string, grootte = cp.grootte) =>
      o.vraag('vtgv', 'POST', '/v1/logboek/cosignaturen', { grootte, cosignatuur });
    const r = await stuur(regel);
    expect(r.status).toBe(201);
    expect(await r.json()).toMatchObject({
      grootte: cp.grootte,
      getuige: 'getuige-vtgv',
      cosignaturen: 1,
    });
    expect((await stuur(regel)).status).toBe(201);
    expect((await checkpoint(o)).note.endsWith(regel)).toBe(true);
    expect((await o.store.boom.cosignaturen([cp.grootte])).length).toBe(1);

    const vreemd = await nieuweSleutel('getuige-onbekend');
    expect((await stuur(await cosign(body, vreemd.ondertekenaar, 1))).status).toBe(403);
    const anderBody = body.replace(/\n[^\n]+\n$/, `\n${Buffer.alloc(32).toString('base64')}\n`);
    const vals = await cosign(anderBody, getuige!.ondertekenaar, 1);
    expect((await stuur(vals)).status).toBe(400);
    expect((await stuur('geen cosignatuur')).status).toBe(400);
    expect((await stuur(regel, cp.grootte + 50)).status).toBe(404);
    const zonder = await o.app.request('/v1/logboek/cosignaturen', { method: 'POST' });
    expect(zonder.status).toBe(401);
    expect((await o.store.boom.cosignaturen([cp.grootte])).length).toBe(1);
  });

  it('de verificatie voor de FG meldt een onaangetast logboek als geldig en een gewijzigde regel bij naam', async () => {
    const o = await maakOmgeving();
    await registreer(o, 'gemeente-hilversum', '06-55555555');
    await registreer(o, 'vtgv', '06-55555555');
    expect((await o.vraag('vtgv', 'GET', '/v1/logboek/verificatie')).status).toBe(403);
    const goed = await (await o.vraag('ketenpoort-fg', 'GET', '/v1/logboek/verificatie')).json();
    expect(goed).toMatchObject({ geldig: true, fouten: [] });
    expect(goed.checkpoints.length).toBe(2);
    await o.store.exec(
      `UPDATE logboek SET inhoud = replace(inhoud, '"actie":"', '"actie": "') WHERE volgnummer = 2`,
    );
    const fout = await (await o.vraag('ketenpoort-fg', 'GET', '/v1/logboek/verificatie')).json();
    expect(fout.geldig).toBe(false);
    expect(fout.fouten[0].plaats).toBe('regel 2');
    // A partner's FG learns the verdict and the leaf, not the entry count, the volgnummer or
    // what was found in an entry: those depend on entries it may not see.
    const partner = await (await o.vraag('vtgv-fg', 'GET', '/v1/logboek/verificatie')).json();
    expect(partner.geldig).toBe(false);
    expect(partner.regels).toBeUndefined();
    expect(partner.bladen).toBe(goed.bladen);
    expect(partner.fouten[0]).toMatchObject({ plaats: 'blad 2', blad: 2, volgnummer: null });
    expect(JSON.stringify(partner.fouten)).not.toMatch(/regel \d|kolom|inhoud/);
  });

  it('ondertekent niets als de opgeslagen boom het laatste checkpoint niet voortzet', async () => {
    const o = await maakOmgeving();
    await registreer(o, 'vtgv', '06-55566666');
    const voor = await checkpoint(o);
    await o.store.exec('UPDATE merkle_knopen SET hash = randomblob(32)');
    const doel = [...o.beleid.doelen.keys()].find((d) => o.beleid.magOntvangen('tmm', d));
    const r = await o.vraag('tmm', 'POST', '/v1/signalen', {
      pseudoniemen: [o.pseudoniem('telefoon', '06-55566666')],
      rol: 'slachtoffer',
      uitbuitingsvormen: ['arbeidsuitbuiting'],
      sterkte: 'hard',
      gemeente: 'GM0402',
      doel,
    });
    expect(r.status).toBe(500);
    expect((await r.json()).detail).toContain('niets verstrekt');
    expect(String(o.fouten.at(-1))).toContain('niet consistent');
    const bewaard = await o.store.boom.checkpoints(0, 100);
    expect(bewaard.map((c) => c.grootte)).toEqual([voor.grootte]);
  });

  it('na het opruimen van verlopen signalen klopt het logboek nog en zet het nieuwe checkpoint het oude voort', async () => {
    const o = await maakOmgeving();
    await registreer(o, 'gemeente-hilversum', '06-55577777');
    const { overlap } = await registreer(o, 'vtgv', '06-55577777');
    const voor = await checkpoint(o);
    // Past every signal's bewaartermijn (at most 60 months), not the logboek's own (84).
    o.zetKlok(Date.parse('2032-01-02T09:00:00.000Z'));
    const weg = await verwijderVerlopen(o.store, o.beleid, o.diensten.klok());
    expect(weg.signalen).toHaveLength(2);
    await o.diensten.logboek.checkpoint();
    const na = await checkpoint(o);
    expect(na.grootte).toBeGreaterThan(voor.grootte);
    const r = await o.vraag('vtgv', 'GET', `/v1/logboek/consistentiebewijs?van=${voor.grootte}`);
    const { bewijs } = await r.json();
    expect(verifyConsistency(voor.grootte, na.grootte, voor.root, na.root, bewijs.map(b64))).toBe(
      true,
    );
    const inclusie = await (
      await o.vraag('vtgv', 'GET', `/v1/logboek/inclusiebewijs/${overlap[0]!.logboekId}`)
    ).json();
    const blad = leafHash(new TextEncoder().encode(inclusie.inhoud));
    expect(
      verifyInclusion(
        overlap[0]!.logboekId - 1,
        na.grootte,
        blad,
        inclusie.bewijs.map(b64),
        na.root,
      ),
    ).toBe(true);
    const verificatie = await (
      await o.vraag('ketenpoort-fg', 'GET', '/v1/logboek/verificatie')
    ).json();
    expect(verificatie).toMatchObject({ geldig: true, fouten: [] });
  });

  it('met een interval tekent niet elk verzoek een checkpoint, maar de timer of cron', async () => {
    const o = await maakOmgeving();
    o.diensten.logboek.naElkeSchrijfactie = false;
    await registreer(o, 'vtgv', '06-55588888');
    expect(await o.store.boom.checkpoints(0, 10)).toEqual([]);
    await o.diensten.logboek.checkpoint();
    const [cp] = await o.store.boom.checkpoints(0, 10);
    expect(cp?.grootte).toBe(await o.store.boom.grootte());
  });
});
