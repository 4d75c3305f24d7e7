/**
 * @module
 * Part 6: can a partner tell from the response time of `POST /v1/signalen` that another
 * partner holds the pseudonym, when the policy tells it nothing (issue 11, docs/zijkanalen.md)?
 * A gateway (`node --import tsx src/node.ts`) runs on a copy of the pre-loaded signals. The
 * holder registers signals on made-up pseudonyms first (batch route); then the other partner
 * registers, one request at a time, a pseudonym only the holder has ("bekend") and a fresh
 * random one ("vers"), in pairs whose order is drawn per pair, so drift of a shared machine
 * hits both alike. Two pairs from the example policy:
 * - weigering: TMM holds a hard signal, gemeente Hilversum registers the same person; the
 *   forbid tmm-geen-melding-bij-opsporing refuses it (test/gedeeld/weigering-lekt-niet.test.ts);
 * - eenrichting: gemeente Hilversum holds a signal, Veilig Thuis registers the same person
 *   for casusoverleg; the gemeente's rules give Veilig Thuis nothing back, while Veilig Thuis
 *   may tell the gemeente (test/gedeeld/eenrichting-lekt-niet.test.ts).
 * Only the HTTP API is used. Afterwards the gateway's FG must find one logboek entry per
 * "bekend" registration (the weigering or the verstrekking to the holder), and the registrant
 * must have had no overlap in either case; otherwise the figures are marked invalid.
 * Pseudonyms are 64 random bytes (v2) from the benchmark's seed (as in bench/gegevens/signalen.ts):
 * no identifier is involved.
 */
import { join } from 'node:path';
import { bsnV2, ZAAD } from '../gegevens/signalen.js';
import { kopieer } from '../gegevens/vooraf-laden.js';
import { type BenchContext, commandoVoor } from '../lib/context.js';
import { type Figuur, figuur } from '../lib/meting.js';
import { type DraaiendeServer, startServer, TSX, vrijePoort } from '../lib/proces.js';
import { tokenMaker } from '../lib/token.js';
import { Willekeurig } from '../lib/willekeurig.js';

/** The fields of a registration besides its pseudonyms. */
interface Inhoud {
  rol: string;
  uitbuitingsvormen: string[];
  sterkte: 'zacht' | 'hard';
  gemeente: string;
  doel: string;
}

interface Geval {
  id: 'weigering' | 'eenrichting';
  /** Holds the pseudonym first. */
  houder: string;
  houderInhoud: Inhoud;
  /** Registers it next; must learn nothing from it. */
  registrant: string;
  registrantInhoud: Inhoud;
  /** What the holder's signal is to the registrant, for the figure's name. */
  omschrijving: string;
  /** The logboek entry (as the gateway's FG finds it) each "bekend" registration makes. */
  spoor: { actie: 'weigering' | 'verstrekking'; bron: string; ontvanger: string };
}

const GEVALLEN: readonly Geval[] = [
  {
    id: 'weigering',
    houder: 'tmm',
    houderInhoud: inhoud({ sterkte: 'hard', doel: 'opsporing' }),
    registrant: 'gemeente-hilversum',
    registrantInhoud: inhoud({ doel: 'zorgcoordinatie' }),
    omschrijving: 'pseudoniem alleen bij tmm (hard, verbod naar gemeenten)',
    spoor: { actie: 'weigering', bron: 'tmm', ontvanger: 'gemeente-hilversum' },
  },
  {
    id: 'eenrichting',
    houder: 'gemeente-hilversum',
    houderInhoud: inhoud({ doel: 'zorgcoordinatie' }),
    registrant: 'vtgv',
    registrantInhoud: inhoud({ sterkte: 'hard', doel: 'casusoverleg' }),
    omschrijving: 'pseudoniem alleen bij gemeente-hilversum (geen regel terug)',
    spoor: { actie: 'verstrekking', bron: 'vtgv', ontvanger: 'gemeente-hilversum' },
  },
];

type Soort = 'bekend' | 'vers';

/** Registrations that did not get 201, or got overlap (then the case is not a refused one). */
interface Fouten {
  status: number;
  overlap: number;
}

/** Response times in µs of one run, per case and kind. */
type Tijden = Map<Geval['id'], Record<Soort, number[]>>;

/** The bodies per case and kind, used in order: the "bekend" pseudonyms once each. */
interface Voorraadje {
  bekend: string[];
  vers: string[];
}

