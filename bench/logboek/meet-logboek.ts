/**
 * @module
 * Part 3 in its own process, on the pure functions of src/logboek over entry bytes made
 * here (the store does not keep the tree yet):
 * - append: canonical bytes, leaf hash and the stored-node tree (`appendLeaves`) per entry;
 *   and `store.log` of one entry per transaction into a fresh SQLite store on disk;
 * - verification: recompute every leaf hash and the root (`treeRoot`) of `regels` entries,
 *   with node:crypto and with the web-standard default hasher, against raw node:crypto;
 * - inclusion proofs from stored nodes (`proofFromNodes`) and their verification.
 * Usage: `node --import tsx bench/logboek/meet-logboek.ts <regels> <toevoegen> <bewijzen>
 * <runs> <map>`; prints one JSON line.
 */
import { join } from 'node:path';
import { willekeurigeBytes } from '../../src/logboek/blad.js';
import { entryBytes } from '../../src/logboek/entry.js';
import { webHasher } from '../../src/logboek/hash.js';
import { inclusionRanges, treeRoot, verifyInclusion } from '../../src/logboek/merkle.js';
import {
  appendLeaves,
  type NodeSource,
  proofFromNodes,
  type StoredNode,
} from '../../src/logboek/merkle-nodes.js';
import { bladVan } from '../../src/matching/plan.js';
import { nodeHasher } from '../../src/node/logboek-hash.js';
import { openSqliteStore } from '../../src/store/sqlite.js';

const PARTIJEN = ['p1', 'p2', 'p3', 'p4', 'p5', 'p6', 'p7'];

import { ZAAD } from '../gegevens/signalen.js';
import { Willekeurig } from '../lib/willekeurig.js';
import { blad, maakBladeren, RegelGenerator } from './regels.js';
import { ruweWortel } from './ruwe-wortel.js';

const [regels, toevoegen, aantalBewijzen, runsArg, map] = process.argv
  .slice(2)
  .map((a, i) => (i === 4 ? a : Number(a))) as [number, number, number, number, string];
if (!map) throw new Error('Gebruik: meet-logboek.ts <regels> <toevoegen> <bewijzen> <runs> <map>');

const seconden = (werk: () => void) => {
  const t = process.hrtime.bigint();
  werk();
  return Number(process.hrtime.bigint() - t) / 1e9;
};
const gelijk = (a: Uint8Array, b: Uint8Array) => Buffer.compare(a, b) === 0;

const bladeren = maakBladeren(regels);
const verifieer = (hasher: typeof webHasher) => {
  const leaves = new Array<Uint8Array>(bladeren.aantal);
  for (let i = 0; i < bladeren.aantal; i++) leaves[i] = hasher.leaf(blad(bladeren, i));
  return treeRoot(leaves, hasher);
};
const wortel = ruweWortel(bladeren);
if (!gelijk(verifieer(nodeHasher), wortel) || !gelijk(verifieer(webHasher), wortel))
  throw new Error('wortels verschillen: de meting zou niet hetzelfde werk vergelijken');

// The stored nodes of the whole tree, as the store will keep them, behind a NodeSource.
const blaadjes = Array.from({ length: bladeren.aantal }, (_, i) =>
  nodeHasher.leaf(blad(bladeren, i)),
);
const knopen = new Map<number, Uint8Array>();
for (const n of appendLeaves([], blaadjes, nodeHasher).nodes) knopen.set(sleutel(n), n.hash);
const bron: NodeSource = async (adressen) =>
  adressen.map((a) => ({ ...a, hash: knopen.get(sleutel(a))! }));
function sleutel(a: { level: number; index: number }) {
  return a.level * 2 ** 32 + a.index;
}

const runs = [];
for (let run = 0; run < runsArg; run++) {
  const ons = seconden(() => verifieer(nodeHasher));
  const web = seconden(() => verifieer(webHasher));
  const ceiling = seconden(() => ruweWortel(bladeren));
  runs.push({
    ons,
    web,
    ruw: ceiling,
    ...(await toevoegenPerSeconde(run)),
    ...(await bewijzen(run)),
  });
}
console.log(
  JSON.stringify({
    runs,
    bytes: bladeren.bytes.length,
    regels,
    toevoegen,
    bewijzen: aantalBewijzen,
  }),
);

/** Appends per second: canonical bytes into the pure stored-node tree, and through the store. */
async function toevoegenPerSeconde(run: number) {
  const g = new RegelGenerator(ZAAD + 10 + run);
  const entries = Array.from({ length: toevoegen }, (_, i) => g.entry(i + 1));
  let frontier: StoredNode[] = [];
  let opgeslagen = 0;
  const boom = seconden(() => {
    for (const e of entries) {
      const r = appendLeaves(frontier, [nodeHasher.leaf(entryBytes(e))], nodeHasher);
      frontier = r.frontier;
      opgeslagen += r.nodes.length;
    }
  });
  if (opgeslagen < toevoegen) throw new Error('te weinig knopen');
  const store = openSqliteStore(join(map, `logboek-${run}.sqlite`));
  const geplande = Array.from({ length: toevoegen }, () => g.gepland());
  const nu = Date.now();
  const t = process.hrtime.bigint();
  // One transaction and one leaf per entry, as requests arrive one after another; salts for
  // the seven partners of the example policy and the gateway.
  for (const e of geplande) {
    await store.legVast(nu, bladVan([e], PARTIJEN, willekeurigeBytes));
  }
  const viaStore = Number(process.hrtime.bigint() - t) / 1e9;
  await store.close();
  return { boom: toevoegen / boom, store: toevoegen / viaStore };
}

/** Inclusion proofs per second from the stored nodes of the whole tree, and their checks. */
async function bewijzen(run: number) {
  const r = new Willekeurig(ZAAD + 20 + run);
  const grootte = bladeren.aantal;
  const indices = Array.from({ length: aantalBewijzen }, () => r.tot(grootte));
  const proofs: Uint8Array[][] = [];
  const maken =
    Number(
      await (async () => {
        const t = process.hrtime.bigint();
        for (const i of indices)
          proofs.push(await proofFromNodes(inclusionRanges(i, grootte), bron, nodeHasher));
        return process.hrtime.bigint() - t;
      })(),
    ) / 1e9;
  let goed = 0;
  const controleren = seconden(() => {
    for (const [k, i] of indices.entries()) {
      if (verifyInclusion(i, grootte, blaadjes[i]!, proofs[k]!, wortel, nodeHasher)) goed += 1;
    }
  });
  if (goed !== indices.length) throw new Error(`${indices.length - goed} bewijzen kloppen niet`);
  return { maken: aantalBewijzen / maken, controleren: aantalBewijzen / controleren };
}
