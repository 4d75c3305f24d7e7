/**
 * Why the werkplek's GET forms (searching the logboek, explaining a decision) carry no CSRF
 * token: no GET page changes anything. This test takes every GET route of the werkplek from
 * the router itself (a new route is walked without editing this file), requests each with
 * every kind of session (none, the gateway's FG, its jurist, a partner's FG, a partner's
 * employee) and with the
 * query strings of its forms, valid and wrong, and compares every table of the database
 * before and after. Only the sessions' last-seen moment (`actief_op`, the idle timeout) may
 * change. The two steps of logging in are GET by OpenID Connect's design and are checked
 * apart: starting a login stores only the login attempt; a callback without it changes nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoAccounts } from '../../src/node/demo-inlogdienst.js';
import type { Inlogdienst } from '../../src/werkplek/oidc.js';
import { maakWerkplek } from '../../src/werkplek/werkplek.js';
import { type DemoInlogdienst, demoInlog, naarProvider } from '../helpers/demo-inloggen.js';
import { START } from '../helpers/omgeving.js';
import { registreer, signaal } from '../helpers/signalen.js';
import { maakWerkplekOmgeving } from '../helpers/werkplek.js';
import { POORT } from '../helpers/werkplek-sessie.js';

let idp: DemoInlogdienst;
let inloggen: Inlogdienst;
beforeAll(async () => {
  ({ dienst: idp, inloggen } = await demoInlog(
    demoAccounts(['vtgv', 'gemeente-hilversum'], 'ketenpoort'),
    POORT,
  ));
});
afterAll(() => idp?.stop());

type Werkplek = Awaited<ReturnType<typeof maakWerkplekOmgeving>>;

/** The login steps: GET with a side effect by design, checked in their own test below. */
const INLOGSTAPPEN = ['/inloggen/:organisatie', '/inloggen/terug'];

/** Values for each path parameter: known, unknown and wrong. */
const PARAMETERS: Record<string, string[]> = {
  naam: ['werkplek.css', 'componenten.css', 'bestaat-niet.css'],
  nummer: ['1', '2', '3', '999', 'x'],
  formaat: ['csv', 'jsonl', 'xml'],
  // Signal ids: the test adds those of its own signals.
  id: ['bestaat-niet'],
};

/** The query strings of each page's form; every path is also asked without one. */
const ZOEKVRAGEN: Record<string, string[]> = {
  '/fg': ['?actie=verstrekking&bron=vtgv', '?van=2026-03-01T00:00', '?onbekend=1', '?van=x'],
  '/fg/export/:formaat': ['?actie=registratie', '?onbekend=1'],
  '/jurist/uitleg': [
    '?bron=vtgv&ontvanger=tmm&doel=opsporing&sterkte=hard',
    '?bron=vtgv&ontvanger=gemeente-hilversum&doel=',
    '?bron=onbekend&ontvanger=tmm&doel=opsporing',
  ],
  '/partner/inbox': ['?na=1', '?na=x'],
};

/** Every GET path of the werkplek with its parameters filled in and its forms' queries. */
function adressen(routes: string[]): string[] {
  return routes.flatMap((route) => {
    let paden = [route];
    for (const [, param] of route.matchAll(/:([a-z]+)/g)) {
      const waarden = PARAMETERS[param!];
      if (!waarden) throw new Error(`geen testwaarden voor :${param} in ${route}`);
      paden = paden.flatMap((p) => waarden.map((w) => p.replace(`:${param}`, w)));
    }
    return paden.flatMap((p) => [p, ...(ZOEKVRAGEN[route] ?? []).map((q) => `${p}${q}`)]);
  });
}

/** Every row of every table, the sessions without their last-seen moment. */
async function database(o: Werkplek) {
  const tabellen = await o.store.sql(
    "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name",
  );
  const inhoud: Record<string, unknown[]> = {};
  for (const { name } of tabellen) {
    // Sorted as text: a WITHOUT ROWID table (pseudoniemen) has no rowid to sort by.
    const rijen = await o.store.sql(`SELECT * FROM "${String(name)}"`);
    inhoud[String(name)] = rijen
      .map((r) => {
        if (name !== 'sessies') return r;
        const { actief_op: _, ...rest } = r;
        return rest;
      })
      .map((r) => JSON.stringify(r))
      .sort();
  }
  return inhoud;
}