export async function meetZijkanaal(ctx: BenchContext): Promise<Figuur[]> {
  const s = ctx.instellingen.zijkanaal;
  for (const g of GEVALLEN)
    for (const p of [g.houder, g.registrant])
      if (!ctx.beleid.partners.has(p)) throw new Error(`partner ${p} staat niet in het beleid`);
  const db = join(ctx.werkmap, 'zijkanaal.sqlite');
  kopieer(ctx.voorraad, db);
  const poort = await vrijePoort();
  const gateway = await startServer(
    [...TSX, 'src/node.ts'],
    ctx.gatewayOmgeving(db, poort),
    poort,
    '/v1/health',
  );
  try {
    const klant = maakKlant(ctx, gateway);
    const r = new Willekeurig(ZAAD + 30);
    const perGeval = s.opwarmen + ctx.instellingen.runs * s.paren;
    const pseudoniemen = new Map<Geval['id'], Voorraadje>();
    for (const g of GEVALLEN) {
      const bekend = Array.from({ length: perGeval }, () => pseudoniem(r));
      const vers = Array.from({ length: perGeval }, () => pseudoniem(r));
      await klant.vooraf(g, bekend);
      pseudoniemen.set(g.id, { bekend, vers });
    }
    ctx.melden(
      `  vooraf: ${perGeval.toLocaleString('nl-NL')} signalen per houder (${GEVALLEN.map((g) => g.houder).join(', ')})`,
    );
    const van = new Date(Date.now() - 1).toISOString();
    const fouten = new Map<Geval['id'], Fouten>(
      GEVALLEN.map((g) => [g.id, { status: 0, overlap: 0 }]),
    );
    const runs: Tijden[] = [];
    let volgende = 0;
    for (let run = 0; run <= ctx.instellingen.runs; run++) {
      const paren = run === 0 ? s.opwarmen : s.paren;
      const tijden: Tijden = new Map(GEVALLEN.map((g) => [g.id, { bekend: [], vers: [] }]));
      for (let i = 0; i < paren; i++, volgende++) {
        for (const g of r.schud([...GEVALLEN])) {
          const p = pseudoniemen.get(g.id)!;
          for (const soort of r.kans(0.5)
            ? (['bekend', 'vers'] as const)
            : (['vers', 'bekend'] as const)) {
            const t = await klant.registreer(g, p[soort][volgende]!, fouten.get(g.id)!);
            tijden.get(g.id)![soort].push(t);
          }
        }
      }
      if (run > 0) runs.push(tijden);
      for (const g of GEVALLEN) {
        const t = tijden.get(g.id)!;
        ctx.melden(
          `  ${g.id}${run === 0 ? ' (opwarmen)' : ` run ${run}`}: bekend p50 ${us(percentiel(t.bekend, 0.5))}, p99 ${us(percentiel(t.bekend, 0.99))}; vers p50 ${us(percentiel(t.vers, 0.5))}, p99 ${us(percentiel(t.vers, 0.99))} (${paren} paren)`,
        );
      }
    }
    const sporen = new Map<Geval['id'], number>();
    for (const g of GEVALLEN) sporen.set(g.id, await klant.telSpoor(g, van));
    return figuren(ctx, gateway, runs, perGeval, sporen, fouten);
  } finally {
    await gateway.stop();
  }
}

function inhoud(extra: Partial<Inhoud>): Inhoud {
  return {
    rol: 'slachtoffer',
    uitbuitingsvormen: ['seksuele_uitbuiting'],
    sterkte: 'zacht',
    gemeente: 'GM0402',
    doel: 'zorgcoordinatie',
    ...extra,
  };
}

/** A made-up v2 pseudonym: 64 random bytes, base64url, as a VOPRF output looks. */
function pseudoniem(r: Willekeurig): string {
  return Buffer.from(r.bytes(64)).toString('base64url');
}

/** Requests to the gateway, each with a fresh token signed before the clock starts. */
function maakKlant(ctx: BenchContext, gateway: DraaiendeServer) {
  const teken = tokenMaker(ctx.sleutelmap);
  let volgnummer = 0;
  const token = (naam: string) => teken(naam, Math.floor(Date.now() / 1000), volgnummer++);
  const koppen = (naam: string) => ({
    authorization: `Bearer ${token(naam)}`,
    'content-type': 'application/json',
  });
  return {
    /** POST /v1/signalen as the registrant; its wall time in µs, up to the last byte. */
    async registreer(g: Geval, waarde: string, fouten: Fouten) {
      const body = JSON.stringify({
        pseudoniemen: [bsnV2(waarde)],
        ...g.registrantInhoud,
      });
      const headers = koppen(g.registrant);
      const t0 = process.hrtime.bigint();
      const antwoord = await fetch(`${gateway.url}/v1/signalen`, { method: 'POST', headers, body });
      const tekst = await antwoord.text();
      const t = Number(process.hrtime.bigint() - t0) / 1e3;
      if (antwoord.status !== 201) fouten.status += 1;
      else if ((JSON.parse(tekst) as { overlap: unknown[] }).overlap.length > 0)
        fouten.overlap += 1;
      return t;
    },
    /** Registers one holder signal per pseudonym, through the batch route. */
    async vooraf(g: Geval, waarden: readonly string[]) {
      for (let i = 0; i < waarden.length; i += 1000) {
        const signalen = waarden.slice(i, i + 1000).map((waarde) => ({
          pseudoniemen: [bsnV2(waarde)],
          ...g.houderInhoud,
        }));
        const antwoord = await fetch(`${gateway.url}/v1/signalen/batch`, {
          method: 'POST',
          headers: koppen(g.houder),
          body: JSON.stringify({ signalen }),
        });
        const uit = (await antwoord.json()) as { geregistreerd?: number };
        if (antwoord.status !== 200 || uit.geregistreerd !== signalen.length)
          throw new Error(
            `vooraf registreren als ${g.houder}: status ${antwoord.status}, ${JSON.stringify(uit).slice(0, 500)}`,
          );
      }
    },
    /** Logboek entries of the case since `van`, as the gateway's FG finds them. */
    async telSpoor(g: Geval, van: string) {
      let aantal = 0;
      let na = 0;
      for (;;) {
        const q = new URLSearchParams({ ...g.spoor, van, na: String(na), limiet: '1000' });
        const antwoord = await fetch(`${gateway.url}/v1/logboek?${q}`, {
          headers: koppen('ketenpoort-fg'),
        });
        if (antwoord.status !== 200)
          throw new Error(`GET /v1/logboek: status ${antwoord.status}: ${await antwoord.text()}`);
        const uit = (await antwoord.json()) as { regels: unknown[]; volgende: number | null };
        aantal += uit.regels.length;
        if (uit.volgende === null) return aantal;
        na = uit.volgende;
      }
    },
  };
}

