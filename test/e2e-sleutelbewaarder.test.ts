/**
 * Issue 12 end to end, as `npm start` runs it: the gateway and the demo sleutelbewaarder as two
 * processes, `ketenpoort pseudoniem --csv` and a registration through recording proxies in
 * front of both. What each service receives is kept whole and searched: the gateway never sees
 * a blinded element, the sleutelbewaarder never a pseudonym, registration field or identifier.
 * Then the scan: no OPRF key, no FG key at the sleutelbewaarder and nothing that mints one in
 * the gateway's data folder or Worker bundle; the gateway's own keys get 401 there; and the
 * gateway refuses to start with either key under its data folder.
 */

import { spawn } from 'node:child_process';
import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createServer, request, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { leesFgSleutel, nieuweFgSleutel } from '../src/client/fg-sleutel.js';
import { maakToken } from '../src/client/token.js';
import { leesConfiguratie } from '../src/config/env.js';
import { base64url } from '../src/encoding/base64url.js';
import { leesBeleidBestanden } from '../src/node/beleid-lezen.js';
import { bouwDiensten } from '../src/node/gateway.js';
import { FG_SLEUTEL_MARKER, OPRF_SLEUTEL_MARKER } from '../src/node/geen-oprf-sleutel.js';
import { schrijfWorkerBundel } from '../src/node/worker-bundel.js';
import { laadBeleid } from '../src/policy/index.js';
import { demoOprfSleutel } from '../src/sleutelbewaarder/demo-sleutel.js';
import {
  nieuweOprfSleutel,
  SLEUTELBESTAND_SOORT,
  sleutelbestand,
} from '../src/sleutelbewaarder/oprf-sleutel.js';
import { draai, type GatewayProces, startGatewayProces } from './helpers/gateway-proces.js';

const map = mkdtempSync(join(tmpdir(), 'ketenpoort-sb-e2e-'));
const data = join(map, 'data');
let gateway: GatewayProces;
const proxies: Server[] = [];

/** A proxy in front of `doel` that keeps every request body. */
async function opname(doel: string): Promise<{ url: string; bodies: string[] }> {
  const bodies: string[] = [];
  const d = new URL(doel);
  const server = createServer((req, res) => {
    const delen: Buffer[] = [];
    req.on('data', (c: Buffer) => delen.push(c));
    req.on('end', () => {
      const body = Buffer.concat(delen);
      bodies.push(body.toString('utf8'));
      const door = request(
        { host: d.hostname, port: d.port, path: req.url, method: req.method, headers: req.headers },
        (antwoord) => {
          res.writeHead(antwoord.statusCode ?? 502, antwoord.headers);
          antwoord.pipe(res);
        },
      );
      door.end(body);
    });
  });
  proxies.push(server);
  await new Promise<void>((k) => server.listen(0, '127.0.0.1', k));
  const adres = server.address();
  if (adres === null || typeof adres === 'string') throw new Error('geen poort');
  return { url: `http://127.0.0.1:${adres.port}`, bodies };
}

beforeAll(async () => {
  gateway = await startGatewayProces({ KETENPOORT_DATA: data });
}, 120_000);

afterAll(() => {
  gateway?.stop();
  for (const p of proxies) p.close();
  rmSync(map, { recursive: true, force: true });
});

const IDENTIFICATIES = [
  ['bsn', '111222333'],
  ['telefoon', '06-55501234'],
  ['persoon', 'Testerman|1988-04-01'],
] as const;

