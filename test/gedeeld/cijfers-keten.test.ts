/**
 * T5's chain figures (issue 19 item 6), counted in the transaction of their event: a
 * registration that matched another partner's signal with a disclosure, an overdracht by the
 * werkdagen its answer took, and a terugkoppeling given. Runs on both runtimes.
 */
import { describe, expect, it } from 'vitest';
import { werkdagenTussen } from '../../src/cijfers/werkdagen.js';
import { maakOmgeving } from '../helpers/omgeving.js';
import { registreer, signaal } from '../helpers/signalen.js';

const DAG = 86_400_000;

describe('ketencijfers (T5)', () => {
  it('telt een match, een overdracht naar antwoordtijd en een terugkoppeling', async () => {
    const o = await maakOmgeving();
    // Monday 2 March 2026.
    await registreer(o, 'zorgcoordinator-gv', signaal(o));
    const { id } = await registreer(o, 'gemeente-hilversum', signaal(o));
    const r = await o.vraag('gemeente-hilversum', 'POST', `/v1/signalen/${id}/overdrachten`, {
      naar: 'zorgcoordinator-gv',
      doel: 'zorgcoordinatie',
    });
    expect(r.status).toBe(201);
    const overdracht = ((await r.json()) as { id: string }).id;
    // Answered on Friday 6 March: four werkdagen later, bucket 3-5.
    o.zetKlok(o.diensten.klok() + 4 * DAG);
    const antwoord = await o.vraag(
      'zorgcoordinator-gv',
      'POST',
      `/v1/overdrachten/${overdracht}/antwoord`,
      {
        antwoord: 'niet_voor_ons',
        reden: 'buiten_taak',
      },
    );
    expect(antwoord.status).toBe(200);
    const status = await o.vraag('gemeente-hilversum', 'PUT', `/v1/signalen/${id}/status`, {
      status: 'in_behandeling',
    });
    expect(status.status).toBe(200);
    const t5 = (await o.store.tellingen(['t5'])).map(({ partner, a, aantal }) => ({
      partner,
      a,
      aantal,
    }));
    expect(t5).toEqual(
      expect.arrayContaining([
        { partner: 'gemeente-hilversum', a: 'gematcht', aantal: 1 },
        { partner: 'gemeente-hilversum', a: 'overdracht-3-5', aantal: 1 },
        { partner: 'gemeente-hilversum', a: 'terugkoppeling', aantal: 1 },
      ]),
    );
    expect(t5).toHaveLength(3);
  });

  it('telt werkdagen zonder het weekend', () => {
    const vrijdag = Date.parse('2026-03-06T10:00:00Z');
    expect(werkdagenTussen(vrijdag, vrijdag + 3 * DAG, [])).toBe(1);
    expect(werkdagenTussen(vrijdag, vrijdag + 10 * DAG, [])).toBe(6);
    expect(werkdagenTussen(vrijdag, vrijdag, [])).toBe(0);
  });

  it('telt feestdagen en gelijkgestelde dagen niet mee (de kalender van issue 17)', () => {
    // Thursday 2 April 2026 to Thursday 9 April: Goede Vrijdag (3 April) and tweede Paasdag
    // (6 April) fall out, so 7, 8 and 9 April are left.
    const donderdag = Date.parse('2026-04-02T10:00:00Z');
    expect(werkdagenTussen(donderdag, donderdag + 7 * DAG, [])).toBe(3);
    const besluit = {
      datum: '2026-04-08',
      bron: 'verzonnen besluit (test)',
      vastgesteld: '2026-01-01',
    };
    expect(werkdagenTussen(donderdag, donderdag + 7 * DAG, [besluit])).toBe(2);
  });
});