async function sessie(o: Werkplek, organisatie: string, gebruikersnaam: string) {
  const { poortkoekjes, terug } = await naarProvider(o.app, organisatie, gebruikersnaam, POORT);
  poortkoekjes.neem(await o.app.request(terug, { headers: { cookie: poortkoekjes.kop() } }));
  return poortkoekjes.kop();
}

describe('GET-pagina’s van de werkplek veranderen niets', () => {
  it('elke GET-route, met elke sessie en elke zoekvraag, laat de database gelijk behalve actief_op', async () => {
    const o = await maakWerkplekOmgeving({ inloggen });
    const hv = await registreer(o, 'gemeente-hilversum', signaal(o));
    const vt = await registreer(
      o,
      'vtgv',
      signaal(o, { sterkte: 'hard', doel: 'veiligheidsbeoordeling' }),
    );
    PARAMETERS.id = [hv.id, vt.id, 'bestaat-niet'];
    const koekjes = [
      '',
      await sessie(o, 'ketenpoort', 'fg'),
      await sessie(o, 'ketenpoort', 'jurist'),
      await sessie(o, 'vtgv', 'fg'),
      await sessie(o, 'gemeente-hilversum', 'medewerker'),
    ];
    const routes = maakWerkplek(o.werkplek)
      .routes.filter((r) => r.method === 'GET')
      .map((r) => r.path);
    expect(routes.filter((r) => INLOGSTAPPEN.includes(r)).sort()).toEqual([...INLOGSTAPPEN].sort());
    const te = adressen(routes.filter((r) => !INLOGSTAPPEN.includes(r)));
    // Not vacuous: the pages of both roles are walked.
    expect(te).toEqual(
      expect.arrayContaining([
        '/',
        '/fg',
        '/fg/controle',
        '/jurist/scenarios',
        '/partner',
        `/partner/signalen/${hv.id}`,
        '/partner/inbox?na=1',
      ]),
    );

    const voor = await database(o);
    const actiefVoor = await o.store.sql('SELECT id, actief_op FROM sessies ORDER BY id');
    o.zetKlok(START + 60_000);
    const statussen = new Set<number>();
    for (const pad of te) {
      for (const cookie of koekjes) {
        const r = await o.app.request(`${POORT}${pad}`, { headers: { cookie } });
        await r.arrayBuffer();
        statussen.add(r.status);
      }
    }
    expect(await database(o)).toEqual(voor);
    // Answers of every kind were given: pages, refusals, errors and not-found.
    expect([...statussen].sort()).toEqual(expect.arrayContaining([200, 400, 401, 403, 404]));
    // The one change allowed: the sessions were seen (the idle timeout counts from there).
    const actiefNa = await o.store.sql('SELECT id, actief_op FROM sessies ORDER BY id');
    expect(actiefNa).not.toEqual(actiefVoor);
    expect(actiefNa.every((s) => s.actief_op === START + 60_000)).toBe(true);
    expect(o.fouten).toEqual([]);
  });

  it('een login beginnen bewaart alleen de inlogpoging; een terugkeer zonder poging verandert niets', async () => {
    const o = await maakWerkplekOmgeving({ inloggen });
    const voor = await database(o);
    const begin = await o.app.request(`${POORT}/inloggen/vtgv`);
    expect(begin.status).toBe(302);
    const na = await database(o);
    const veranderd = Object.keys(na).filter(
      (t) => JSON.stringify(na[t]) !== JSON.stringify(voor[t]),
    );
    expect(veranderd).toEqual(['inlogpogingen']);
    expect(na.inlogpogingen).toHaveLength(1);
    // A callback that does not come from this browser's own login attempt: refused, nothing changes.
    const terug = await o.app.request(`${POORT}/inloggen/terug?code=abc&state=def`);
    expect(terug.status).toBe(400);
    expect(await database(o)).toEqual(na);
  });
});
