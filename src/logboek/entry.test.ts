import { describe, expect, it } from 'vitest';
import { type Entry, entryBytes, entryTekst } from './entry.js';

const entry: Entry = {
  volgnummer: 7,
  tijdstip: '2026-03-02T09:00:00.000Z',
  actie: 'verstrekking',
  partner: 'vtgv',
  gebruiker: 'medewerker-1',
  bron: 'gemeente-hilversum',
  ontvanger: 'vtgv',
  signaal: '3f0c9a4e-2b7d-4c1e-9a55-0d6b7e8f9a10',
  gegevens: ['bestaan', 'partner'],
  doel: 'veiligheidsbeoordeling',
  grondslagen: ['avg-6-1-e', 'wmo-4.1.1'],
  regels: ['gemeente-vt'],
  beleid: 'ab'.repeat(32),
  verzoek: { id: 'urn:uuid:1', traceparent: null },
  betrokkene: ['x'],
};

describe('logboekregel als canonieke JSON (RFC 8785)', () => {
  it('zet sleutels in volgorde en laat geen witruimte', () => {
    const tekst = entryTekst(entry);
    expect(tekst.startsWith('{"actie":"verstrekking","beleid":')).toBe(true);
    expect(tekst).not.toMatch(/\s/);
    expect(JSON.parse(tekst)).toEqual(entry);
  });

  it('is onafhankelijk van de volgorde van velden en laat extra velden weg', () => {
    const omgekeerd = Object.fromEntries(
      Object.entries({ ...entry, extra: 1 }).reverse(),
    ) as unknown as Entry;
    expect(entryTekst(omgekeerd)).toBe(entryTekst(entry));
  });

  it('geeft UTF-8-bytes van de tekst', () => {
    const metAccent = { ...entry, gebruiker: 'coördinator' };
    const bytes = entryBytes(metAccent);
    expect(new TextDecoder().decode(bytes)).toBe(entryTekst(metAccent));
    expect(bytes.length).toBe(entryTekst(metAccent).length + 1);
  });
});
