/**
 * @module
 * The example policies expressed as Cedar policies, so Cedar-wasm can take the same
 * decisions as our compiled two-key table. One Cedar policy per rule:
 * - every `verstrekken` rule is a `permit` (annotated with its gegevens);
 * - every `verboden` rule is a `forbid`, which Cedar lets override any permit;
 * - the second key is one `forbid ... unless` per partner: no disclosure for a doel the
 *   recipient may not receive for;
 * - a partner never receives about its own signals (`zelf`).
 * The principal is the recipient, the resource the signal (bron, uitbuitingsvormen,
 * sterkte, rol) and the context holds the doel.
 */
import type { Beleid, Besluit, Vraag } from '../../src/policy/beleid.js';
import { ROLLEN, STERKTES, UITBUITINGSVORMEN, VELDEN } from '../../src/policy/categorieen.js';
import { type Cel, TABEL, type Tabel, type Voorwaarde } from '../../src/policy/tabel.js';

const NS = 'Ketenpoort';
const ACTIE = { type: `${NS}::Action`, id: 'verstrek' };

/** The Cedar policy set: policy id -> policy text; `gegevens` per permit id. */
export interface CedarBeleid {
  policies: Record<string, string>;
  gegevens: Map<string, readonly string[]>;
}

interface Regel {
  effect: 'permit' | 'forbid';
  id: string;
  voorwaarde: Voorwaarde;
  gegevens: readonly string[];
  bronnen: Set<string>;
  ontvangers: Set<string>;
  doelen: Set<string>;
  cellen: number;
}

/** Translates the compiled policy set into Cedar. Throws if a rule does not span a product. */
export function naarCedar(beleid: Beleid): CedarBeleid {
  const tabel = (beleid as Beleid & { [TABEL]?: Tabel })[TABEL];
  if (!tabel) throw new Error('beleid zonder beslistabel');
  const regels = new Map<object, Regel>();
  const voeg = (r: object, effect: Regel['effect'], id: string, v: Voorwaarde, c: Cel, g = 0) => {
    let regel = regels.get(r);
    if (!regel) {
      const gegevens = VELDEN.filter((_, i) => i === 0 || (g & (1 << i)) !== 0);
      regel = {
        effect,
        id,
        voorwaarde: v,
        gegevens,
        bronnen: new Set(),
        ontvangers: new Set(),
        doelen: new Set(),
        cellen: 0,
      };
      regels.set(r, regel);
    }
    regel.bronnen.add(c.bron);
    regel.ontvangers.add(c.ontvanger);
    regel.doelen.add(c.doel);
    regel.cellen += 1;
  };
  for (const perOntvanger of tabel.cellen.values())
    for (const perDoel of perOntvanger.values())
      for (const c of perDoel.values()) {
        for (const t of c.toestaan) voeg(t, 'permit', t.id, t, c, t.gegevens);
        for (const v of c.verbieden) voeg(v, 'forbid', v.id, v, c);
      }
  const policies: Record<string, string> = {};
  const gegevens = new Map<string, readonly string[]>();
  for (const r of regels.values()) {
    const zelf = [...r.bronnen].filter((b) => r.ontvangers.has(b)).length;
    if (r.cellen !== (r.bronnen.size * r.ontvangers.size - zelf) * r.doelen.size)
      throw new Error(`regel ${r.id} beslaat geen product van bronnen, ontvangers en doelen`);
    policies[r.id] = regelPolicy(r);
    if (r.effect === 'permit') gegevens.set(r.id, r.gegevens);
  }
  for (const partner of tabel.partners.keys()) {
    const doelen = [...(tabel.ontvangen.get(partner)?.keys() ?? [])];
    policies[`tweede-sleutel:${partner}`] =
      `forbid (principal == ${partnerUid(partner)}, action == ${NS}::Action::"verstrek", resource)${doelen.length ? `\nunless { ${lijst(doelen)}.contains(context.doel) }` : ''};`;
  }
  policies.zelf = `forbid (principal, action, resource) when { principal == resource.bron };`;
  return { policies, gegevens };
}

function regelPolicy(r: Regel): string {
  const v = r.voorwaarde;
  const delen = [
    `${entiteiten([...r.ontvangers])}.contains(principal)`,
    `${entiteiten([...r.bronnen])}.contains(resource.bron)`,
    `${lijst([...r.doelen])}.contains(context.doel)`,
  ];
  if (v.vormen)
    delen.push(`resource.uitbuitingsvormen.containsAny(${bits(UITBUITINGSVORMEN, v.vormen)})`);
  if (v.sterktes) delen.push(`${bits(STERKTES, v.sterktes)}.contains(resource.sterkte)`);
  if (v.rollen) delen.push(`${bits(ROLLEN, v.rollen)}.contains(resource.rol)`);
  return `${r.effect} (principal, action == ${NS}::Action::"verstrek", resource)\nwhen {\n  ${delen.join(' &&\n  ')}\n};`;
}

/** The Cedar request for one question, built before timing. */
export function cedarVerzoek(vraag: Vraag, policySet: string) {
  const resource = { type: `${NS}::Signaal`, id: 's' };
  return {
    principal: { type: `${NS}::Partner`, id: vraag.ontvanger },
    action: ACTIE,
    resource,
    context: { doel: vraag.doel },
    preparsedPolicySetId: policySet,
    entities: [
      {
        uid: resource,
        attrs: {
          bron: { __entity: { type: `${NS}::Partner`, id: vraag.bron } },
          uitbuitingsvormen: [...vraag.signaal.uitbuitingsvormen],
          sterkte: vraag.signaal.sterkte,
          rol: vraag.signaal.rol,
        },
        parents: [],
      },
    ],
  };
}

/**
 * One outcome in words both engines can be compared on: allowed with which rules and
 * gegevens, denied by which verboden, or denied for lack of a permission (either key).
 */
export function uitkomstOns(b: Besluit): string {
  if (b.toegestaan) return `toestaan ${[...b.regels].sort()} ${b.gegevens}`;
  if (b.regels.length === 1 && b.regels[0] === 'standaard-weigering') return 'weigeren';
  return `verbod ${[...b.regels].sort()}`;
}

export function uitkomstCedar(c: CedarBeleid, beslissing: string, redenen: readonly string[]) {
  if (beslissing === 'allow') {
    const velden = new Set(redenen.flatMap((r) => c.gegevens.get(r) ?? []));
    return `toestaan ${[...redenen].sort()} ${VELDEN.filter((v) => velden.has(v))}`;
  }
  const verboden = redenen.filter((r) => r !== 'zelf' && !r.startsWith('tweede-sleutel:'));
  return verboden.length ? `verbod ${verboden.sort()}` : 'weigeren';
}

function partnerUid(id: string): string {
  return `${NS}::Partner::${JSON.stringify(id)}`;
}

function entiteiten(ids: string[]): string {
  return `[${ids.sort().map(partnerUid).join(', ')}]`;
}

function lijst(waarden: string[]): string {
  return `[${waarden
    .sort()
    .map((w) => JSON.stringify(w))
    .join(', ')}]`;
}

function bits(lijstWaarden: readonly string[], b: number): string {
  return lijst(lijstWaarden.filter((_, i) => (b & (1 << i)) !== 0));
}
