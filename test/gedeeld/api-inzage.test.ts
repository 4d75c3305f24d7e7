/**
 * POST /v1/inzage: the FG answers an inzageverzoek with the betrokkene's pseudonyms. Held
 * back: what a partner marked "niet informeren"; a partner's FG sees its own entries only,
 * by leaf and without volgnummer; after the bewaartermijn the person is no longer found, and
 * the log still verifies. The inzage itself is one leaf, whose number is its `logboekId`.
 */
import { describe, expect, it } from 'vitest';
import type { Entry } from '../../src/logboek/entry.js';
import {
  consistencyProof,
  inclusionProof,
  leafHash,
  treeRoot,
  verifyConsistency,
  verifyInclusion,
} from '../../src/logboek/merkle.js';
import { verwijderVerlopen } from '../../src/use-cases/bewaartermijn.js';
import { maakOmgeving, type Omgeving } from '../helpers/omgeving.js';
import { registreer, signaal } from '../helpers/signalen.js';

const DAG = 24 * 3600 * 1000;

type Regel = {
  volgnummer?: number;
  blad: number;
  actie: string;
  bron: { id: string } | null;
  ontvanger: { id: string } | null;
  doel: { id: string } | null;
  grondslagen: Array<{ id: string; titel?: string }>;
};
type Inzage = {
  rapport: Regel[];
  achtergehouden: Array<{ regel: Regel; gronden: Array<Record<string, unknown>> }>;
  overig: Regel[];
  bereik: string | null;
  logboekId: number;
};

const persoon = (o: Omgeving) => [
  o.pseudoniem('persoon', 'Bakker-Test|1991-07-15'),
  o.pseudoniem('telefoon', '06-55509876'),
];

async function inzage(o: Omgeving, wie: string, pseudoniemen: unknown[]) {
  const r = await o.vraag(wie, 'POST', '/v1/inzage', { pseudoniemen });
  const body = await r.json();
  expect(r.status, JSON.stringify(body)).toBe(200);
  return body as Inzage;
}

/** Gemeente Hilversum and Veilig Thuis register on the test person; TMM on a car only. */
async function opzet(vtExtra: Record<string, unknown> = {}) {
  const o = await maakOmgeving();
  const gemeente = await registreer(o, 'gemeente-hilversum', signaal(o));
  const vt = await registreer(
    o,
    'vtgv',
    signaal(o, { sterkte: 'hard', doel: 'veiligheidsbeoordeling', ...vtExtra }),
  );
  const tmm = await registreer(
    o,
    'tmm',
    signaal(o, {
      pseudoniemen: [o.pseudoniem('kenteken', 'XX-999-X')],
      doel: 'opsporing',
      rol: 'vermoedelijke_dader',
    }),
  );
  return { o, gemeente, vt, tmm };
}

const partijen = (r: Regel) => [r.bron?.id, r.ontvanger?.id].filter(Boolean);

/** The stored rows of leaf `blad`: its entries, with their volgnummer, in order. */
async function inBlad(o: Omgeving, blad: number) {
  return (await o.store.boom.rijen(1, 1000)).filter((r) => r.blad === blad);
}

/** The leaf of each stored entry, by volgnummer. */
async function bladVan(o: Omgeving) {
  return new Map((await o.store.boom.rijen(1, 1000)).map((r) => [r.volgnummer, r.blad]));
}

