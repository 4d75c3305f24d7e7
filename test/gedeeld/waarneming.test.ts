/**
 * What a partner can observe (issue 11 item 1, docs/zijkanalen.md): nothing partner A sees
 * depends on whether partner B holds a pseudonym, unless the policy lets A learn it.
 *
 * Per scenario two fresh gateways run the same requests. In the one ("gematcht") B holds
 * A's person; in the other ("los") B registered a different person, so both gateways get
 * the same number of requests. A registers, reads its overlap twice, hands its signal to the
 * zorgcoördinator who takes it on and sets a status (issue 16), withdraws, runs a
 * batch, and its FG asks for an inzage. After every step the test writes down all A can see:
 * the answer, the checkpoint (and how much the tree grew), the consistency proof, its FG's
 * search, its inbox and the inclusion proof of every leaf it learned of; at the end every
 * checkpoint and every proof there is. Both transcripts must be equal.
 *
 * Masked: what differs between any two runs (ids, times, hashes, salts, signatures). Never
 * masked: tree sizes and leaf numbers, only written relative to the size at the start, so a
 * leaf more in one gateway shows as a gap.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { maskeer } from '../helpers/maskeer.js';
import { maakOmgeving, type Omgeving } from '../helpers/omgeving.js';
import { signaal } from '../helpers/signalen.js';

// Made-up BSNs that pass the 11-proef.
/** A's person; in the matched gateway B holds it too. */
const PERSOON = '111222333';
/** B's person in the other gateway. */
const ANDER = '123456782';
/** A person nobody else holds, in A's batch. */
const NIEMAND = '100000009';

const TMM = 'tmm';
const GEMEENTE = 'gemeente-hilversum';
const VT = 'vtgv';
/** The partner A hands its signal to (issue 16). */
const ZC = 'zorgcoordinator-gv';

type Maak = (o: Omgeving, bsn: string) => Record<string, unknown>;
const bsn = (o: Omgeving, waarde: string) => [o.pseudoniem('bsn', waarde)];
/** A hard TMM signal: an investigation, which no gemeente may learn of. */
const tmm: Maak = (o, b) =>
  signaal(o, { sterkte: 'hard', doel: 'opsporing', pseudoniemen: bsn(o, b) });
/** A soft gemeente signal: no rule gives it to TMM, nor to VT for casusoverleg. */
const gemeente: Maak = (o, b) => signaal(o, { doel: 'zorgcoordinatie', pseudoniemen: bsn(o, b) });
/**
 * A gemeente signal for two doelen at once (issue 16): the riec and tmm rules open casusoverleg
 * for the gemeente, the zorgcoördinator's and VT's open zorgcoördinatie; each decided per doel.
 */
const gemeenteTweeDoelen: Maak = (o, b) =>
  signaal(o, {
    doel: undefined,
    doelen: ['zorgcoordinatie', 'casusoverleg'],
    pseudoniemen: bsn(o, b),
  });
/** A VT signal the gemeente may know of (vtgv-gemeenten-zorg); the gemeente tells VT nothing. */
const vt: Maak = (o, b) =>
  signaal(o, { sterkte: 'hard', doel: 'casusoverleg', pseudoniemen: bsn(o, b) });

interface Scenario {
  naam: string;
  a: string;
  b: string;
  maakA: Maak;
  maakB: Maak;
  /** B registers before A's first request, or right after A's registration. */
  bEerst: boolean;
}

