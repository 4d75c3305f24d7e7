/**
 * Fuzzing every route (issue 13 item 3): requests generated from the gateway's own OpenAPI
 * document (bodies, path and query parameters from their schemas, the schema's example as a
 * likely pick), and around it (a key dropped or added, a value of the wrong type, a body that
 * is no JSON, a wrong content type, no token, a broken or replayed token, every identity).
 *
 * After every request: no 5xx; no internal detail (stack, SQL, file path) in the answer; an
 * error leaves the logboek as it was, except the documented refusal of an overdracht, which
 * adds exactly its own leaf of weigeringen; a success adds at most one leaf, every entry
 * it adds carries the request's own id (the `Request-Id` header), and a registration's
 * `logboekId` is that leaf.
 *
 * Budget: KETENPOORT_FUZZ_RUNS runs (default 1000) of 1..4 requests each, seed
 * KETENPOORT_FUZZ_SEED (default 13); `npm run test:robuust` prints both with the time taken.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { routes } from '../../src/api/app.js';
import { openapiDocument } from '../../src/api/openapi.js';
import { maakOmgeving, type Omgeving } from '../helpers/omgeving.js';
import { registreer, signaal } from '../helpers/signalen.js';
import { eenJsonWaarde, verbogen, volgensSchema } from './schema-arbitrary.js';

const RUNS = Number(process.env.KETENPOORT_FUZZ_RUNS ?? 1000);
const SEED = Number(process.env.KETENPOORT_FUZZ_SEED ?? 13);

/** What an answer must never hold: a stack frame, SQL or an engine's message, a file path. */
const INTERN = [
  /\bat [\w.<>]+ \(/,
  /\.ts:\d+/,
  /\.js:\d+/,
  /node_modules/,
  /\/(?:work|home|tmp|usr)\//,
  /SQLITE_/i,
  /\bselect\b.+\bfrom\b/i,
  /\binsert into\b/i,
  /\bconstraint\b/i,
  /TypeError|ReferenceError|RangeError|SyntaxError/,
];

type Doc = ReturnType<typeof openapiDocument>;
interface Operatie {
  methode: string;
  pad: string;
  parameters: Array<{ name: string; in: string; schema: Record<string, unknown> }>;
  body: Record<string, unknown> | undefined;
}

function operaties(doc: Doc): Operatie[] {
  const uit: Operatie[] = [];
  for (const [pad, item] of Object.entries(doc.paths ?? {})) {
    for (const [methode, op] of Object.entries(item as Record<string, Record<string, unknown>>)) {
      const rb = op.requestBody as
        | { content?: Record<string, { schema?: Record<string, unknown> }> }
        | undefined;
      uit.push({
        methode: methode.toUpperCase(),
        pad,
        parameters: (op.parameters ?? []) as Operatie['parameters'],
        body: rb?.content?.['application/json']?.schema,
      });
    }
  }
  return uit;
}

/**
 * The one documented refusal that writes to the logboek: an overdracht (or its answer) the
 * policy does not allow is a 422 whose weigering is logged (README, API: "Een weigering staat
 * in het logboek"), so the FG sees the attempt.
 */
const GELOGDE_WEIGERING = [
  /^\/v1\/signalen\/[^/]+\/overdrachten$/,
  /^\/v1\/overdrachten\/[^/]+\/antwoord$/,
];

function isGelogdeWeigering(v: Verzoek, status: number, tekst: string): boolean {
  if (status !== 422 || v.methode !== 'POST') return false;
  const pad = v.pad.split('?')[0] ?? '';
  if (!GELOGDE_WEIGERING.some((p) => p.test(pad))) return false;
  return (
    (JSON.parse(tekst) as { type?: string }).type ===
    'urn:ketenpoort:probleem:niet-toegestaan-door-beleid'
  );
}

/** The identities most requests come from: partners that share signals, and two FGs. */
const GEWOON = [
  'vtgv',
  'gemeente-hilversum',
  'tmm',
  'zorgcoordinator-gv',
  'ketenpoort-fg',
  'vtgv-fg',
];

/** Made-up BSNs that pass the 11-proef: a small pool, so registrations match each other. */
const BSNS = ['111222333', '123456782', '100000009', '999999990'];

/**
 * A valid body per operation, to bend one field of: without them nearly every generated body
 * stops at validation and the handlers behind it are never reached.
 */
function geldigeBodies(o: Omgeving): Record<string, fc.Arbitrary<Record<string, unknown>>> {
  const pseudoniemen = fc.subarray(
    BSNS.map((b) => o.pseudoniem('bsn', b)),
    { minLength: 1, maxLength: 2 },
  );
  const registratie = fc
    .record({
      pseudoniemen,
      sterkte: fc.constantFrom('zacht', 'hard'),
      doel: fc.constantFrom('zorgcoordinatie', 'casusoverleg', 'opsporing', 'signalering'),
    })
    .map((r) => signaal(o, r));
  return {
    'POST /signalen': registratie,
    'POST /signalen/batch': fc
      .array(registratie, { minLength: 1, maxLength: 3 })
      .map((signalen) => ({ signalen })),
    'POST /inzage': pseudoniemen.map((p) => ({ pseudoniemen: p })),
    'POST /signalen/{id}/overdrachten': fc.record({
      naar: fc.constantFrom('zorgcoordinator-gv', 'vtgv', 'gemeente-hilversum'),
      doel: fc.constantFrom('zorgcoordinatie', 'casusoverleg'),
    }),
  };
}

/** A request as the fuzzer builds it, before a token is signed for it. */
interface Verzoek {
  methode: string;
  pad: string;
  wie: string;
  token: 'vers' | 'geen' | 'kapot' | 'hergebruikt';
  body: { soort: 'json'; waarde: unknown } | { soort: 'tekst'; tekst: string; type: string } | null;
}

describe('fuzzing: elke route, volgens en rond haar schema', () => {
  let o: Omgeving;
  let arb: fc.Arbitrary<Verzoek[]>;
  let laatsteToken = '';
  const gezien = { verzoeken: 0, status: new Map<number, number>() };
  const begin = performance.now();

  beforeAll(async () => {
    o = await maakOmgeving();
    // Ids that exist, so generated paths reach the handlers and not only 404.
    const eigen = await registreer(
      o,
      'vtgv',
      signaal(o, { sterkte: 'hard', doel: 'casusoverleg' }),
    );
    const ander = await registreer(o, 'zorgcoordinator-gv', signaal(o));
    const ids = [eigen.id, ander.id];
    const doc = openapiDocument(routes());
    const componenten = (doc.components?.schemas ?? {}) as Record<string, Record<string, unknown>>;
    const wie = fc.oneof(
      { weight: 4, arbitrary: fc.constantFrom(...GEWOON) },
      { weight: 1, arbitrary: fc.constantFrom(...o.prive.keys()) },
    );
    const basis = geldigeBodies(o);
    // Operations with a valid body to bend weigh more: they reach the deepest code.
    const perOperatie = operaties(doc).map((op) => {
      const geldig = basis[`${op.methode} ${op.pad}`];
      return { weight: geldig ? 3 : 1, arbitrary: verzoekVoor(op, componenten, ids, wie, geldig) };
    });
    arb = fc.array(fc.oneof(...perOperatie), { minLength: 1, maxLength: 4 });
  });

  afterAll(() => {
    const statussen = [...gezien.status].sort(([a], [b]) => a - b).map(([s, n]) => `${s}: ${n}`);
    console.log(
      `fuzzing (budget 3 min): seed ${SEED}, ${RUNS} runs, ${gezien.verzoeken} verzoeken in ${Math.round((performance.now() - begin) / 1000)} s; status ${statussen.join(', ')}`,
    );
  });

  it('geen 5xx, geen interne details, het logboek groeit alleen met wat een antwoord verantwoordt', async () => {
    await fc.assert(
      fc.asyncProperty(fc.noShrink(arb), async (verzoeken) => {
        for (const v of verzoeken) await stuurEnToets(v);
      }),
      { seed: SEED, numRuns: RUNS, endOnFailure: true },
    );
    // The generator reaches the handlers: successes and refusals both occur.
    expect([...gezien.status.keys()].some((s) => s < 300)).toBe(true);
    expect([...gezien.status.keys()].some((s) => s >= 400)).toBe(true);
  });

  async function stuurEnToets(v: Verzoek) {
    const voor = await telling();
    const headers: Record<string, string> = {};
    if (v.token !== 'geen') {
      const vers = await o.token(v.wie);
      const token =
        v.token === 'kapot'
          ? `${vers.slice(0, -4)}AAAA`
          : v.token === 'hergebruikt' && laatsteToken
            ? laatsteToken
            : vers;
      laatsteToken = vers;
      headers.authorization = `Bearer ${token}`;
    }
    let body: string | null = null;
    if (v.methode === 'GET') {
      // A GET carries no body (the Fetch API refuses one).
    } else if (v.body?.soort === 'json') {
      headers['content-type'] = 'application/json';
      body = JSON.stringify(v.body.waarde) ?? 'null';
    } else if (v.body?.soort === 'tekst') {
      headers['content-type'] = v.body.type;
      body = v.body.tekst;
    }
    const r = await o.app.request(v.pad, { method: v.methode, headers, body });
    const tekst = await r.text();
    gezien.verzoeken += 1;
    gezien.status.set(r.status, (gezien.status.get(r.status) ?? 0) + 1);
    const wat = `${v.methode} ${v.pad} -> ${r.status}: ${tekst.slice(0, 300)}`;
    if (process.env.FUZZ_DEBUG)
      console.log(v.methode, v.pad.split('?')[0], v.token, v.wie, r.status, tekst.slice(0, 160));
    expect(r.status, wat).toBeLessThan(500);
    for (const patroon of INTERN) expect(tekst, wat).not.toMatch(patroon);
    for (const [kop, waarde] of r.headers)
      for (const patroon of INTERN) expect(`${kop}: ${waarde}`, wat).not.toMatch(patroon);
    const na = await telling();
    const nieuw = await o.store.sql(
      'select blad, inhoud from logboek where volgnummer > ? order by volgnummer',
      voor.regels,
    );
    const verzoekId = r.headers.get('request-id');
    const vanDitVerzoek = () => {
      for (const rij of nieuw) {
        expect(Number(rij.blad), wat).toBeGreaterThan(voor.bladen);
        const e = JSON.parse(String(rij.inhoud));
        // Issue 17: the gateway's own proposal of the default regisseur, in the leaf of the
        // registration that formed the casus, is the gateway's act, not the request's.
        if (e.partner === 'ketenpoort' && e.actie === 'regie') expect(e.verzoek, wat).toBeNull();
        else expect(e.verzoek?.id, wat).toBe(verzoekId);
      }
    };
    if (r.status >= 400) {
      if (isGelogdeWeigering(v, r.status, tekst)) {
        // The documented refusal: exactly its own leaf, holding only weigeringen.
        expect(na.bladen - voor.bladen, wat).toBe(1);
        expect(nieuw.length, wat).toBeGreaterThan(0);
        for (const rij of nieuw)
          expect(JSON.parse(String(rij.inhoud)).actie, wat).toBe('weigering');
        vanDitVerzoek();
        return;
      }
      expect({ bladen: na.bladen, regels: na.regels }, wat).toEqual(voor);
      return;
    }
    // One leaf per request, one per registered item of a batch (src/logboek/blad.ts).
    const groei = na.bladen - voor.bladen;
    if (v.pad === '/v1/signalen/batch') {
      expect(groei, wat).toBe((JSON.parse(tekst) as { geregistreerd: number }).geregistreerd);
    } else if (v.pad === '/v1/signalen') {
      expect(groei, wat).toBe(1);
      const antwoord = JSON.parse(tekst) as { overlap: Array<{ logboekId: number }> };
      for (const item of antwoord.overlap) expect(item.logboekId, wat).toBe(na.bladen);
    } else {
      expect(groei, wat).toBeLessThanOrEqual(1);
    }
    vanDitVerzoek();
  }

  async function telling() {
    const [rij] = await o.store.sql(
      'select (select count(*) from bladen) as bladen, (select coalesce(max(volgnummer), 0) from logboek) as regels',
    );
    return { bladen: Number(rij?.bladen), regels: Number(rij?.regels) };
  }
});

/** The arbitrary of one operation: its path and query from their schemas, its body around its schema. */
function verzoekVoor(
  op: Operatie,
  componenten: Record<string, Record<string, unknown>>,
  ids: string[],
  wie: fc.Arbitrary<string>,
  geldig: fc.Arbitrary<Record<string, unknown>> | undefined,
): fc.Arbitrary<Verzoek> {
  const padParams = op.parameters.filter((p) => p.in === 'path');
  // A JSON value as a client would put it in a URL (String() throws on fast-check's objects
  // without a prototype).
  const alsTekst = (w: unknown) =>
    typeof w === 'object' && w !== null ? JSON.stringify(w) : String(w);
  const queryParams = op.parameters.filter((p) => p.in === 'query');
  const padWaarde = (p: Operatie['parameters'][number]) =>
    fc.oneof(
      { weight: 3, arbitrary: fc.constantFrom(...ids) },
      { weight: 2, arbitrary: volgensSchema(p.schema, componenten).map(alsTekst) },
      { weight: 1, arbitrary: fc.string({ maxLength: 40 }) },
    );
  const pad = fc
    .tuple(...padParams.map(padWaarde))
    .map((waarden) =>
      waarden.reduce<string>(
        (pad, w, i) => pad.replace(`{${padParams[i]?.name}}`, encodeURIComponent(String(w))),
        `/v1${op.pad}`,
      ),
    );
  const query = fc
    .tuple(
      fc.record(
        Object.fromEntries(
          queryParams.map((p) => [
            p.name,
            fc
              .oneof({ weight: 4, arbitrary: volgensSchema(p.schema, componenten) }, eenJsonWaarde)
              .map(alsTekst),
          ]),
        ),
        { requiredKeys: [] },
      ),
      fc.oneof(
        { weight: 6, arbitrary: fc.constant(null) },
        fc.tuple(fc.string({ minLength: 1, maxLength: 8 }), fc.string({ maxLength: 8 })),
      ),
    )
    .map(([q, extra]) => {
      const p = new URLSearchParams(q as Record<string, string>);
      if (extra) p.append(extra[0], extra[1]);
      const s = p.toString();
      return s ? `?${s}` : '';
    });
  const uitSchema = op.body ? volgensSchema(op.body, componenten) : eenJsonWaarde;
  const json = op.body
    ? verbogen(
        geldig
          ? fc.oneof({ weight: 3, arbitrary: geldig }, { weight: 1, arbitrary: uitSchema })
          : uitSchema,
      )
    : eenJsonWaarde;
  const body: fc.Arbitrary<Verzoek['body']> = fc.oneof(
    {
      weight: op.body ? 8 : 1,
      arbitrary: json.map((waarde) => ({ soort: 'json' as const, waarde })),
    },
    { weight: op.body ? 1 : 6, arbitrary: fc.constant(null) },
    {
      weight: 1,
      arbitrary: fc
        .tuple(
          fc.string({ maxLength: 60 }),
          fc.constantFrom('application/json', 'text/plain', 'application/x-www-form-urlencoded'),
        )
        .map(([tekst, type]) => ({ soort: 'tekst' as const, tekst, type })),
    },
  );
  return fc.record({
    methode: fc.constant(op.methode),
    pad: fc.tuple(pad, query).map(([p, q]) => p + q),
    wie,
    token: fc.oneof(
      { weight: 12, arbitrary: fc.constant<Verzoek['token']>('vers') },
      fc.constantFrom<Verzoek['token']>('geen', 'kapot', 'hergebruikt'),
    ),
    body,
  });
}
