/**
 * Two answers to one overdracht at the same moment (issue 16): exactly one is written, with
 * one logboek leaf and one inbox item for the partner that handed over; the other gets a
 * Dutch 409. Also through the store directly, with an answer planned on a stale read: the
 * database refuses it whole. Runs on both runtimes.
 */
import { describe, expect, it } from 'vitest';
import { OverdrachtAlBeantwoord } from '../../src/matching/overdracht.js';
import { voegAntwoordToe } from '../../src/matching/overdracht-plan.js';
import { bladVan } from '../../src/matching/plan.js';
import { maakOmgeving, type Omgeving } from '../helpers/omgeving.js';
import { registreer, signaal } from '../helpers/signalen.js';

async function inbox(o: Omgeving, partner: string): Promise<Array<Record<string, unknown>>> {
  const r = await o.vraag(partner, 'GET', '/v1/meldingen');
  expect(r.status).toBe(200);
  return (await r.json()).meldingen;
}

/** A signal of the gemeente handed to the zorgcoördinator; returns the overdracht id. */
async function overgedragen(o: Omgeving): Promise<string> {
  const { id } = await registreer(o, 'gemeente-hilversum', signaal(o));
  const r = await o.vraag('gemeente-hilversum', 'POST', `/v1/signalen/${id}/overdrachten`, {
    naar: 'zorgcoordinator-gv',
    doel: 'zorgcoordinatie',
  });
  expect(r.status).toBe(201);
  return (await r.json()).id;
}

function antwoorden(entries: Awaited<ReturnType<Omgeving['store']['logboek']>>) {
  return entries.filter((e) => e.actie === 'overdracht-antwoord');
}

describe('gelijktijdige antwoorden op één overdracht', () => {
  it('legt er precies één vast; de ander krijgt 409 en er verandert niets', async () => {
    const o = await maakOmgeving();
    const overdracht = await overgedragen(o);
    const voorInbox = await inbox(o, 'gemeente-hilversum');
    const pad = `/v1/overdrachten/${overdracht}/antwoord`;
    const uit = await Promise.all([
      o.vraag('zorgcoordinator-gv', 'POST', pad, { antwoord: 'aangenomen' }),
      o.vraag('zorgcoordinator-gv', 'POST', pad, {
        antwoord: 'niet_voor_ons',
        reden: 'buiten_taak',
      }),
      o.vraag('zorgcoordinator-gv', 'POST', pad, {
        antwoord: 'niet_voor_ons',
        reden: 'buiten_werkgebied',
      }),
    ]);
    const statussen = uit.map((r) => r.status).sort();
    expect(statussen.filter((s) => s === 200)).toHaveLength(1);
    expect(statussen.filter((s) => s === 409)).toHaveLength(2);
    for (const verloren of uit.filter((r) => r.status === 409)) {
      expect(verloren.headers.get('content-type')).toContain('application/problem+json');
      const probleem = await verloren.json();
      expect(probleem.title).toBe('Overdracht is al beantwoord');
      expect(probleem.detail).toMatch(/al beantwoord/);
    }
    const log = await o.store.logboek(1, 1000);
    const gelogd = antwoorden(log);
    expect(gelogd).toHaveLength(1);
    // One leaf for the winner's answer: no entry of a loser in any leaf.
    const winnaar = gelogd[0];
    expect(log.filter((e) => e.blad === winnaar?.blad).length).toBeGreaterThan(0);
    const berichten = (await inbox(o, 'gemeente-hilversum')).slice(voorInbox.length);
    expect(berichten).toHaveLength(1);
    expect(berichten[0]?.antwoord).toMatchObject({ overdracht });
    const rij = await o.store.overdracht(overdracht);
    expect(berichten[0]?.antwoord).toMatchObject({ antwoord: rij?.status });
    // Only an accepted answer leaves the zorgcoördinator a signal of its own; at most one.
    const eigen = log.filter(
      (e) => e.actie === 'registratie' && e.partner === 'zorgcoordinator-gv',
    );
    expect(eigen).toHaveLength(rij?.status === 'aangenomen' ? 1 : 0);
  });

  it('de opslag weigert een antwoord dat op een verouderde lezing is gepland', async () => {
    const o = await maakOmgeving();
    const id = await overgedragen(o);
    // Both answers read the overdracht while it is open.
    const gelezen = await o.store.overdracht(id);
    expect(gelezen?.status).toBe('open');
    if (!gelezen) return;
    const ctx = {
      beleid: o.beleid,
      entry: {
        partner: 'zorgcoordinator-gv',
        gebruiker: 'medewerker-1',
        beleid: o.beleid.hash,
        verzoek: null,
      },
      willekeurig: o.diensten.willekeurig,
    };
    const plannen = (['niet_voor_ons', 'aangenomen'] as const).map((antwoord) => {
      const plan = bladVan([], o.beleid.partners.keys(), o.diensten.willekeurig);
      const b =
        antwoord === 'niet_voor_ons' ? { antwoord, reden: 'buiten_taak' as const } : { antwoord };
      voegAntwoordToe(ctx, plan, gelezen, b, { nu: Date.now() });
      return plan;
    });
    const [eerste, tweede] = plannen;
    if (!eerste || !tweede) return;
    const uitkomsten = await Promise.allSettled([
      o.store.legVast(Date.now(), eerste),
      o.store.legVast(Date.now(), tweede),
    ]);
    const gelukt = uitkomsten.filter((u) => u.status === 'fulfilled');
    const mislukt = uitkomsten.filter((u) => u.status === 'rejected');
    expect(gelukt).toHaveLength(1);
    expect(mislukt).toHaveLength(1);
    expect((mislukt[0] as PromiseRejectedResult).reason).toBeInstanceOf(OverdrachtAlBeantwoord);
    const log = await o.store.logboek(1, 1000);
    expect(antwoorden(log)).toHaveLength(1);
    expect(log.map((e) => e.volgnummer)).toEqual(log.map((_, i) => i + 1));
    const antwoordBerichten = (await inbox(o, 'gemeente-hilversum')).filter((b) => b.antwoord);
    expect(antwoordBerichten).toHaveLength(1);
    const rij = await o.store.overdracht(id);
    const winnaar = uitkomsten[0]?.status === 'fulfilled' ? 'niet_voor_ons' : 'aangenomen';
    expect(rij?.status).toBe(winnaar);
  });
});
