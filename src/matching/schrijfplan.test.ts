/**
 * The write plan both stores execute: one leaf per request, numbering, openings, notices and
 * the tree nodes, checked against an independent root computation.
 */
import { describe, expect, it } from 'vitest';
import { vanBase64url } from '../encoding/base64url.js';
import { deelHash, deelTekst } from '../logboek/blad.js';
import { entryTekst } from '../logboek/entry.js';
import { beleidGeladenEntry, vernietigingEntry } from '../logboek/geplande-entry.js';
import { leafHash, treeRoot } from '../logboek/merkle.js';
import { frontierRoot } from '../logboek/merkle-nodes.js';
import type { Plan } from './plan.js';
import { type Stand, schrijfplan } from './schrijfplan.js';

const NU = Date.parse('2026-03-02T09:00:00.000Z');
const LEEG: Stand = { entries: 0, bladen: 0, bladeren: 0, frontier: [], achterstand: [] };
const bytes = (t: string) => new TextEncoder().encode(t);
const ZOUTEN = { ketenpoort: new Uint8Array(32).fill(1), vtgv: new Uint8Array(32).fill(2) };

function plan(n: number): Plan {
  const entries = Array.from({ length: n }, (_, i) => ({
    ...beleidGeladenEntry(`hash-${i}`),
    opening: i % 2 === 0 ? new Uint8Array(16).fill(i) : null,
    openingVervaltOp: NU + i,
  }));
  return {
    entries,
    meldingen: [{ partner: 'vtgv', signaalId: 's', inhoud: { bestaan: true }, entry: 1 }],
    zouten: ZOUTEN,
  };
}

describe('schrijfplan', () => {
  it('schrijft één blad per plan, nummert de regels erin en koppelt openingen en meldingen', () => {
    const s = schrijfplan(LEEG, NU, plan(3));
    expect(s.blad.nummer).toBe(1);
    expect(s.entries.map((e) => e.entry.volgnummer)).toEqual([1, 2, 3]);
    expect(s.entries.every((e) => e.entry.blad === 1)).toBe(true);
    expect(s.entries.every((e) => e.entry.tijdstip === '2026-03-02T09:00:00.000Z')).toBe(true);
    expect(s.entries.map((e) => e.inhoud)).toEqual(s.entries.map((e) => entryTekst(e.entry)));
    expect(s.openingen.map((o) => [o.volgnummer, o.vervaltOp])).toEqual([
      [1, NU],
      [3, NU + 2],
    ]);
    // A notice names the leaf, never the entry's volgnummer.
    expect(s.meldingen).toEqual([
      { partner: 'vtgv', signaalId: 's', inhoud: { bestaan: true }, logboek: 1, aangemaaktOp: NU },
    ]);
  });

  it('het blad heeft per partij de hash van haar deel onder haar eigen zout', () => {
    const s = schrijfplan(LEEG, NU, plan(2));
    const blad = JSON.parse(s.blad.inhoud);
    expect(blad).toMatchObject({ verzoek: 1, tijdstip: '2026-03-02T09:00:00.000Z' });
    expect(Object.keys(blad.delen).sort()).toEqual(['ketenpoort', 'vtgv']);
    const entries = s.entries.map((e) => e.entry);
    for (const partij of ['ketenpoort', 'vtgv']) {
      const zout = vanBase64url(s.blad.zouten[partij] ?? '');
      expect(blad.delen[partij]).toBe(deelHash(zout, deelTekst(entries, partij)));
    }
    // The gateway's part holds every entry as it is; vtgv acts in none of these.
    expect(deelTekst(entries, 'ketenpoort')).toBe(`[${s.entries.map((e) => e.inhoud).join(',')}]`);
    expect(deelTekst(entries, 'vtgv')).toBe('[]');
  });

  it('laat de boom met één blad per commit groeien tot een onafhankelijk berekende wortel', () => {
    const eerste = schrijfplan(LEEG, NU, plan(5));
    const tweede = schrijfplan(eerste.na, NU + 1, plan(6));
    const leeg = schrijfplan(tweede.na, NU + 2, { entries: [], meldingen: [], zouten: ZOUTEN });
    expect(leeg.na).toMatchObject({ entries: 11, bladen: 3, bladeren: 3, achterstand: [] });
    const teksten = [eerste, tweede, leeg].map((s) => s.blad.inhoud);
    expect(frontierRoot(leeg.na.frontier)).toEqual(
      treeRoot(teksten.map((t) => leafHash(bytes(t)))),
    );
    // Every node is written once: 3 leaves and the one pair above the first two.
    expect(eerste.knopen.length + tweede.knopen.length + leeg.knopen.length).toBe(3 + 1);
  });

  it('schrijft ook voor een plan zonder regels een blad: een verzoek blijft een verzoek', () => {
    const s = schrijfplan(LEEG, NU, { entries: [], meldingen: [], zouten: ZOUTEN });
    expect(s.entries).toEqual([]);
    expect(s.blad.nummer).toBe(1);
    expect(s.knopen).toHaveLength(1);
    expect(s.na).toMatchObject({ entries: 0, bladen: 1, bladeren: 1 });
  });

  it('neemt bladen die de boom nog mist eerst op', () => {
    const oud = schrijfplan(LEEG, NU, plan(2));
    const stand: Stand = { ...oud.na, bladeren: 0, frontier: [], achterstand: [oud.blad.inhoud] };
    const s = schrijfplan(stand, NU, {
      entries: [vernietigingEntry('h', { id: 's', partner: 'p', doel: 'd' })],
      meldingen: [],
      zouten: ZOUTEN,
    });
    expect(s.entries[0]?.entry.volgnummer).toBe(3);
    expect(s.blad.nummer).toBe(2);
    const teksten = [oud.blad.inhoud, s.blad.inhoud];
    expect(frontierRoot(s.na.frontier)).toEqual(treeRoot(teksten.map((t) => leafHash(bytes(t)))));
  });

  it('weigert een logboek met minder bladen dan de boom, en een melding zonder regel', () => {
    expect(() => schrijfplan({ ...LEEG, bladen: 1, bladeren: 2 }, NU, plan(1))).toThrow(
      /bladen verwijderd/,
    );
    expect(() => schrijfplan(LEEG, NU, plan(1))).toThrow(/onbekende logboekregel/);
  });
});