const SCENARIOS: Scenario[] = [
  {
    naam: 'geweigerd in beide richtingen: de gemeente registreert wie TMM al kent',
    a: GEMEENTE,
    b: TMM,
    maakA: gemeente,
    maakB: tmm,
    bEerst: true,
  },
  {
    naam: 'geweigerd in beide richtingen: TMM registreert wie de gemeente al kent',
    a: GEMEENTE,
    b: TMM,
    maakA: gemeente,
    maakB: tmm,
    bEerst: false,
  },
  {
    naam: 'eenrichting VT -> gemeente, gezien door VT: VT registreert wie de gemeente al kent',
    a: VT,
    b: GEMEENTE,
    maakA: vt,
    maakB: gemeente,
    bEerst: true,
  },
  {
    naam: 'eenrichting VT -> gemeente, gezien door VT: de gemeente registreert wie VT al kent',
    a: VT,
    b: GEMEENTE,
    maakA: vt,
    maakB: gemeente,
    bEerst: false,
  },
  {
    naam: 'meer doelen, geweigerd voor elk: de gemeente registreert voor twee doelen wie TMM al kent',
    a: GEMEENTE,
    b: TMM,
    maakA: gemeenteTweeDoelen,
    maakB: tmm,
    bEerst: true,
  },
  {
    naam: 'meer doelen bij de ander: VT ziet niets van een gemeente die voor twee doelen registreert',
    a: VT,
    b: GEMEENTE,
    maakA: vt,
    maakB: gemeenteTweeDoelen,
    bEerst: false,
  },
];

/** One thing A saw: after which step, what it asked, the status and the masked body. */
interface Waarneming {
  stap: string;
  wat: string;
  status: number | null;
  body: unknown;
}

/**
 * Masked by key: differs between any two runs, whatever the policy. An `id` is not masked by
 * key (a partner's or a doel's id must stay): a random one is a UUID, which `maskeer` masks.
 */
const GEHEIM = new Set([
  'signaal',
  'signaalId',
  'tijdstip',
  'gemaaktOp',
  'ontvangenOp',
  'vervaltOp',
  'geregistreerdOp',
  'ingetrokkenOp',
  'note',
  'root',
  'leafHash',
  'bewijs',
  'checkpoint',
  'zout',
  'signature',
  'handtekening',
  'cosignatuur',
  'betrokkene',
  'instance',
  'traceparent',
  'jti',
]);
/**
 * Tree sizes and leaf numbers: kept, relative to the size at the start (`verzoek` is the leaf
 * number in a leaf's own text; elsewhere it is an object, masked inside).
 */
const PLAATS = new Set([
  'blad',
  'logboekId',
  'volgnummer',
  'logboek',
  'verzoek',
  'grootte',
  'verstrekking',
  'van',
  'tot',
]);
/** The keys that name a leaf A may then ask a proof for. */
const BLADNUMMER = new Set(['blad', 'logboekId', 'volgnummer', 'logboek', 'verstrekking']);