describe('POST /v1/inzage', () => {
  it('geeft elke registratie en verstrekking over de betrokkene, met doel en grondslag, en logt de inzage', async () => {
    const { o, gemeente, vt } = await opzet();
    const log = await o.store.logboek(1, 1000);
    const over = log.filter((e) => e.signaal === gemeente.id || e.signaal === vt.id);
    const antwoord = await inzage(o, 'ketenpoort-fg', persoon(o));
    expect(antwoord.bereik).toBeNull();
    expect(antwoord.achtergehouden).toEqual([]);
    expect(
      [...antwoord.rapport, ...antwoord.overig].map((r) => r.volgnummer!).sort((a, b) => a - b),
    ).toEqual(over.map((e) => e.volgnummer));
    // The gateway's FG sees each entry's volgnummer and the leaf it is in.
    const bladen = await bladVan(o);
    for (const r of [...antwoord.rapport, ...antwoord.overig]) {
      expect(r.blad).toBe(bladen.get(r.volgnummer!));
    }
    expect(
      antwoord.rapport.filter((r) => r.actie === 'registratie').map((r) => r.bron?.id),
    ).toEqual(['gemeente-hilversum', 'vtgv']);
    const verstrekking = antwoord.rapport.find((r) => r.actie === 'verstrekking');
    expect(verstrekking).toBeDefined();
    const bron = log.find((e) => e.volgnummer === verstrekking!.volgnummer)!;
    expect(verstrekking!.doel?.id).toBe(bron.doel);
    expect(verstrekking!.grondslagen.map((g) => g.id)).toEqual(bron.grondslagen);
    expect(verstrekking!.grondslagen[0]!.titel).toBeTruthy();
    // TMM's signal is about someone else.
    expect(JSON.stringify(antwoord)).not.toContain('"tmm"');
    // Nothing for the betrokkene names the acting employee or the commitments.
    expect(JSON.stringify(antwoord.rapport)).not.toContain('medewerker-1');
    const na = await o.store.logboek(1, 1000);
    expect(na).toHaveLength(log.length + 1);
    expect(na.at(-1)).toMatchObject({ actie: 'inzage', partner: 'ketenpoort' });
    // The inzage is a leaf of its own, the newest, and its logboekId is that leaf.
    expect(antwoord.logboekId).toBe(await o.store.boom.grootte());
    expect((await inBlad(o, antwoord.logboekId)).map((r) => r.volgnummer)).toEqual([
      na.at(-1)!.volgnummer,
    ]);
    // One pseudonym is enough to find the person; the earlier inzage is listed for the FG.
    const telefoon = await inzage(o, 'ketenpoort-fg', [persoon(o)[1]]);
    expect(telefoon.rapport.map((r) => r.volgnummer)).toEqual(
      antwoord.rapport.map((r) => r.volgnummer),
    );
    expect(telefoon.overig.map((r) => r.blad)).toContain(antwoord.logboekId);
    expect(telefoon.overig.map((r) => r.volgnummer)).toContain(na.at(-1)!.volgnummer);
  });

  it('houdt een signaal met nietInformeren achter voor de betrokkene en toont het de FG met de grond', async () => {
    const { o, vt } = await opzet({ nietInformeren: true });
    const antwoord = await inzage(o, 'ketenpoort-fg', persoon(o));
    // Not a word about Veilig Thuis in what goes to the betrokkene.
    expect(antwoord.rapport.length).toBeGreaterThan(0);
    for (const r of antwoord.rapport) expect(partijen(r), JSON.stringify(r)).not.toContain('vtgv');
    const vtRegels = (await o.store.logboek(1, 1000)).filter(
      (e) => e.bron === 'vtgv' || e.ontvanger === 'vtgv',
    );
    expect(antwoord.achtergehouden.map((a) => a.regel.volgnummer)).toEqual(
      vtRegels.map((e) => e.volgnummer),
    );
    const registratie = antwoord.achtergehouden.find((a) => a.regel.actie === 'registratie')!;
    expect(registratie.regel.bron?.id).toBe('vtgv');
    expect(registratie.gronden).toEqual([
      expect.objectContaining({ soort: 'niet-informeren', partner: 'vtgv' }),
    ]);
    expect(registratie.gronden[0]!.uitleg).toContain('niet geïnformeerd');
    // The signal itself is unchanged.
    expect((await o.store.signaal(vt.id))?.nietInformeren).toBe(true);
  });

  it('de FG van een partner ziet alleen regels van de eigen organisatie', async () => {
    const { o } = await opzet();
    const alle = await inzage(o, 'ketenpoort-fg', persoon(o));
    const eigen = await inzage(o, 'gemeente-hilversum-fg', persoon(o));
    expect(eigen.bereik).toBe('gemeente-hilversum');
    expect(eigen.rapport.length).toBeGreaterThan(0);
    for (const r of eigen.rapport) expect(partijen(r)).toContain('gemeente-hilversum');
    // The same regels as the gateway's FG sees of the gemeente, by leaf and without volgnummer.
    expect(eigen.rapport).toEqual(
      alle.rapport
        .filter((r) => partijen(r).includes('gemeente-hilversum'))
        .map(({ volgnummer: _, ...r }) => r),
    );
    for (const r of [...eigen.rapport, ...eigen.overig]) {
      expect('volgnummer' in r, JSON.stringify(r)).toBe(false);
      expect(r.blad).toEqual(expect.any(Number));
    }
    // TMM holds nothing on this person, so its FG finds nothing, and that inzage is logged too.
    const tmm = await inzage(o, 'tmm-fg', persoon(o));
    expect([...tmm.rapport, ...tmm.achtergehouden, ...tmm.overig]).toEqual([]);
    expect(tmm.logboekId).toBe(await o.store.boom.grootte());
    const rijen = await inBlad(o, tmm.logboekId);
    expect(rijen).toHaveLength(1);
    expect(JSON.parse(rijen[0]!.inhoud)).toMatchObject({ actie: 'inzage', partner: 'tmm' });
  });

  it('weigert een partnersleutel (403) en een verzoek zonder geldige pseudoniemen (400), zonder iets te loggen', async () => {
    const { o } = await opzet();
    const voor = (await o.store.logboek(1, 1000)).length;
    const r = await o.vraag('vtgv', 'POST', '/v1/inzage', { pseudoniemen: persoon(o) });
    expect(r.status).toBe(403);
    for (const body of [
      { pseudoniemen: [] },
      { pseudoniemen: [{ soort: 'bsn', waarde: '111222333' }] },
      {},
    ]) {
      const fout = await o.vraag('ketenpoort-fg', 'POST', '/v1/inzage', body);
      expect(fout.status).toBe(400);
      expect(await fout.text()).not.toContain('111222333');
    }
    expect(await o.store.logboek(1, 1000)).toHaveLength(voor);
  });
});