describe('pseudoniem --csv and a registration, with both services recorded', () => {
  it('the gateway sees no blinded element; the sleutelbewaarder no pseudonym, field or identifier', async () => {
    const sbMap = `${data}-sleutelbewaarder`;
    const sb = await opname(readFileSync(join(sbMap, 'url'), 'utf8').trim());
    const poort = await opname(gateway.url);
    const invoer = join(map, 'in.csv');
    const uitvoer = join(map, 'uit.csv');
    writeFileSync(invoer, `soort,waarde\n${IDENTIFICATIES.map((r) => r.join(',')).join('\n')}\n`);
    const sleutel = join(data, 'demo', 'keys', 'vtgv.jwk.json');
    const r = await draai(
      process.execPath,
      [
        'bin/ketenpoort.js',
        'pseudoniem',
        '--csv',
        invoer,
        '--uit',
        uitvoer,
        '--sleutel',
        sleutel,
        '--sleutelbewaarder',
        sb.url,
      ],
      { ...process.env, KETENPOORT_DATA: data },
    );
    expect(r.code, r.fout).toBe(0);
    const rijen = readFileSync(uitvoer, 'utf8')
      .trim()
      .split('\n')
      .slice(1)
      .map((l) => l.split(','));
    expect(rijen.map((x) => x.slice(0, 3))).toEqual(
      IDENTIFICATIES.map(([s]) => [s, 'v2', 'demo-v2']),
    );
    const pseudoniemen = rijen.map(([soort, versie, sleutelId, waarde]) => ({
      soort,
      versie,
      sleutel: sleutelId,
      waarde,
    }));
    const privateJwk = JSON.parse(readFileSync(sleutel, 'utf8'));
    const token = await maakToken(privateJwk, { partner: 'vtgv', gebruiker: 'medewerker-1' });
    const registratie = {
      pseudoniemen,
      rol: 'slachtoffer',
      uitbuitingsvormen: ['arbeidsuitbuiting'],
      sterkte: 'zacht',
      gemeente: 'GM0402',
      doel: 'veiligheidsbeoordeling',
    };
    const antwoord = await fetch(`${poort.url}/v1/signalen`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify(registratie),
    });
    expect(antwoord.status, await antwoord.clone().text()).toBe(201);
    // The gateway does not take the token it got at the sleutelbewaarder's door, nor the reverse.
    const sbToken = await fetch(`${sb.url}/v1/evaluaties`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ sleutel: 'demo-v2', elementen: ['A'.repeat(43)] }),
    });
    expect(sbToken.status).toBe(401);

    const bijSb = sb.bodies.join('\n');
    const bijPoort = poort.bodies.join('\n');
    const geblindeerd = sb.bodies
      .filter((b) => b.startsWith('{'))
      .flatMap((b) => (JSON.parse(b) as { elementen: string[] }).elementen);
    expect(geblindeerd.length).toBeGreaterThanOrEqual(IDENTIFICATIES.length);
    for (const e of geblindeerd) expect(bijPoort).not.toContain(e);
    for (const p of pseudoniemen) expect(bijSb).not.toContain(p.waarde as string);
    for (const veld of [
      'slachtoffer',
      'arbeidsuitbuiting',
      'GM0402',
      'veiligheidsbeoordeling',
      'pseudoniemen',
    ])
      expect(bijSb).not.toContain(veld);
    for (const [, w] of IDENTIFICATIES) {
      expect(bijSb).not.toContain(w);
      expect(bijPoort).not.toContain(w);
    }
    expect(bijSb).not.toContain('55501234');
    expect(bijSb).not.toContain('Testerman'.toLowerCase());
  }, 60_000);
});

describe('ketenpoort uitgesloten', () => {
  it('computes the demo shelter entry of policies/uitgesloten.yaml through the sleutelbewaarder', async () => {
    const url = readFileSync(join(`${data}-sleutelbewaarder`, 'url'), 'utf8').trim();
    const r = await new Promise<{ code: number | null; uit: string; fout: string }>((klaar) => {
      const p = spawn(
        process.execPath,
        [
          'bin/ketenpoort.js',
          'uitgesloten',
          'adres',
          '--sleutel',
          join(data, 'demo', 'keys', 'gemeente-hilversum.jwk.json'),
          '--omschrijving',
          'Opvang (fictief)',
          '--sleutelbewaarder',
          url,
        ],
        { env: { ...process.env, KETENPOORT_DATA: data } },
      );
      let uit = '';
      let fout = '';
      p.stdout.on('data', (d: Buffer) => {
        uit += d.toString();
      });
      p.stderr.on('data', (d: Buffer) => {
        fout += d.toString();
      });
      p.on('exit', (code) => klaar({ code, uit, fout }));
      p.stdin.end('1200 AA|1\n');
    });
    expect(r.code, r.fout).toBe(0);
    const verwacht = laadBeleid(leesBeleidBestanden('policies')).uitgesloten[0];
    expect(r.uit).toContain(`sleutel: demo-v2\n    pseudoniem: ${verwacht?.pseudoniem}\n`);
    expect(r.uit + r.fout).not.toContain('1200');
  });
});

/** Every file under `dir`, recursively. */
function bestanden(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? bestanden(p) : [p];
  });
}