function masker(basis: number) {
  const waarde = (w: unknown, sleutel?: string): unknown => {
    if (Array.isArray(w)) return w.map((x) => waarde(x, sleutel));
    if (w !== null && typeof w === 'object') {
      return Object.fromEntries(Object.entries(w).map(([k, v]) => [k, waarde(v, k)]));
    }
    if (typeof w === 'number') {
      return sleutel !== undefined && PLAATS.has(sleutel) ? `+${w - basis}` : w;
    }
    if (typeof w !== 'string') return w;
    if (sleutel !== undefined && GEHEIM.has(sleutel)) return `<${sleutel}>`;
    // A leaf's canonical text: masked field by field.
    if (/^[[{]/.test(w)) {
      try {
        return { json: waarde(JSON.parse(w)) };
      } catch {}
    }
    if (/^[A-Za-z0-9+/_=-]{40,}$/.test(w)) return '<hash>';
    return maskeer(w);
  };
  return (w: unknown) => waarde(w);
}

/** Every leaf number in `w`, under the keys that name one. */
function bladen(w: unknown, sleutel?: string, uit = new Set<number>()): Set<number> {
  if (Array.isArray(w)) for (const x of w) bladen(x, sleutel, uit);
  else if (w !== null && typeof w === 'object') {
    for (const [k, v] of Object.entries(w)) bladen(v, k, uit);
  } else if (typeof w === 'number' && sleutel !== undefined && BLADNUMMER.has(sleutel)) {
    uit.add(w);
  }
  return uit;
}

async function lees(r: Response): Promise<unknown> {
  const tekst = await r.text();
  return tekst === '' ? null : JSON.parse(tekst);
}

/** Plays the scenario in a fresh gateway; `gematcht`: B holds A's person. */
async function speel(s: Scenario, gematcht: boolean) {
  const o = await maakOmgeving();
  const fg = `${s.a}-fg`;
  const transcript: Waarneming[] = [];
  const groei: Array<{ stap: string; verzoeken: number; groei: number }> = [];
  /** A's own answers and its FG's, to check that B's name is in none of them. */
  const eigen: unknown[] = [];
  const geleerd = new Set<number>();

  const grootte = async () => {
    const r = await o.vraag(s.a, 'GET', '/v1/logboek/checkpoint');
    return r.status === 200 ? ((await r.json()) as { grootte: number }).grootte : 0;
  };
  const basis = await grootte();
  const mask = masker(basis);
  let vorige = basis;

  /** One request of `naam`, written down as seen after `stap`. */
  const noteer = async (
    stap: string,
    wat: string,
    naam: string,
    methode: string,
    pad: string,
    body?: unknown,
  ) => {
    const r = await o.vraag(naam, methode, pad, body);
    const antwoord = await lees(r);
    transcript.push({ stap, wat, status: r.status, body: mask(antwoord) });
    return antwoord;
  };
  const bekijk = (stap: string, wat: string, naam: string, pad: string) =>
    noteer(stap, wat, naam, 'GET', pad);

  /** Everything A can look at now, after `stap`, which was `verzoeken` requests. */
  const kijk = async (stap: string, verzoeken: number) => {
    const cp = await bekijk(stap, 'checkpoint', s.a, '/v1/logboek/checkpoint');
    const nu = (cp as { grootte?: number } | null)?.grootte ?? 0;
    groei.push({ stap, verzoeken, groei: nu - vorige });
    transcript.push({ stap, wat: 'groei', status: null, body: nu - vorige });
    if (vorige > 0 && nu > vorige) {
      const pad = `/v1/logboek/consistentiebewijs?van=${vorige}&tot=${nu}`;
      await bekijk(stap, 'consistentiebewijs', s.a, pad);
    }
    vorige = nu;
    const zoeken = await bekijk(stap, 'FG zoekt', fg, '/v1/logboek?limiet=1000');
    const inbox = await bekijk(stap, 'inbox', s.a, '/v1/meldingen');
    eigen.push(zoeken, inbox);
    for (const n of [...bladen(zoeken), ...bladen(inbox)]) geleerd.add(n);
    for (const n of [...geleerd].sort((x, y) => x - y)) {
      await bekijk(stap, `inclusiebewijs +${n - basis}`, s.a, `/v1/logboek/inclusiebewijs/${n}`);
    }
  };

  /** A request of A (or its FG), written down with all A sees after it. */
  const doe = async (
    stap: string,
    verzoeken: number,
    ...[naam, methode, pad, body]: [string, string, string, unknown?]
  ) => {
    const antwoord = await noteer(stap, 'antwoord', naam, methode, pad, body);
    eigen.push(antwoord);
    for (const n of bladen(antwoord)) geleerd.add(n);
    await kijk(stap, verzoeken);
    return antwoord as Record<string, unknown>;
  };

  /** B's registration: A does not see the answer, only what follows from it. */
  const bRegistreert = async () => {
    const r = await o.vraag(s.b, 'POST', '/v1/signalen', s.maakB(o, gematcht ? PERSOON : ANDER));
    expect(r.status).toBe(201);
    await kijk(`${s.b} registreert`, 1);
  };

  if (s.bEerst) await bRegistreert();
  const reg = await doe(`${s.a} registreert`, 1, s.a, 'POST', '/v1/signalen', s.maakA(o, PERSOON));
  expect(reg.id, JSON.stringify(reg)).toEqual(expect.any(String));
  if (!s.bEerst) await bRegistreert();
  for (const keer of [1, 2]) {
    await doe(`overlap ${keer}`, 1, s.a, 'GET', `/v1/signalen/${reg.id}/overlap`);
  }
  // Issue 16: A hands its signal to the zorgcoördinator, who takes it on. Its own signal is
  // then matched against B's: nothing of that may reach A.
  const overdracht = await doe(
    'overdracht',
    1,
    s.a,
    'POST',
    `/v1/signalen/${reg.id}/overdrachten`,
    {
      naar: ZC,
      doel: 'zorgcoordinatie',
      referentie: 'A-2026-1',
    },
  );
  expect(overdracht.status, JSON.stringify(overdracht)).toBe('open');
  const aangenomen = await o.vraag(ZC, 'POST', `/v1/overdrachten/${overdracht.id}/antwoord`, {
    antwoord: 'aangenomen',
  });
  expect(aangenomen.status).toBe(200);
  await kijk(`${ZC} neemt aan`, 1);
  // ... and sets a status on it: whatever reaches A may not depend on B.
  const overgenomen = ((await aangenomen.json()) as { signaal: { id: string } }).signaal.id;
  const status = await o.vraag(ZC, 'PUT', `/v1/signalen/${overgenomen}/status`, {
    status: 'hulp_gestart',
  });
  expect(status.status).toBe(200);
  await kijk(`${ZC} zet een status`, 1);
  await doe('intrekking', 1, s.a, 'DELETE', `/v1/signalen/${reg.id}`);
  const batch = { signalen: [s.maakA(o, PERSOON), s.maakA(o, NIEMAND)] };
  await doe('batch', 2, s.a, 'POST', '/v1/signalen/batch', batch);
  await doe('inzage', 1, fg, 'POST', '/v1/inzage', { pseudoniemen: bsn(o, PERSOON) });

  // At the end: every checkpoint, every inclusion proof and every consistency proof A can get.
  for (let n = 1; n <= vorige; n++) {
    const plaats = `+${n - basis}`;
    await bekijk('einde', `checkpoint ${plaats}`, s.a, `/v1/logboek/checkpoint?grootte=${n}`);
    await bekijk('einde', `inclusiebewijs ${plaats}`, s.a, `/v1/logboek/inclusiebewijs/${n}`);
    const pad = `/v1/logboek/consistentiebewijs?van=${n}&tot=${vorige}`;
    await bekijk('einde', `consistentiebewijs ${plaats}`, s.a, pad);
  }

  // What the gateway's FG sees: whether A and B were matched at all.
  const poort = (await (await o.vraag('ketenpoort-fg', 'GET', '/v1/logboek?limiet=1000')).json())
    .regels as Array<Record<string, unknown>>;
  const tussen = poort.filter(
    (e) => (e.bron === s.a && e.ontvanger === s.b) || (e.bron === s.b && e.ontvanger === s.a),
  );
  return { transcript, groei, eigen, tussen, naamB: o.beleid.partners.get(s.b)?.naam ?? s.b };
}

describe.each(SCENARIOS.map((s) => [s.naam, s] as const))('%s', (_, s) => {
  let gematcht: Awaited<ReturnType<typeof speel>>;
  let los: Awaited<ReturnType<typeof speel>>;
  beforeAll(async () => {
    gematcht = await speel(s, true);
    los = await speel(s, false);
    // Two gateways of some forty requests each: on workerd, on a busy machine, over 10 s.
  }, 120_000);

  it(`de FG van de poort ziet ${s.a} en ${s.b} samen, alleen in de gematchte poort`, () => {
    expect(gematcht.tussen.length).toBeGreaterThan(0);
    expect(los.tussen).toEqual([]);
  });

  it(`de antwoorden aan ${s.a} en zijn FG noemen ${s.b} nergens`, () => {
    const tekst = JSON.stringify(gematcht.eigen);
    expect(tekst).not.toContain(`"${s.b}"`);
    expect(tekst).not.toContain(gematcht.naamB);
  });

  it('het logboek groeit met precies 1 blad per verzoek (per item van een batch)', () => {
    for (const w of [gematcht, los]) {
      expect(w.groei.map((g) => [g.stap, g.groei])).toEqual(
        w.groei.map((g) => [g.stap, g.verzoeken]),
      );
    }
  });

  it(`alles wat ${s.a} waarneemt is gelijk, of ${s.b} de persoon kent of niet`, () => {
    expect(gematcht.transcript).toEqual(los.transcript);
  });
});
