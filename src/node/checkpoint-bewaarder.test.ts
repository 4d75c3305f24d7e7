import { afterEach, describe, expect, it, vi } from 'vitest';
import type { OpgeslagenCheckpoint } from '../logboek/checkpointer.js';
import { maakCheckpointBewaarder } from './checkpoint-bewaarder.js';

const cp = (grootte: number): OpgeslagenCheckpoint => ({
  grootte,
  root: new Uint8Array(32),
  note: `checkpoint ${grootte}\n`,
  gemaaktOp: grootte,
});

afterEach(() => {
  vi.useRealTimers();
});

describe('het bewaarde checkpoint, hoogstens eens per interval geschreven', () => {
  it('schrijft het eerste meteen, daarna binnen het interval alleen het nieuwste aan het eind', () => {
    vi.useFakeTimers();
    const geschreven: number[] = [];
    const b = maakCheckpointBewaarder((c) => geschreven.push(c.grootte), vi.fn(), 250);
    b.bewaar(cp(1));
    expect(geschreven).toEqual([1]);
    b.bewaar(cp(2));
    b.bewaar(cp(3));
    expect(geschreven).toEqual([1]);
    vi.advanceTimersByTime(250);
    expect(geschreven).toEqual([1, 3]);
    // Nothing waited in the next interval: the one after it is written at once again.
    vi.advanceTimersByTime(250);
    b.bewaar(cp(4));
    expect(geschreven).toEqual([1, 3, 4]);
  });

  it('sluit schrijft het wachtende checkpoint en daarna niets meer', () => {
    vi.useFakeTimers();
    const geschreven: number[] = [];
    const b = maakCheckpointBewaarder((c) => geschreven.push(c.grootte), vi.fn(), 250);
    b.bewaar(cp(1));
    b.bewaar(cp(2));
    b.sluit();
    expect(geschreven).toEqual([1, 2]);
    vi.advanceTimersByTime(1000);
    expect(geschreven).toEqual([1, 2]);
  });

  it('een mislukte schrijfactie meteen bereikt de aanroeper; een mislukte latere wordt gemeld', () => {
    vi.useFakeTimers();
    const meld = vi.fn();
    let faalt = true;
    const b = maakCheckpointBewaarder(
      () => {
        if (faalt) throw new Error('schijf vol');
      },
      meld,
      250,
    );
    expect(() => b.bewaar(cp(1))).toThrow('schijf vol');
    faalt = false;
    b.bewaar(cp(2));
    faalt = true;
    b.bewaar(cp(3));
    vi.advanceTimersByTime(250);
    expect(meld).toHaveBeenCalledTimes(1);
  });
});