describe('bewaartermijn en inzage', () => {
  it('na vernietiging vindt een inzage de persoon niet meer, en het logboek verifieert nog', async () => {
    const { o, gemeente, vt } = await opzet();
    await inzage(o, 'ketenpoort-fg', persoon(o));
    const voor = await o.store.logboek(1, 1000);
    // The inzage's index: beside each opening, the stored pseudonyms it commits to.
    const index = (waar: string) =>
      o.store.sql(`SELECT count(*) AS n FROM opening_pseudoniemen WHERE ${waar}`);
    const overSignalen = `volgnummer IN (SELECT volgnummer FROM logboek WHERE signaal IN ('${gemeente.id}', '${vt.id}'))`;
    expect(((await index(overSignalen)) as Array<{ n: number }>)[0]!.n).toBeGreaterThan(0);
    expect(await index('volgnummer NOT IN (SELECT volgnummer FROM openingen)')).toEqual([{ n: 0 }]);
    const bladHash = (b: { inhoud: string }) => leafHash(new TextEncoder().encode(b.inhoud));
    const bladenVoor = await o.store.boom.bladen(1, 1000);
    const wortelVoor = treeRoot(bladenVoor.map(bladHash));

    // Past the longest bewaartermijn of both signals.
    const laatste = Math.max(Date.parse(gemeente.vervaltOp), Date.parse(vt.vervaltOp));
    o.zetKlok(laatste + DAG);
    const weg = await verwijderVerlopen(o.store, o.beleid, o.diensten.klok());
    expect(weg.signalen).toEqual(expect.arrayContaining([gemeente.id, vt.id]));
    expect(await o.store.signaal(vt.id)).toBeUndefined();
    expect(
      await o.store.sql(
        'SELECT count(*) AS n FROM pseudoniemen p JOIN signalen s ON s.volgorde = p.signaal WHERE s.id IN (?, ?)',
        gemeente.id,
        vt.id,
      ),
    ).toEqual([{ n: 0 }]);

    // Erased with the openings: nothing links the entries to the person any more.
    expect(await index(overSignalen)).toEqual([{ n: 0 }]);
    expect(await index('volgnummer NOT IN (SELECT volgnummer FROM openingen)')).toEqual([{ n: 0 }]);
    const na = await o.store.logboek(1, 1000);
    const vernietigd = na.filter((e) => e.actie === 'vernietiging').map((e) => e.signaal);
    expect(vernietigd).toEqual(expect.arrayContaining([gemeente.id, vt.id]));
    // Every old entry and leaf is unchanged; the purge run is one new leaf, and the new tree
    // (of the stored leaves) includes every leaf and extends the old one.
    expect(na.slice(0, voor.length)).toEqual(voor);
    const bladenNa = await o.store.boom.bladen(1, 1000);
    expect(bladenNa).toHaveLength(bladenVoor.length + 1);
    expect(bladenNa.slice(0, bladenVoor.length)).toEqual(bladenVoor);
    const run = bladenNa.at(-1)!.regels.map((r) => JSON.parse(r.inhoud) as Entry);
    expect(run.every((e) => e.actie === 'vernietiging')).toBe(true);
    expect(run.map((e) => e.signaal)).toEqual(expect.arrayContaining([gemeente.id, vt.id]));
    const bladen = bladenNa.map(bladHash);
    const wortel = treeRoot(bladen);
    expect(await o.store.boom.grootte()).toBe(bladen.length);
    expect(
      verifyConsistency(
        bladenVoor.length,
        bladen.length,
        wortelVoor,
        wortel,
        consistencyProof(bladenVoor.length, bladen),
      ),
    ).toBe(true);
    for (let i = 0; i < bladen.length; i++) {
      expect(verifyInclusion(i, bladen.length, bladen[i]!, inclusionProof(i, bladen), wortel)).toBe(
        true,
      );
    }

    const later = await inzage(o, 'ketenpoort-fg', persoon(o));
    expect([...later.rapport, ...later.achtergehouden, ...later.overig]).toEqual([]);
  });
});

