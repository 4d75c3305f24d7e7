import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KetenpoortClient } from '../src/client/client.js';
import { LogboekClient } from '../src/client/logboek-client.js';
import { leesBeleidBestanden } from '../src/node/beleid-lezen.js';
import { laadBeleid } from '../src/policy/index.js';
import { draai, type GatewayProces, startGatewayProces } from './helpers/gateway-proces.js';
import {
  DEMO_VASTGEPIND,
  SLEUTELBEWAARDER_URL,
  sleutelbewaarderInProces,
} from './helpers/sleutelbewaarder.js';

const _tsx = join('node_modules', '.bin', 'tsx');
const map = mkdtempSync(join(tmpdir(), 'ketenpoort-getuige-'));
const data = join(map, 'data');
const servers: GatewayProces[] = [];

async function startServer(env: Record<string, string>): Promise<string> {
  const gateway = await startGatewayProces(env);
  servers.push(gateway);
  return gateway.url;
}

function ketenpoort(args: string[], env: Record<string, string> = {}) {
  return draai(process.execPath, ['bin/ketenpoort.js', ...args], {
    ...process.env,
    KETENPOORT_DATA: data,
    ...env,
  });
}

const getuige = (url: string, partner: string, staat = join(map, `${partner}-staat.json`)) =>
  ketenpoort([
    'getuige',
    '--gateway',
    url,
    '--sleutel',
    join(data, 'demo', 'keys', `${partner}.jwk.json`),
    '--getuigesleutel',
    join(data, 'demo', 'getuigen', `${partner}.skey`),
    '--logsleutel',
    join(data, 'demo', 'logboek.vkey'),
    '--staat',
    staat,
  ]);

let url = '';

const beleid = laadBeleid(leesBeleidBestanden('policies'));

async function registreer(partner: string) {
  const client = new KetenpoortClient({
    basisUrl: url,
    partner,
    gebruiker: 'medewerker-1',
    privateJwk: JSON.parse(readFileSync(join(data, 'demo', 'keys', `${partner}.jwk.json`), 'utf8')),
    pseudoniemen: {
      versie: 'v2',
      sleutelbewaarder: SLEUTELBEWAARDER_URL,
      vastgepind: DEMO_VASTGEPIND,
    },
    fetch: sleutelbewaarderInProces(join(data, 'demo', 'keys')).fetch,
  });
  await client.registreer({
    identificatie: [{ soort: 'telefoon', waarde: '06-55512345' }],
    rol: 'slachtoffer',
    uitbuitingsvormen: ['arbeidsuitbuiting'],
    sterkte: 'hard',
    gemeente: 'GM0402',
    doel: [...beleid.doelen.keys()].find((d) => beleid.magOntvangen(partner, d))!,
  });
}

beforeAll(async () => {
  url = await startServer({ KETENPOORT_DATA: data });
});

afterAll(() => {
  for (const s of servers) s.stop();
  rmSync(map, { recursive: true, force: true });
});

