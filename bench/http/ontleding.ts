/**
 * @module
 * Where the CPU of one request goes, measured in one process without network: the whole
 * request through `app.fetch`, and its steps on their own (token check, single-use token
 * record, registration or overlap through the store). CPU time, not wall time, so the
 * figures hold on a busy machine. On the pre-loaded database of `npm run bench` (copied).
 * Usage: `npx tsx bench/http/ontleding.ts [aantal] [--quick]`.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { maakApp } from '../../src/api/app.js';
import { leesConfiguratie } from '../../src/config/env.js';
import { leesBeleidBestanden } from '../../src/node/beleid-lezen.js';
import { zorgVoorDemo } from '../../src/node/demo-opzet.js';
import { bouwDiensten } from '../../src/node/gateway.js';
import { laadBeleid } from '../../src/policy/index.js';
import { herbereken } from '../../src/use-cases/herberekenen.js';
import { registreer } from '../../src/use-cases/registreren.js';
import { SignaalGenerator, ZAAD } from '../gegevens/signalen.js';
import { kopieer, zorgVoorVoorraad } from '../gegevens/vooraf-laden.js';
import { gatewayOmgeving, SNEL, schrijfBenchBeleid, VOLLEDIG } from '../lib/context.js';
import { tokenMaker } from '../lib/token.js';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { quick: { type: 'boolean', default: false } },
});
const n = Number(positionals[0] ?? 2000);
const werkmap = mkdtempSync(join(tmpdir(), 'ketenpoort-ontleding-'));
const beleidMap = schrijfBenchBeleid(werkmap);
const beleid = laadBeleid(leesBeleidBestanden(beleidMap));
const sleutelmap = join(werkmap, 'data/demo/keys');
await zorgVoorDemo(join(werkmap, 'data'), sleutelmap, beleid);
const voorraad = await zorgVoorVoorraad(
  beleid,
  (values.quick ? SNEL : VOLLEDIG).signalen,
  console.error,
);
const db = join(werkmap, 'gateway.sqlite');
kopieer(voorraad, db);
const d = await bouwDiensten(
  leesConfiguratie(gatewayOmgeving(werkmap, sleutelmap, beleidMap)(db, 0)),
);
const app = maakApp(d);
const teken = tokenMaker(sleutelmap);
const gen = new SignaalGenerator(beleid, ZAAD + 1000, {
  eerder: voorraad.pseudoniemen,
  overlap: 0.1,
});
const nuS = Math.floor(Date.now() / 1000);
let jti = 0;
const regels: string[] = [];

/**
 * Mean CPU µs (user + system) of `f` over `n` calls, after `n / 10` warm-up calls; `voor`
 * makes each call's input (tokens, bodies) beforehand, outside the measurement.
 */
async function meet<T>(naam: string, voor: () => T, f: (x: T, i: number) => Promise<unknown>) {
  const warm = Math.ceil(n / 10);
  const invoer = Array.from({ length: warm + n }, voor);
  for (let i = 0; i < warm; i++) await f(invoer[i]!, i);
  const c0 = process.cpuUsage();
  for (let i = warm; i < warm + n; i++) await f(invoer[i]!, i);
  const c = process.cpuUsage(c0);
  const us = (c.user + c.system) / n;
  regels.push(`${naam.padEnd(58)} ${us.toFixed(0).padStart(6)} µs CPU`);
}

const post = () => {
  const s = gen.volgende();
  return { token: teken(s.partner, nuS, jti++), s };
};
const vraag = (pad: string, token: string, body?: string) =>
  app.fetch(
    new Request(`http://gateway${pad}`, {
      method: body ? 'POST' : 'GET',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      ...(body ? { body } : {}),
    }),
  );
const steekproef = voorraad.steekproef;
const identiteit = (partner: string) => ({
  partner,
  gebruiker: 'bench-1',
  rollen: ['partner' as const],
  jti: 'x',
  aanvaardTot: Date.now() + 300_000,
});
const verzoek = { id: 'urn:uuid:bench', traceparent: null };

await meet(
  'GET /v1/health: vloer van app.fetch (Request, Response) hier',
  () => 0,
  async () => {
    const r = await app.fetch(new Request('http://gateway/v1/health'));
    await r.arrayBuffer();
  },
);
await meet('  token controleren (EdDSA, jose)', post, ({ token }) => d.verifieerToken(token));
await meet(
  '  token eenmalig vastleggen (eigen transactie)',
  () => `bench\u0000${jti++}`,
  (sleutel) => d.store.gebruikTokenEenmaal(sleutel, Date.now() + 300_000, Date.now()),
);
await meet('  registreer: beleid, opslagpseudoniemen, koppel, commit', post, ({ s }) => {
  return registreer({ diensten: d, identiteit: identiteit(s.partner), verzoek }, s.registratie);
});
await meet('POST /v1/signalen, heel (app.fetch)', post, async ({ token, s }) => {
  const r = await vraag('/v1/signalen', token, JSON.stringify(s.registratie));
  if (r.status !== 201) throw new Error(`status ${r.status}: ${await r.text()}`);
  await r.arrayBuffer();
});
let k = 0;
const eigen = () => {
  const x = steekproef[k++ % steekproef.length]!;
  return { ...x, token: teken(x.partner, nuS, jti++) };
};
await meet('  registreer en daarna checkpoint ondertekenen (standaard)', post, async ({ s }) => {
  await registreer({ diensten: d, identiteit: identiteit(s.partner), verzoek }, s.registratie);
  await d.logboek.checkpoint();
});
await meet('GET /v1/signalen/{id}/overlap, heel (app.fetch)', eigen, async (x) => {
  const r = await vraag(`/v1/signalen/${x.id}/overlap`, x.token);
  if (r.status !== 200) throw new Error(`status ${r.status}: ${await r.text()}`);
  await r.arrayBuffer();
});
await meet('  token controleren (EdDSA, jose)', eigen, ({ token }) => d.verifieerToken(token));
await meet('  signaal lezen + koppel opnieuw (transactie)', eigen, async (x) => {
  await herbereken({ diensten: d, identiteit: identiteit(x.partner), verzoek }, x.id);
});
await d.store.close();
rmSync(werkmap, { recursive: true, force: true });
console.log(
  `CPU per verzoek en per stap, gemiddeld over ${n} (${voorraad.aantal.toLocaleString('nl-NL')} opgeslagen signalen):\n${regels.join('\n')}`,
);