describe('POST /v1/inzage: hoe lang een inzage te vinden blijft', () => {
  const bsn = (o: Omgeving, b: string) => [o.pseudoniem('bsn', b)];
  /** The gemeente's FG asks twice, the second time after its own signal was destroyed. */
  async function tweedeInzage(tmmKentDePersoon: boolean) {
    const o = await maakOmgeving();
    const g = await registreer(
      o,
      'gemeente-hilversum',
      signaal(o, { doel: 'zorgcoordinatie', pseudoniemen: bsn(o, '111222333') }),
    );
    // TMM's hard signal lives longer; the policy tells the gemeente nothing of it.
    await registreer(
      o,
      'tmm',
      signaal(o, {
        sterkte: 'hard',
        doel: 'opsporing',
        pseudoniemen: bsn(o, tmmKentDePersoon ? '111222333' : '123456782'),
      }),
    );
    const vraag = { pseudoniemen: bsn(o, '111222333') };
    expect((await o.vraag('gemeente-hilversum-fg', 'POST', '/v1/inzage', vraag)).status).toBe(200);
    const na = Date.parse(g.vervaltOp) + 1;
    o.zetKlok(na);
    await verwijderVerlopen(o.store, o.beleid, na);
    const r = await o.vraag('gemeente-hilversum-fg', 'POST', '/v1/inzage', vraag);
    const tweede = await r.json();
    return [...tweede.rapport, ...tweede.overig].map((e: { actie: string }) => e.actie);
  }

  it('hangt niet af van of een partner die het beleid verzwijgt de persoon kent (issue 11)', async () => {
    const zonder = await tweedeInzage(false);
    expect(await tweedeInzage(true)).toEqual(zonder);
    // Its own signal is gone, and with it the link to its first inzage.
    expect(zonder).toEqual([]);
  });
});