describe('getuigen en verificatie op de opdrachtregel', () => {
  it('twee getuigen, drie checkpoints; verifieer telt de cosignaturen per checkpoint', async () => {
    for (const partner of ['gemeente-hilversum', 'vtgv', 'zorgcoordinator-gv']) {
      await registreer(partner);
      const r = await getuige(url, 'vtgv');
      expect(r.code, r.fout).toBe(0);
      expect(r.uit).toMatch(/Checkpoint \d+ van demo\.ketenpoort\.example\/logboek gecontroleerd/);
    }
    const tweede = await getuige(url, 'tmm');
    expect(tweede.code, tweede.fout).toBe(0);
    expect(tweede.uit).toContain('dit checkpoint heeft nu 2 getuige(n)');

    const v = await ketenpoort(['logboek', 'verifieer']);
    expect(v.code, v.uit + v.fout).toBe(0);
    expect(v.uit).toContain('Alles klopt');
    expect(v.uit.match(/: 1 getuige\(n\) \(getuige-vtgv\)/g)).toHaveLength(2);
    expect(v.uit).toMatch(/checkpoint \d+: 2 getuige\(n\) \(getuige-tmm, getuige-vtgv\)/);
  });

  it('offline: de canonieke export plus het checkpoint klopt, met de cosignaturen in de note', async () => {
    const exportBestand = join(map, 'logboek.jsonl');
    const e = await ketenpoort([
      'logboek',
      'export',
      '--velden',
      'canoniek',
      '--uit',
      exportBestand,
    ]);
    expect(e.code, e.fout).toBe(0);
    const vtgv = JSON.parse(readFileSync(join(data, 'demo', 'keys', 'vtgv-fg.jwk.json'), 'utf8'));
    const fg = new LogboekClient({
      basisUrl: url,
      partner: 'vtgv',
      gebruiker: 'fg',
      privateJwk: vtgv,
    });
    const checkpointBestand = join(map, 'checkpoint.txt');
    writeFileSync(checkpointBestand, (await fg.checkpoint()).note);
    const getuigen = readFileSync(join(data, 'getuigen.txt'), 'utf8').split('\n');
    const r = await ketenpoort([
      'logboek',
      'verifieer',
      '--export',
      exportBestand,
      '--checkpoint',
      checkpointBestand,
      '--sleutel',
      join(data, 'demo', 'logboek.vkey'),
      '--getuige',
      getuigen.find((g) => g.startsWith('getuige-tmm+'))!,
      '--getuige',
      getuigen.find((g) => g.startsWith('getuige-vtgv+'))!,
    ]);
    expect(r.code, r.uit + r.fout).toBe(0);
    expect(r.uit).toMatch(/checkpoint \d+: 2 getuige\(n\) \(getuige-tmm, getuige-vtgv\)/);
  });

  it('een gewijzigde regel laat verifieer falen met het nummer van de regel of van haar blad', async () => {
    const db = new Database(join(data, 'ketenpoort.sqlite'));
    // Still canonical, another employee: no longer what the leaf of the request holds.
    const { volgnummer, blad, inhoud } = db
      .prepare(
        `SELECT volgnummer, blad, inhoud FROM logboek WHERE inhoud LIKE '%"gebruiker":"medewerker-1"%' ORDER BY volgnummer LIMIT 1`,
      )
      .get() as { volgnummer: number; blad: number; inhoud: string };
    const zet = db.prepare('UPDATE logboek SET inhoud = ? WHERE volgnummer = ?');
    zet.run(inhoud.replace('"medewerker-1"', '"medewerker-9"'), volgnummer);
    const b = await ketenpoort(['logboek', 'verifieer']);
    expect(b.code).toBe(1);
    expect(b.uit).toContain('FOUT: het logboek klopt niet (1 bevinding(en))');
    expect(b.uit).toMatch(
      new RegExp(`\\n  blad ${blad}: .*het deel van ketenpoort past niet bij de logboekregels`),
    );
    expect(b.uit).toContain(`Eerste foute plaats: blad ${blad}.`);
    zet.run(inhoud, volgnummer);
    // Not canonical any more, though it reads as the same entry: found at the entry itself.
    db.prepare(
      `UPDATE logboek SET inhoud = replace(inhoud, '"actie":"', '"actie": "') WHERE volgnummer = 3`,
    ).run();
    db.close();
    const r = await ketenpoort(['logboek', 'verifieer']);
    expect(r.code).toBe(1);
    expect(r.uit).toContain('FOUT: het logboek klopt niet (1 bevinding(en))');
    expect(r.uit).toContain('  regel 3: de inhoud is niet de canonieke vorm');
    expect(r.uit).toContain('Eerste foute plaats: regel 3.');
  });

  it('een getuige weigert een gesplitst logboek onder dezelfde sleutel en bewaart niets', async () => {
    const staat = join(map, 'vtgv-staat.json');
    const voor = readFileSync(staat, 'utf8');
    // The demo setup writes its ketensleutel under <data>/demo even with a keys folder elsewhere.
    mkdirSync(join(map, 'vals', 'demo'), { recursive: true });
    const vals = await startServer({
      KETENPOORT_DATA: join(map, 'vals'),
      KETENPOORT_CHECKPOINTSLEUTEL: readFileSync(join(data, 'checkpointsleutel'), 'utf8').trim(),
      KETENPOORT_SLEUTELS: join(data, 'demo', 'keys'),
    });
    const r = await getuige(vals, 'vtgv', staat);
    expect(r.code).toBe(1);
    expect(r.fout).toContain('GEWEIGERD');
    expect(r.fout).toContain('fork');
    expect(readFileSync(staat, 'utf8')).toBe(voor);
  });
});
