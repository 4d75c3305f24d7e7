/**
 * The categories the figures need (issue 19 item 1): aard and melder are closed lists, an
 * advies can be counted without pseudonyms, and a gemeente outside the partner's area (or a
 * made-up code such as GM9999) is refused with problem+json before anything is stored. Runs on
 * both runtimes.
 */
import { describe, expect, it } from 'vitest';
import { maakOmgeving } from '../helpers/omgeving.js';
import { registreer, signaal } from '../helpers/signalen.js';

describe('categorieën voor de cijfers', () => {
  it('weigert GM9999 en een gemeente buiten het werkgebied, en slaat niets op', async () => {
    const o = await maakOmgeving();
    const voor = await o.store.logboek(1, 1000);
    for (const [partner, gemeente] of [
      ['vtgv', 'GM9999'],
      ['gemeente-hilversum', 'GM0406'],
      ['vtu', 'GM0402'],
    ] as const) {
      const r = await o.vraag(partner, 'POST', '/v1/signalen', signaal(o, { gemeente }));
      expect(r.status, `${partner} ${gemeente}`).toBe(422);
      expect(r.headers.get('content-type')).toContain('application/problem+json');
      const p = (await r.json()) as { title: string; detail: string };
      expect(p.detail).toContain('werkgebied');
      const a = await o.vraag(partner, 'POST', '/v1/adviezen', { gemeente, melder: 'burger' });
      expect(a.status).toBe(422);
    }
    expect(await o.store.logboek(1, 1000)).toEqual(voor);
    expect(await o.store.sql('SELECT * FROM tellingen')).toEqual([]);
  });

  it('neemt aard en melder uit de gesloten lijsten en weigert een andere waarde', async () => {
    const o = await maakOmgeving();
    const reg = await registreer(
      o,
      'gemeente-hilversum',
      signaal(o, { aard: 'melding', melder: 'burger' }),
    );
    const [rij] = await o.store.sql('SELECT aard, melder FROM signalen WHERE id = ?', reg.id);
    expect(rij).toEqual({ aard: 'melding', melder: 'burger' });
    for (const extra of [{ aard: 'klacht' }, { melder: 'buurman Jan' }]) {
      const r = await o.vraag('vtgv', 'POST', '/v1/signalen', signaal(o, extra));
      expect(r.status).toBe(400);
      expect(JSON.stringify(await r.json())).not.toContain('buurman');
    }
  });

  it('telt een advies zonder pseudoniemen: het staat in het logboek en matcht nooit', async () => {
    const o = await maakOmgeving();
    const r = await o.vraag('vtgv', 'POST', '/v1/adviezen', {
      gemeente: 'GM0402',
      melder: 'professional',
    });
    expect(r.status).toBe(201);
    const log = await o.store.logboek(1, 1000);
    expect(log.at(-1)).toMatchObject({
      actie: 'advies',
      partner: 'vtgv',
      betrokkene: [],
      gegevens: [],
    });
    expect(await o.store.sql('SELECT count(*) AS n FROM signalen')).toEqual([{ n: 0 }]);
    const t1 = await o.store.sql("SELECT periode, a, b, aantal FROM tellingen WHERE tabel = 't1'");
    expect(t1).toEqual([{ periode: '2026-03', a: 'GM0402', b: 'advies', aantal: 1 }]);
  });
});
