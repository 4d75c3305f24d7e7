/**
 * Group commit: writes of one event-loop turn go to the store together, in order; one that
 * fails fails alone; a store that cannot write at all fails every write of the group.
 */
import { describe, expect, it } from 'vitest';
import { GROEP_MAX, groepscommit } from './groepscommit.js';

/** A store that records its calls; items named 'fout' fail (and throw without savepoints). */
function opslag() {
  const aanroepen: Array<{ items: string[]; savepoints: boolean }> = [];
  const werk = async (items: readonly string[], savepoints: boolean) => {
    aanroepen.push({ items: [...items], savepoints });
    if (!savepoints && items.includes('fout')) throw new Error('fout zonder savepoint');
    return items.map((i) => (i === 'fout' ? new Error(`mislukt: ${i}`) : `klaar: ${i}`));
  };
  return { aanroepen, schrijf: groepscommit(werk) };
}

describe('groepscommit', () => {
  it('legt de schrijfacties van één beurt samen vast, in volgorde', async () => {
    const o = opslag();
    const uit = await Promise.all(['a', 'b', 'c'].map((i) => o.schrijf(i)));
    expect(uit).toEqual(['klaar: a', 'klaar: b', 'klaar: c']);
    expect(o.aanroepen).toEqual([{ items: ['a', 'b', 'c'], savepoints: false }]);
    // A write of a later turn is a group of its own.
    expect(await o.schrijf('d')).toBe('klaar: d');
    expect(o.aanroepen).toHaveLength(2);
  });

  it('laat een mislukte schrijfactie alleen mislukken: de groep gaat opnieuw, met savepoints', async () => {
    const o = opslag();
    const uit = await Promise.allSettled(['a', 'fout', 'c'].map((i) => o.schrijf(i)));
    expect(uit.map((u) => u.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect((uit[1] as PromiseRejectedResult).reason.message).toBe('mislukt: fout');
    expect(o.aanroepen.map((a) => a.savepoints)).toEqual([false, true]);
  });

  it('neemt hoogstens GROEP_MAX schrijfacties in één transactie', async () => {
    const o = opslag();
    const n = GROEP_MAX + 5;
    await Promise.all(Array.from({ length: n }, (_, i) => o.schrijf(`s${i}`)));
    expect(o.aanroepen.map((a) => a.items.length)).toEqual([GROEP_MAX, 5]);
    expect(o.aanroepen.flatMap((a) => a.items)).toEqual(
      Array.from({ length: n }, (_, i) => `s${i}`),
    );
  });

  it('laat bij een bezette database de hele groep mislukken, zonder tweede poging', async () => {
    const aanroepen: boolean[] = [];
    const schrijf = groepscommit<string, string>(async (_items, savepoints) => {
      aanroepen.push(savepoints);
      throw Object.assign(new Error('database is locked'), { code: 'SQLITE_BUSY' });
    });
    const uit = await Promise.allSettled([schrijf('a'), schrijf('b')]);
    expect(uit.every((u) => u.status === 'rejected')).toBe(true);
    expect(aanroepen).toEqual([false]);
  });
});
