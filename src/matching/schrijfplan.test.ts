/**
 * The write plan both stores execute: numbering, openings, notices and the tree nodes,
 * checked against an independent root computation.
 */
import { describe, expect, it } from 'vitest';
import { entryTekst } from '../logboek/entry.js';
import { beleidGeladenEntry, vernietigingEntry } from '../logboek/geplande-entry.js';
import { leafHash, treeRoot } from '../logboek/merkle.js';
import { frontierRoot } from '../logboek/merkle-nodes.js';
import type { Plan } from './plan.js';
import { type Stand, schrijfplan } from './schrijfplan.js';

const NU = Date.parse('2026-03-02T09:00:00.000Z');
const LEEG: Stand = { entries: 0, bladeren: 0, frontier: [], achterstand: [] };
const bytes = (t: string) => new TextEncoder().encode(t);

function plan(n: number): Plan {
  const entries = Array.from({ length: n }, (_, i) => ({
    ...beleidGeladenEntry(`hash-${i}`),
    opening: i % 2 === 0 ? new Uint8Array(16).fill(i) : null,
    openingVervaltOp: NU + i,
  }));
  return {
    entries,
    meldingen: [{ partner: 'vtgv', signaalId: 's', inhoud: { bestaan: true }, entry: 1 }],
  };
}

describe('schrijfplan', () => {
  it('nummert na de laatste regel, koppelt openingen en meldingen aan hun volgnummer', () => {
    const s = schrijfplan(LEEG, NU, plan(3));
    expect(s.entries.map((e) => e.entry.volgnummer)).toEqual([1, 2, 3]);
    expect(s.entries.every((e) => e.entry.tijdstip === '2026-03-02T09:00:00.000Z')).toBe(true);
    expect(s.entries.map((e) => e.inhoud)).toEqual(s.entries.map((e) => entryTekst(e.entry)));
    expect(s.openingen.map((o) => [o.volgnummer, o.vervaltOp])).toEqual([
      [1, NU],
      [3, NU + 2],
    ]);
    expect(s.meldingen).toEqual([
      { partner: 'vtgv', signaalId: 's', inhoud: { bestaan: true }, logboek: 2, aangemaaktOp: NU },
    ]);
  });

  it('laat de boom groeien tot dezelfde wortel als een onafhankelijke berekening, ook over twee commits', () => {
    const eerste = schrijfplan(LEEG, NU, plan(5));
    const tweede = schrijfplan(eerste.na, NU + 1, plan(6));
    const teksten = [...eerste.entries, ...tweede.entries].map((e) => e.inhoud);
    expect(tweede.na).toMatchObject({ entries: 11, bladeren: 11, achterstand: [] });
    expect(frontierRoot(tweede.na.frontier)).toEqual(
      treeRoot(teksten.map((t) => leafHash(bytes(t)))),
    );
    // Every node is written once: 11 leaves, and the complete subtrees above them (5 pairs,
    // 2 of four, 1 of eight).
    expect(eerste.knopen.length + tweede.knopen.length).toBe(11 + 5 + 2 + 1);
  });

  it('neemt regels die de boom nog mist eerst op als bladeren', () => {
    const oud = schrijfplan(LEEG, NU, plan(2));
    const achterstand = oud.entries.map((e) => e.inhoud);
    const stand: Stand = { entries: 2, bladeren: 0, frontier: [], achterstand };
    const s = schrijfplan(stand, NU, {
      entries: [vernietigingEntry('h', { id: 's', partner: 'p', doel: 'd' })],
      meldingen: [],
    });
    expect(s.entries[0]?.entry.volgnummer).toBe(3);
    const teksten = [...achterstand, ...s.entries.map((e) => e.inhoud)];
    expect(frontierRoot(s.na.frontier)).toEqual(treeRoot(teksten.map((t) => leafHash(bytes(t)))));
  });

  it('schrijft niets voor een leeg plan', () => {
    expect(schrijfplan(LEEG, NU, { entries: [], meldingen: [] })).toMatchObject({
      entries: [],
      knopen: [],
      na: LEEG,
    });
  });

  it('weigert een logboek met minder regels dan bladeren, en een melding zonder regel', () => {
    expect(() => schrijfplan({ ...LEEG, entries: 1, bladeren: 2 }, NU, plan(1))).toThrow(
      /regels verwijderd/,
    );
    const p = plan(1);
    expect(() => schrijfplan(LEEG, NU, p)).toThrow(/onbekende logboekregel/);
  });
});
