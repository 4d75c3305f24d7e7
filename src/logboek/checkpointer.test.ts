import { describe, expect, it } from 'vitest';
import { openCheckpoint } from './checkpoint.js';
import { CheckpointFout, maakCheckpoint, type OpgeslagenCheckpoint } from './checkpointer.js';
import { leafHash } from './merkle.js';
import { appendLeaves, type StoredNode } from './merkle-nodes.js';
import { logVerifier, nieuweSleutel } from './sleutels.js';

/** An in-memory tree and checkpoint store; `bladeren` can be replaced to fake a rewritten log. */
function opslag(aantal: number, merk = 'a') {
  const knopen = new Map<string, StoredNode>();
  const checkpoints: OpgeslagenCheckpoint[] = [];
  let frontier: StoredNode[] = [];
  let grootte = 0;
  const groei = (n: number, m = merk) => {
    const bladeren = Array.from({ length: n }, (_, i) =>
      leafHash(new TextEncoder().encode(`${m}${grootte + i}`)),
    );
    const r = appendLeaves(frontier, bladeren);
    for (const k of r.nodes) knopen.set(`${k.level}/${k.index}`, k);
    frontier = r.frontier;
    grootte += n;
  };
  groei(aantal);
  return {
    groei,
    checkpoints,
    herschrijf(m: string) {
      knopen.clear();
      frontier = [];
      const n = grootte;
      grootte = 0;
      groei(n, m);
    },
    krimp(n: number) {
      grootte = n;
    },
    grootte: async () => grootte,
    knopen: async (adressen: { level: number; index: number }[]) =>
      adressen.flatMap((a) => knopen.get(`${a.level}/${a.index}`) ?? []),
    laatsteCheckpoint: async () => checkpoints.at(-1),
    bewaarCheckpoint: async (c: OpgeslagenCheckpoint) => {
      checkpoints.push(c);
    },
  };
}

describe('maakCheckpoint', () => {
  it('ondertekent alleen als de boom groeide, en het checkpoint opent met de vkey', async () => {
    const { ondertekenaar } = await nieuweSleutel('test.example/logboek');
    const o = opslag(0);
    expect(await maakCheckpoint(o, ondertekenaar, 1)).toBeUndefined();
    o.groei(5);
    const eerste = await maakCheckpoint(o, ondertekenaar, 2);
    expect(await maakCheckpoint(o, ondertekenaar, 3)).toBe(eerste);
    o.groei(3);
    await maakCheckpoint(o, ondertekenaar, 4);
    expect(o.checkpoints.map((c) => c.grootte)).toEqual([5, 8]);
    const { checkpoint } = await openCheckpoint(o.checkpoints[1]!.note, ondertekenaar.name, [
      logVerifier(ondertekenaar),
    ]);
    expect(checkpoint).toMatchObject({ size: 8, root: o.checkpoints[1]!.root });
  });

  it('weigert een herschreven of ingekorte boom te ondertekenen', async () => {
    const { ondertekenaar } = await nieuweSleutel('test.example/logboek');
    const o = opslag(6);
    await maakCheckpoint(o, ondertekenaar, 1);
    o.herschrijf('b');
    o.groei(1);
    await expect(maakCheckpoint(o, ondertekenaar, 2)).rejects.toThrow(CheckpointFout);
    await expect(maakCheckpoint(o, ondertekenaar, 2)).rejects.toThrow(/niet consistent/);
    o.krimp(4);
    await expect(maakCheckpoint(o, ondertekenaar, 3)).rejects.toThrow(/ingekort/);
    expect(o.checkpoints.map((c) => c.grootte)).toEqual([6]);
  });
});