describe("the gateway's side holds no OPRF key", () => {
  const demo = demoOprfSleutel();
  const geheimen = [
    OPRF_SLEUTEL_MARKER,
    base64url(demo.geheim),
    Buffer.from(demo.geheim).toString('hex'),
    Buffer.from(demo.geheim).toString('base64'),
    'ketenpoort demo-v2',
  ];

  it('nor the FG key at the sleutelbewaarder, which the demo made outside data/', async () => {
    const pad = `${data}-fg/sleutelbewaarder.jwk.json`;
    const fg = leesFgSleutel(readFileSync(pad, 'utf8'), pad);
    const bundel = join(map, 'bundel-fg');
    await schrijfWorkerBundel(leesConfiguratie({ KETENPOORT_DATA: data }), {
      module: join(bundel, 'bundel.gen.ts'),
      assets: join(bundel, 'assets'),
    });
    const teksten = [...bestanden(data), ...bestanden(bundel)].map((p) =>
      readFileSync(p).toString('latin1'),
    );
    expect(teksten.length).toBeGreaterThan(3);
    for (const tekst of teksten) {
      expect(tekst).not.toContain(FG_SLEUTEL_MARKER);
      expect(tekst).not.toContain(fg.d as string);
    }
  });

  it("the gateway's own credentials, its FG's included, get 401 at the sleutelbewaarder", async () => {
    const url = readFileSync(join(`${data}-sleutelbewaarder`, 'url'), 'utf8').trim();
    for (const naam of ['ketenpoort-fg', 'ketenpoort-jurist']) {
      const jwk = JSON.parse(readFileSync(join(data, 'demo', 'keys', `${naam}.jwk.json`), 'utf8'));
      const token = await maakToken(jwk, {
        partner: jwk.iss,
        gebruiker: 'fg-1',
        audience: 'ketenpoort-sleutelbewaarder',
      });
      const r = await fetch(`${url}/v1/evaluaties`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify({ sleutel: 'demo-v2', elementen: ['A'.repeat(43)] }),
      });
      expect(r.status, naam).toBe(401);
    }
  });

  it('refuses to start with the FG key at the sleutelbewaarder under its data folder', async () => {
    const eigen = join(map, 'weiger-fg');
    mkdirSync(join(eigen, 'fg'), { recursive: true });
    const { prive } = await nieuweFgSleutel('ketenpoort-fg-1');
    writeFileSync(join(eigen, 'fg', 'mijn.jwk.json'), JSON.stringify(prive));
    await expect(bouwDiensten(leesConfiguratie({ KETENPOORT_DATA: eigen }))).rejects.toThrow(
      /sleutel van de FG bij de sleutelbewaarder \(fg\/mijn\.jwk\.json\)/,
    );
  });

  it('uses the same marker as the key files', () => {
    expect(OPRF_SLEUTEL_MARKER).toBe(SLEUTELBESTAND_SOORT);
  });

  it('nothing in the data folder of a running demo gateway, nor in its Worker bundle', async () => {
    const inData = bestanden(data).map((p) => readFileSync(p).toString('latin1'));
    expect(inData.length).toBeGreaterThan(3);
    const bundel = join(map, 'bundel');
    const cfg = leesConfiguratie({ KETENPOORT_DATA: data });
    await schrijfWorkerBundel(cfg, {
      module: join(bundel, 'bundel.gen.ts'),
      assets: join(bundel, 'assets'),
    });
    const inBundel = bestanden(bundel).map((p) => readFileSync(p).toString('latin1'));
    for (const tekst of [...inData, ...inBundel]) {
      for (const g of geheimen) expect(tekst).not.toContain(g);
    }
    // ... while the sleutelbewaarder's own folder does hold it (the scan can find it).
    const sbMap = `${data}-sleutelbewaarder`;
    const inSb = bestanden(sbMap)
      .map((p) => readFileSync(p).toString('latin1'))
      .join('\n');
    expect(inSb).toContain(base64url(demo.geheim));
  });

  it('refuses to start with a sleutelbewaarder key anywhere under its data folder', async () => {
    const eigen = join(map, 'weiger');
    mkdirSync(join(eigen, 'ergens', 'diep'), { recursive: true });
    writeFileSync(
      join(eigen, 'ergens', 'diep', 'kopie.txt'),
      sleutelbestand(nieuweOprfSleutel('x')),
    );
    const cfg = leesConfiguratie({ KETENPOORT_DATA: eigen });
    await expect(bouwDiensten(cfg)).rejects.toThrow(
      /sleutel van de sleutelbewaarder \(ergens\/diep\/kopie\.txt\)/,
    );
  });
});
