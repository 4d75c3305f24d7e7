/**
 * CPU per leaf of the verification in parts (issue 13 item 4), as GET /v1/logboek/verificatie
 * runs it on a Worker: `verifieerDeel` with the web-standard hasher (no node:crypto), parts of
 * `--deel` leaves, over a SQLite store of `--bladen` leaves (one entry each, a signed
 * checkpoint every 100 leaves). Prints the CPU per leaf and per part and extrapolates to
 * 10,000,000 leaves. D1's own read cost is not in it (workerd is not measured here).
 *
 * npx tsx bench/logboek/verificatie-delen.ts [--bladen 20000] [--deel 2000]
 */
import { parseArgs } from 'node:util';
import { maakCheckpoint } from '../../src/logboek/checkpointer.js';
import { beleidGeladenEntry } from '../../src/logboek/geplande-entry.js';
import { logVerifier, nieuweSleutel } from '../../src/logboek/sleutels.js';
import { verifieerDeel } from '../../src/logboek/verifieer-deel.js';
import { openSqliteStore } from '../../src/store/sqlite.js';
import { verificatieBron } from '../../src/store/verificatie-bron.js';

const { values } = parseArgs({
  options: {
    bladen: { type: 'string', default: '20000' },
    deel: { type: 'string', default: '2000' },
  },
});
const n = Number(values.bladen);
const deel = Number(values.deel);
const store = openSqliteStore(':memory:');
const sleutel = await nieuweSleutel('bench.ketenpoort.example/logboek');
const nu = Date.parse('2026-03-02T09:00:00.000Z');
for (let i = 1; i <= n; i += 1) {
  await store.legVast(nu + i, {
    entries: [beleidGeladenEntry(`hash-${i % 7}`)],
    meldingen: [],
    zouten: { ketenpoort: new Uint8Array(32).fill(i % 251) },
  });
  if (i % 100 === 0) await maakCheckpoint(store.boom, sleutel.ondertekenaar, nu + i);
}
const bron = verificatieBron(store.boom);
const opties = { log: logVerifier(sleutel.ondertekenaar) };
const begin = process.cpuUsage();
let delen = 0;
let stap = await verifieerDeel(bron, opties, undefined, deel);
for (delen = 1; stap.vervolg; delen += 1)
  stap = await verifieerDeel(bron, opties, stap.vervolg, deel);
const cpu = process.cpuUsage(begin);
const ms = (cpu.user + cpu.system) / 1000;
if (!stap.uitslag.geldig || stap.uitslag.bladen !== n) throw new Error('de verificatie klopt niet');
const perBlad = (ms * 1000) / n;
console.log(
  `${n} bladen in ${delen} delen van ${deel}: ${ms.toFixed(0)} ms CPU, ${perBlad.toFixed(1)} µs per blad, ${((perBlad * deel) / 1000).toFixed(0)} ms per deel; 10.000.000 bladen: ${((perBlad * 1e7) / 1e6).toFixed(0)} s CPU in ${Math.ceil(1e7 / deel)} verzoeken`,
);
await store.close();