/** Nearest-rank percentile of at least one value. */
function percentiel(waarden: readonly number[], p: number): number {
  const s = [...waarden].sort((a, b) => a - b);
  return s[Math.max(0, Math.ceil(p * s.length) - 1)]!;
}

const us = (x: number) => `${x.toFixed(0)} µs`;

function figuren(
  ctx: BenchContext,
  gateway: DraaiendeServer,
  runs: Tijden[],
  perGeval: number,
  sporen: Map<Geval['id'], number>,
  fouten: Map<Geval['id'], Fouten>,
): Figuur[] {
  const s = ctx.instellingen.zijkanaal;
  const uit: Figuur[] = [];
  for (const g of GEVALLEN) {
    const gevonden = sporen.get(g.id) ?? 0;
    const delen = [
      `${ctx.instellingen.runs} runs van ${s.paren} paren na ${s.opwarmen} paren opwarmen; per paar een pseudoniem dat alleen ${g.houder} heeft en een vers, in willekeurige volgorde, om en om met het andere geval`,
      `één verzoek tegelijk over één verbinding, tijd van versturen tot het laatste byte (fetch in het benchproces), elk verzoek een vers EdDSA-token dat vóór de klok is ondertekend`,
      `${ctx.voorraad.aantal.toLocaleString('nl-NL')} opgeslagen signalen en ${perGeval.toLocaleString('nl-NL')} van ${g.houder} (${g.houderInhoud.sterkte}, ${g.houderInhoud.doel}); ${g.registrant} registreert ${g.registrantInhoud.sterkte} voor ${g.registrantInhoud.doel}, 1 bsn-pseudoniem per signaal`,
      `de FG van de poort vond ${gevonden} ${g.spoor.actie === 'weigering' ? 'weigeringen' : 'verstrekkingen'} ${g.spoor.bron} → ${g.spoor.ontvanger} (verwacht ${perGeval})`,
    ];
    if (gevonden !== perGeval)
      delen.push(`ONGELDIG: ${gevonden} logboekregels ${g.spoor.actie} in plaats van ${perGeval}`);
    const f = fouten.get(g.id)!;
    if (f.status > 0) delen.push(`ONGELDIG: ${f.status} registraties zonder 201`);
    if (f.overlap > 0)
      delen.push(`ONGELDIG: ${f.overlap} registraties kregen overlap (het beleid vertelt het dan)`);
    const basis = {
      deel: 'zijkanaal' as const,
      eenheid: 'µs',
      commando: commandoVoor(ctx, 'zijkanaal'),
      processen: [
        gateway.commando.replaceAll(ctx.werkmap, '<map>'),
        'klant: fetch in het proces van npm run bench, één verzoek tegelijk',
      ],
      toelichting: delen.join('; '),
    };
    const naam = `POST /v1/signalen door ${g.registrant}`;
    const van = (soort: Soort, p: number) => runs.map((t) => percentiel(t.get(g.id)![soort], p));
    for (const [m, p] of [
      ['p50', 0.5],
      ['p99', 0.99],
    ] as const) {
      const bekend = van('bekend', p);
      const vers = van('vers', p);
      uit.push(
        figuur({
          ...basis,
          id: `zijkanaal.${g.id}.bekend.${m}`,
          naam: `${naam}, ${g.omschrijving}: ${m}`,
          runs: bekend,
        }),
        figuur({
          ...basis,
          id: `zijkanaal.${g.id}.vers.${m}`,
          naam: `${naam}, vers pseudoniem: ${m}`,
          runs: vers,
        }),
        figuur({
          ...basis,
          id: `zijkanaal.${g.id}.verschil.${m}`,
          naam: `${naam}: verschil ${m}, bij ${g.houder} min vers`,
          // Paired per run: both kinds ran interleaved in the same run.
          runs: bekend.map((b, i) => b - vers[i]!),
        }),
      );
    }
  }
  return uit;
}
