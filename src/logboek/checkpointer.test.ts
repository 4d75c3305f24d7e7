import { describe, expect, it } from 'vitest';
import { openCheckpoint } from './checkpoint.js';
import {
  CheckpointFout,
  maakCheckpoint,
  maakCheckpointer,
  type OpgeslagenCheckpoint,
} from './checkpointer.js';
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

/** `o` whose bewaarCheckpoint signals that a round got there and then waits for `open()`. */
function traag(o: ReturnType<typeof opslag>, fouten = 0) {
  let open = () => {};
  const wacht = new Promise<void>((r) => {
    open = r;
  });
  let bereikt = () => {};
  const inBewaar = new Promise<void>((r) => {
    bereikt = r;
  });
  const opslagTraag = {
    ...o,
    bewaarCheckpoint: async (c: OpgeslagenCheckpoint) => {
      bereikt();
      await wacht;
      if (fouten-- > 0) throw new Error('schijf vol');
      await o.bewaarCheckpoint(c);
    },
  };
  return { opslag: opslagTraag, inBewaar, open: () => open() };
}

describe('maakCheckpointer', () => {
  it('laat verzoeken die tijdens het ondertekenen schreven één volgend checkpoint delen', async () => {
    const { ondertekenaar } = await nieuweSleutel('test.example/logboek');
    const o = opslag(3);
    const t = traag(o);
    const checkpoint = maakCheckpointer(t.opslag, ondertekenaar, () => 1);
    const eerste = checkpoint();
    await t.inBewaar; // the first round has read the tree (3 leaves) and signed
    o.groei(2); // writes committed while it is being kept
    const later = Array.from({ length: 10 }, () => checkpoint());
    t.open();
    expect((await eerste)?.grootte).toBe(3);
    const uitkomsten = await Promise.all(later);
    expect(uitkomsten.map((c) => c?.grootte)).toEqual(Array(10).fill(5));
    expect(new Set(uitkomsten).size).toBe(1);
    expect(o.checkpoints.map((c) => c.grootte)).toEqual([3, 5]);
    // With nothing being signed, a call starts a round of its own at once.
    o.groei(1);
    expect((await checkpoint())?.grootte).toBe(6);
  });

  it('een mislukte ronde faalt voor wie erop wachtte, en wie later kwam krijgt een nieuwe', async () => {
    const { ondertekenaar } = await nieuweSleutel('test.example/logboek');
    const o = opslag(3);
    const t = traag(o, 1);
    const checkpoint = maakCheckpointer(t.opslag, ondertekenaar, () => 1);
    const eerste = checkpoint();
    await t.inBewaar;
    o.groei(1);
    const tweede = checkpoint();
    t.open();
    await expect(eerste).rejects.toThrow('schijf vol');
    expect((await tweede)?.grootte).toBe(4);
    expect(o.checkpoints.map((c) => c.grootte)).toEqual([4]);
  });
});
