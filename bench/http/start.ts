/**
 * @module
 * The gateway's start on the benchmark's pre-loaded signals, and what a partner notices of the
 * start's run of the hourly job (issue 13): the gateway (`node --import tsx src/node.ts`, as in
 * the benchmark) on a copy of the stock, `/v1/health` asked every 20 ms for `--seconden`,
 * the time to its first answer, when the job reported done, and the slowest answers after.
 * Usage: `npx tsx bench/http/start.ts [--signalen 1000000] [--seconden 30]`.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { leesBeleidBestanden } from '../../src/node/beleid-lezen.js';
import { zorgVoorDemo } from '../../src/node/demo-opzet.js';
import { START_KLAAR } from '../../src/node/gateway.js';
import { laadBeleid } from '../../src/policy/index.js';
import { kopieer, zorgVoorVoorraad } from '../gegevens/vooraf-laden.js';
import { gatewayOmgeving, schrijfBenchBeleid } from '../lib/context.js';
import { ROOT, stopProces, TSX, vrijePoort } from '../lib/proces.js';

const { values } = parseArgs({
  options: {
    signalen: { type: 'string', default: '1000000' },
    seconden: { type: 'string', default: '30' },
  },
});
const werkmap = mkdtempSync(join(tmpdir(), 'ketenpoort-start-'));
let gateway: ChildProcess | undefined;
try {
  const beleidMap = schrijfBenchBeleid(werkmap);
  const beleid = laadBeleid(leesBeleidBestanden(beleidMap));
  const sleutelmap = join(werkmap, 'data', 'demo', 'keys');
  await zorgVoorDemo(join(werkmap, 'data'), sleutelmap, beleid);
  const voorraad = await zorgVoorVoorraad(beleid, Number(values.signalen), console.error);
  const db = join(werkmap, 'gateway.sqlite');
  kopieer(voorraad, db);
  const poort = await vrijePoort();
  const env = { ...process.env, ...gatewayOmgeving(werkmap, sleutelmap, beleidMap)(db, poort) };
  const t0 = performance.now();
  const sinds = () => (performance.now() - t0) / 1000;
  const s = (x: number | undefined) => (x === undefined ? '-' : x.toFixed(1).replace('.', ','));
  let klaar: number | undefined;
  gateway = spawn(process.execPath, [...TSX, 'src/node.ts'], {
    cwd: ROOT,
    env,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  gateway.stdout?.on('data', (d) => {
    if (klaar === undefined && String(d).includes(START_KLAAR)) klaar = sinds();
  });
  let eerste: number | undefined;
  const antwoorden: Array<{ op: number; ms: number }> = [];
  while (sinds() < Number(values.seconden)) {
    const a = performance.now();
    try {
      await (await fetch(`http://127.0.0.1:${poort}/v1/health`)).arrayBuffer();
      eerste ??= sinds();
      antwoorden.push({ op: (a - t0) / 1000, ms: performance.now() - a });
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 20));
  }
  const traagst = [...antwoorden].sort((a, b) => b.ms - a.ms).slice(0, 8);
  console.log(`${voorraad.aantal.toLocaleString('nl-NL')} opgeslagen signalen`);
  console.log(`eerste antwoord op /v1/health na ${s(eerste)} s`);
  console.log(`"${START_KLAAR}" na ${s(klaar)} s`);
  console.log(
    `traagste antwoorden (op s: ms): ${traagst.map((x) => `${s(x.op)}: ${Math.round(x.ms)}`).join('; ')}`,
  );
} finally {
  if (gateway) await stopProces(gateway);
  rmSync(werkmap, { recursive: true, force: true });
}
