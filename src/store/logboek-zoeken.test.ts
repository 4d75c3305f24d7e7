/**
 * A partner's FG sees a verstrekking to a shielded recipient without recipient, doel,
 * grondslagen or the other actor (`fgWeergave`); its search must not match on those hidden
 * values either, or a filter would name the recipient (issue 11).
 */
import { describe, expect, it } from 'vitest';
import { verstrekkingEntry } from '../logboek/geplande-entry.js';
import { alleenEntries } from '../matching/plan.js';
import { openSqliteStore } from './sqlite.js';

async function logboekMetAfgeschermdeVerstrekking() {
  const store = openSqliteStore(':memory:');
  const ctx = { partner: 'vtgv', gebruiker: 'medewerker-1', beleid: 'b'.repeat(64), verzoek: null };
  const richting = {
    over: { id: 's1', partner: 'gemeente-hilversum', doel: 'zorgcoordinatie' },
    naar: { id: 's2', partner: 'vtgv', doel: 'casusoverleg' },
    grondslagen: ['wmo-5.1.6'],
    regels: ['gemeente-naar-vt'],
    gedeeld: ['p'],
    opening: new Uint8Array(16),
    vervaltOp: 1,
  };
  const entry = verstrekkingEntry(ctx, richting, ['bestaan'], 'afgeschermd');
  await store.legVast(1, alleenEntries([entry], { ketenpoort: new Uint8Array(32) }));
  return store;
}

describe('zoeken als de FG van de bron van een afgeschermde verstrekking', () => {
  it('vindt de regel zonder filter en op wat hij ziet, nooit op wat verborgen is', async () => {
    const store = await logboekMetAfgeschermdeVerstrekking();
    const zoek = async (filter: Record<string, string>) =>
      (await store.zoekLogboek({ partij: 'gemeente-hilversum', ...filter }, 0, 10)).length;
    expect(await zoek({})).toBe(1);
    expect(await zoek({ bron: 'gemeente-hilversum' })).toBe(1);
    expect(await zoek({ regel: 'gemeente-naar-vt' })).toBe(1);
    // The right and a wrong recipient, doel, grondslag or actor give the same answer: none.
    for (const [veld, goed, fout] of [
      ['ontvanger', 'vtgv', 'tmm'],
      ['doel', 'casusoverleg', 'opsporing'],
      ['grondslag', 'wmo-5.1.6', 'wpg-20'],
      ['partner', 'vtgv', 'tmm'],
    ] as const) {
      expect(await zoek({ [veld]: goed }), veld).toBe(0);
      expect(await zoek({ [veld]: fout }), veld).toBe(0);
    }
    // The gateway's FG and the recipient itself search on everything.
    expect((await store.zoekLogboek({ ontvanger: 'vtgv' }, 0, 10)).length).toBe(1);
    expect((await store.zoekLogboek({ partij: 'vtgv', ontvanger: 'vtgv' }, 0, 10)).length).toBe(1);
    await store.close();
  });
});
