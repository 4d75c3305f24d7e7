/**
 * The `beleid-geladen` entry names the pinned sleutelbewaarder keys (issue 12, item 2): each
 * key id with the SHA-256 of its public key, in the entry's canonical bytes (so in its leaf
 * hash), not only through the policy hash.
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { entryTekst } from '../src/logboek/entry.js';
import { beleidGeladenEntry } from '../src/logboek/geplande-entry.js';
import { leesBeleidBestanden } from '../src/node/beleid-lezen.js';
import { laadBeleid } from '../src/policy/index.js';
import { openSqliteStore } from '../src/store/sqlite.js';
import { legBeleidsladingVast } from '../src/use-cases/beleid-laden.js';

const lading = (beleid: ReturnType<typeof laadBeleid>) => ({
  beleid,
  lading: { geladenOp: 0, vereist: 0, ondertekenaars: [] },
});

describe('beleid-geladen noemt de vastgepinde sleutels', () => {
  it('legt de sleutel-id en de vingerafdruk van de publieke sleutel vast in de logboekregel', async () => {
    const beleid = laadBeleid(leesBeleidBestanden('policies'));
    const [sleutel] = beleid.pseudoniemen.sleutels;
    expect(beleid.pseudoniemen.versie).toBe('v2');
    expect(sleutel?.publiek).toBeDefined();
    const vingerafdruk = createHash('sha256')
      .update(Buffer.from(sleutel?.publiek ?? '', 'base64url'))
      .digest('hex');

    const store = openSqliteStore(':memory:');
    try {
      await legBeleidsladingVast(store, Date.parse('2026-12-03T12:00:00Z'), lading(beleid));
      const [entry] = await store.logboek(1, 10);
      expect(entry?.actie).toBe('beleid-geladen');
      expect(entry?.pseudoniemsleutels).toEqual({
        versie: 'v2',
        sleutels: [{ id: 'demo-v2', vingerafdruk }],
      });
      // In the canonical bytes, so in the leaf hash the witnesses hold.
      expect(entryTekst(entry!)).toContain(`"vingerafdruk":"${vingerafdruk}"`);
    } finally {
      await store.close();
    }
  });

  it('een andere sleutel onder dezelfde id geeft een andere regel; v1 noemt de ketensleutel zonder vingerafdruk', () => {
    const een = beleidGeladenEntry('h', [], {
      versie: 'v2',
      sleutels: [{ id: 'k', publiek: Buffer.alloc(32, 1).toString('base64url') }],
    });
    const twee = beleidGeladenEntry('h', [], {
      versie: 'v2',
      sleutels: [{ id: 'k', publiek: Buffer.alloc(32, 2).toString('base64url') }],
    });
    expect(een.concept.pseudoniemsleutels?.sleutels[0]?.vingerafdruk).not.toBe(
      twee.concept.pseudoniemsleutels?.sleutels[0]?.vingerafdruk,
    );
    const v1 = beleidGeladenEntry('h', [], { versie: 'v1', sleutels: [{ id: 'gv-2025' }] });
    expect(v1.concept.pseudoniemsleutels).toEqual({
      versie: 'v1',
      sleutels: [{ id: 'gv-2025', vingerafdruk: null }],
    });
  });
});
