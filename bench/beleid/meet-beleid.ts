/**
 * @module
 * Part 2 in its own process: decisions per second of our compiled two-key decision
 * (`beslis`) and of Cedar-wasm (`statefulIsAuthorized` on a pre-parsed policy set) over the
 * same questions about the example policies. First checks that both engines decide every
 * question the same way (allow/deny, rules, gegevens); refuses to time them otherwise.
 * Usage: `node --import tsx bench/beleid/meet-beleid.ts <vragen> <seconden> <opwarmen> <runs>
 * [uit.cedar]`;
 * prints one JSON line, and writes the Cedar policies to `uit.cedar` when given.
 */
import { writeFileSync } from 'node:fs';
import * as cedar from '@cedar-policy/cedar-wasm/nodejs';
import { leesBeleidBestanden } from '../../src/node/beleid-lezen.js';
import type { Vraag } from '../../src/policy/beleid.js';
import { ROLLEN, STERKTES, UITBUITINGSVORMEN } from '../../src/policy/categorieen.js';
import { type Beleid, beslis, laadBeleid } from '../../src/policy/index.js';
import { ZAAD } from '../gegevens/signalen.js';
import { ROOT } from '../lib/proces.js';
import { Willekeurig } from '../lib/willekeurig.js';
import { cedarVerzoek, naarCedar, uitkomstCedar, uitkomstOns } from './cedar.js';

const [aantal = '10000', seconden = '2', opwarmen = '3', runsArg = '3', uitCedar] =
  process.argv.slice(2);
const beleid = laadBeleid(leesBeleidBestanden(`${ROOT}/policies`));
const vragen = maakVragen(beleid, Number(aantal));
const c = naarCedar(beleid);
const geparsd = cedar.preparsePolicySet('ketenpoort', { staticPolicies: c.policies });
if (geparsd.type !== 'success')
  throw new Error(`Cedar weigert het beleid: ${JSON.stringify(geparsd)}`);
if (uitCedar) {
  const tekst = Object.entries(c.policies).map(([id, p]) => `@id(${JSON.stringify(id)})\n${p}`);
  writeFileSync(
    uitCedar,
    `// Gegenereerd door bench/beleid/cedar.ts uit policies/.\n\n${tekst.join('\n\n')}\n`,
  );
}
const verzoeken = vragen.map((v) => cedarVerzoek(v, 'ketenpoort'));

// Same decisions, or no comparison at all.
let toegestaan = 0;
for (const [i, v] of vragen.entries()) {
  const ons = uitkomstOns(beslis(beleid, v));
  const a = cedar.statefulIsAuthorized(verzoeken[i] as never);
  if (a.type !== 'success') throw new Error(`Cedar-fout: ${JSON.stringify(a.errors)}`);
  const zij = uitkomstCedar(c, a.response.decision, a.response.diagnostics.reason);
  if (ons !== zij)
    throw new Error(`verschil bij ${JSON.stringify(v)}:\n  ons:   ${ons}\n  Cedar: ${zij}`);
  if (a.response.decision === 'allow') toegestaan += 1;
}

/** Decisions per second over the questions, looping for at least `s` seconds. */
function tempo(s: number, een: (i: number) => unknown): number {
  const n = vragen.length;
  let gedaan = 0;
  let x = 0;
  const t0 = process.hrtime.bigint();
  const eind = t0 + BigInt(Math.round(s * 1e9));
  let t = t0;
  let i = 0;
  while (t < eind) {
    // Look at the clock every 64 decisions: often enough for slow engines, rarely for fast ones.
    for (let k = 0; k < 64; k++) {
      if (een(i)) x += 1;
      i = i + 1 === n ? 0 : i + 1;
    }
    gedaan += 64;
    t = process.hrtime.bigint();
  }
  if (x < 0) console.error(x); // keeps the results alive
  return gedaan / (Number(t - t0) / 1e9);
}

const ons = (i: number) => beslis(beleid, vragen[i]!).toegestaan;
const zij = (i: number) => {
  const a = cedar.statefulIsAuthorized(verzoeken[i] as never);
  return a.type === 'success' && a.response.decision === 'allow';
};
// Warm-up: our cache fills, and Cedar's wasm gets its optimised tier.
tempo(Number(opwarmen), ons);
tempo(Number(opwarmen), zij);
const runs: Array<{ ons: number; cedar: number }> = [];
for (let r = 0; r < Number(runsArg); r++)
  runs.push({ ons: tempo(Number(seconden), ons), cedar: tempo(Number(seconden), zij) });

console.log(
  JSON.stringify({
    runs,
    vragen: vragen.length,
    toegestaan,
    cedarPolicies: Object.keys(c.policies).length,
    cedarVersie: cedar.getCedarVersion(),
  }),
);

/** Questions over every known partner pair and doel, with random signal categories. */
function maakVragen(b: Beleid, n: number): Vraag[] {
  const r = new Willekeurig(ZAAD + 2);
  const partners = [...b.partners.keys()];
  const doelen = [...b.doelen.keys()];
  return Array.from({ length: n }, () => {
    const bron = r.kies(partners);
    const ontvanger = r.kans(0.03) ? bron : r.kies(partners);
    const vormen = new Set([r.kies(UITBUITINGSVORMEN)]);
    if (r.kans(0.2)) vormen.add(r.kies(UITBUITINGSVORMEN));
    return {
      bron,
      ontvanger,
      doel: r.kies(doelen),
      signaal: { uitbuitingsvormen: [...vormen], sterkte: r.kies(STERKTES), rol: r.kies(ROLLEN) },
    };
  });
}
