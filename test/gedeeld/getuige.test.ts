/**
 * Witnesses: a witness that runs over three successive checkpoints stores three
 * cosignatures at the gateway; a forked log (two different trees of the same size under one
 * log key, or a tree that does not extend what the witness saw, or a shrunk one) is refused.
 */
import { describe, expect, it } from 'vitest';
import { LogboekClient } from '../../src/client/logboek-client.js';
import { GetuigeWeigert, getuig, logVerifier } from '../../src/logboek/index.js';
import { maakOmgeving, type Omgeving } from '../helpers/omgeving.js';

async function registreer(o: Omgeving, partner: string, telefoon: string) {
  const doel = [...o.beleid.doelen.keys()].find((d) => o.beleid.magOntvangen(partner, d));
  const r = await o.vraag(partner, 'POST', '/v1/signalen', {
    pseudoniemen: [o.pseudoniem('telefoon', telefoon)],
    rol: 'slachtoffer',
    uitbuitingsvormen: ['seksuele_uitbuiting'],
    sterkte: 'zacht',
    gemeente: 'GM0402',
    doel,
  });
  expect(r.status).toBe(201);
}

/** The witness of partner `partner` (its token key, witness key 0), talking to gateway `o`. */
function client(o: Omgeving, partner = 'vtgv') {
  return new LogboekClient({
    basisUrl: 'http://ketenpoort.test',
    partner,
    gebruiker: 'getuige',
    privateJwk: o.prive.get(partner)!,
    fetch: (url, init) => Promise.resolve(o.app.request(url, init)),
    nu: () => o.diensten.klok(),
  });
}

/** One witness run: check, cosign, hand in; returns the new state. */
async function getuigRonde(o: Omgeving, vorige: string | undefined, bron = client(o)) {
  const g = await getuig({
    log: logVerifier(o.logboekSleutel.ondertekenaar),
    ondertekenaar: o.getuigen[0]!.ondertekenaar,
    vorige,
    bron,
    nu: Math.floor(o.diensten.klok() / 1000),
  });
  await client(o).cosigneer(g.checkpoint.size, g.cosignatuur);
  return g;
}

describe('ketenpoort getuige', () => {
  it('een getuige over drie opeenvolgende checkpoints laat drie cosignaturen achter', async () => {
    const o = await maakOmgeving();
    let staat: string | undefined;
    const grootten: number[] = [];
    for (const partner of ['gemeente-hilversum', 'vtgv', 'tmm']) {
      await registreer(o, partner, '06-55577777');
      const g = await getuigRonde(o, staat);
      expect(g.vorigeGrootte).toBe(grootten.at(-1) ?? null);
      staat = g.note;
      grootten.push(g.checkpoint.size);
    }
    // One leaf per registration, whatever it matched: the second and third match the first.
    expect(grootten.slice(1).map((g, i) => g - grootten[i]!)).toEqual([1, 1]);
    const bewaard = await o.store.boom.cosignaturen(grootten);
    expect(bewaard.map((c) => [c.grootte, c.getuige, c.partner])).toEqual(
      grootten.map((g) => [g, 'getuige-vtgv', 'vtgv']),
    );
    const verificatie = await (
      await o.vraag('ketenpoort-fg', 'GET', '/v1/logboek/verificatie')
    ).json();
    expect(verificatie.geldig).toBe(true);
    // The matches did log entries of their own, in the leaves of their registrations.
    expect(verificatie.regels).toBeGreaterThan(verificatie.bladen);
    const getuigd = verificatie.checkpoints.filter(
      (c: { cosignaturen: number }) => c.cosignaturen === 1,
    );
    expect(getuigd.map((c: { grootte: number }) => c.grootte)).toEqual(grootten);
  });

  it('weigert een gesplitst logboek: een andere boom van dezelfde grootte, of een die de oude niet voortzet', async () => {
    const echt = await maakOmgeving();
    const vals = await maakOmgeving({ logboekSleutel: echt.logboekSleutel });
    await registreer(echt, 'vtgv', '06-55588888');
    await registreer(vals, 'tmm', '06-55588888');
    const gezien = await getuigRonde(echt, undefined);
    const valsCp = await client(vals).checkpoint();
    expect(valsCp.grootte).toBe(gezien.checkpoint.size);
    expect(valsCp.root).not.toBe(Buffer.from(gezien.checkpoint.root).toString('base64'));

    const poging = (o: Omgeving) => getuigRonde(o, gezien.note, client(o));
    await expect(poging(vals)).rejects.toMatchObject({ code: 'gesplitst' });
    await expect(poging(vals)).rejects.toThrow(/dezelfde grootte .*gesplitst \(fork\)/);
    await registreer(vals, 'vtgv', '06-55588888');
    await expect(poging(vals)).rejects.toThrow(GetuigeWeigert);
    await expect(poging(vals)).rejects.toThrow(/consistentiebewijs klopt niet/);
    expect(await vals.store.boom.cosignaturen([gezien.checkpoint.size])).toEqual([]);

    // The honest log goes on and is cosigned again; a shrunk one is refused.
    await registreer(echt, 'tmm', '06-55588888');
    const verder = await getuigRonde(echt, gezien.note);
    const kleiner = await maakOmgeving({ logboekSleutel: echt.logboekSleutel });
    await registreer(kleiner, 'vtgv', '06-55588888');
    await expect(getuigRonde(kleiner, verder.note, client(kleiner))).rejects.toMatchObject({
      code: 'terug',
    });
  });

  it('weigert een checkpoint dat niet door het logboek is ondertekend', async () => {
    const o = await maakOmgeving();
    const ander = await maakOmgeving();
    await registreer(ander, 'vtgv', '06-55599999');
    await expect(getuigRonde(o, undefined, client(ander))).rejects.toMatchObject({
      code: 'handtekening',
    });
  });
});