describe('POST /v1/inzage: achterhouden volgt het beleid (issue 14)', () => {
  /** Veilig Thuis and the gemeente on the test person; with `politie`, TMM too, for opsporing. */
  async function metPolitie(politie: boolean) {
    const o = await maakOmgeving();
    await registreer(o, 'gemeente-hilversum', signaal(o));
    await registreer(
      o,
      'vtgv',
      signaal(o, { sterkte: 'hard', doel: 'veiligheidsbeoordeling', rol: 'slachtoffer' }),
    );
    // Registered without nietInformeren: tmm's policy restricts inzage for opsporing.
    const tmm = politie
      ? await registreer(o, 'tmm', signaal(o, { sterkte: 'hard', doel: 'opsporing' }))
      : undefined;
    return { o, tmm };
  }

  it('een opsporingssignaal van de politie zonder nietInformeren: niets ervan of eromheen voor de betrokkene, alles in de bijlage voor de FG', async () => {
    const { o, tmm } = await metPolitie(true);
    const log = await o.store.logboek(1, 1000);
    const rondPolitie = log.filter(
      (e) => e.signaal === tmm!.id || e.bron === 'tmm' || e.ontvanger === 'tmm',
    );
    // The police signal met both others' signals: a registration and entries around it.
    expect(rondPolitie.map((e) => e.actie)).toEqual(
      expect.arrayContaining(['registratie', 'verstrekking']),
    );
    expect(rondPolitie.length).toBeGreaterThan(2);
    const antwoord = await inzage(o, 'ketenpoort-fg', persoon(o));
    expect(antwoord.rapport.length).toBeGreaterThan(0);
    const rapport = JSON.stringify(antwoord.rapport);
    expect(rapport).not.toContain('tmm');
    expect(rapport).not.toContain('opsporing');
    expect(rapport).not.toContain('Politie');
    // Every entry of it and around it is in the FG's annex, with the policy's ground.
    expect(antwoord.achtergehouden.map((a) => a.regel.volgnummer)).toEqual(
      rondPolitie.map((e) => e.volgnummer),
    );
    for (const { gronden } of antwoord.achtergehouden) {
      expect(gronden).toContainEqual(
        expect.objectContaining({ soort: 'inzagebeperking', partner: 'tmm' }),
      );
    }
    const registratie = antwoord.achtergehouden.find((a) => a.regel.actie === 'registratie')!;
    expect(registratie.regel.bron?.id).toBe('tmm');
    expect(registratie.gronden.map((g) => g.regel)).toEqual(
      expect.arrayContaining(['tmm-arbeidsinspectie', 'tmm-geen-melding-bij-opsporing']),
    );
    // An intrekking of the police signal is held back too.
    await o.vraag('tmm', 'DELETE', `/v1/signalen/${tmm!.id}`);
    const later = await inzage(o, 'ketenpoort-fg', persoon(o));
    expect(later.achtergehouden.map((a) => a.regel.actie)).toContain('intrekking');
    expect(JSON.stringify(later.rapport)).not.toContain('tmm');
  });

  it('het overzicht voor de FG van een partner is gelijk, op ids en tijden na, met en zonder achtergehouden regel', async () => {
    const gelijk = async (politie: boolean) => {
      const { o } = await metPolitie(politie);
      if (politie) {
        // There is an entry about Veilig Thuis that the gateway's FG holds back.
        const poort = await inzage(o, 'ketenpoort-fg', persoon(o));
        expect(
          poort.achtergehouden.filter((a) => partijen(a.regel).includes('vtgv')).length,
        ).toBeGreaterThan(0);
      }
      const r = await o.vraag('vtgv-fg', 'POST', '/v1/inzage', { pseudoniemen: persoon(o) });
      expect(r.status).toBe(200);
      const tekst = await r.text();
      return tekst
        .replace(/"(blad|logboekId)":\d+/g, '"$1":0')
        .replace(/\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z/g, 'T');
    };
    const zonder = await gelijk(false);
    const met = await gelijk(true);
    expect(met).toBe(zonder);
    const antwoord = JSON.parse(zonder);
    expect(antwoord.rapport.length).toBeGreaterThan(0);
    expect(antwoord.voorbehoud).toBe(
      'De FG van Ketenpoort kan logboekregels over uw organisatie achterhouden op grond van een inzagebeperking of "niet informeren" van een andere partner (AVG art. 23, UAVG art. 41). Of dat hier zo is, staat niet in dit overzicht. Vraag de FG van Ketenpoort om het volledige overzicht voordat u de betrokkene antwoordt.',
    );
  });
});
