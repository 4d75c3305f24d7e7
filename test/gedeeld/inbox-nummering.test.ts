/**
 * The inbox counts per partner (issue 11): a notice's `id`, the cursor, is its number in the
 * recipient's own inbox. Counted over all partners, the gaps between a partner's notices would
 * tell it how many notices other partners got in between, and so that a registration it made
 * matched a signal of someone it may not learn of.
 */
import { describe, expect, it } from 'vitest';
import { beslis } from '../../src/policy/index.js';
import { maakOmgeving, type Omgeving } from '../helpers/omgeving.js';
import { registreer, signaal } from '../helpers/signalen.js';

const HILVERSUM = 'gemeente-hilversum';
const LAREN = 'gemeente-laren';

/** A gemeente's signal about the person with this made-up phone number. */
const gemeente = (o: Omgeving, telefoon: string) =>
  signaal(o, { pseudoniemen: [o.pseudoniem('telefoon', telefoon)] });
/** Veilig Thuis's hard signal about the same person: the gemeente that holds it gets a notice. */
const vt = (o: Omgeving, telefoon: string) =>
  signaal(o, {
    pseudoniemen: [o.pseudoniem('telefoon', telefoon)],
    sterkte: 'hard',
    doel: 'veiligheidsbeoordeling',
  });

async function inbox(o: Omgeving, partner: string, na = 0) {
  const r = await o.vraag(partner, 'GET', `/v1/meldingen?na=${na}`);
  expect(r.status).toBe(200);
  return (await r.json()) as { meldingen: Array<{ id: number }>; volgende: number };
}

/**
 * Laren registers three persons, Veilig Thuis three more (Laren's own with `larenKrijgt`, so
 * Laren gets three notices; else three others), then a person Hilversum holds: Hilversum gets
 * one notice. Both ways the same requests in the same order.
 */
async function opzet(larenKrijgt: boolean) {
  const o = await maakOmgeving();
  await registreer(o, HILVERSUM, gemeente(o, '06-55400000'));
  for (let i = 1; i <= 3; i++)
    await registreer(o, LAREN, { ...gemeente(o, `06-5540000${i}`), gemeente: 'GM0417' });
  for (let i = 1; i <= 3; i++) {
    await registreer(o, 'vtgv', vt(o, `06-5540000${larenKrijgt ? i : i + 3}`));
  }
  await registreer(o, 'vtgv', vt(o, '06-55400000'));
  return o;
}

describe('de inbox telt per partner', () => {
  it('het beleid laat Veilig Thuis beide gemeenten melden (anders zegt deze test niets)', async () => {
    const o = await maakOmgeving();
    for (const ontvanger of [HILVERSUM, LAREN]) {
      const besluit = beslis(o.beleid, {
        bron: 'vtgv',
        ontvanger,
        doel: 'zorgcoordinatie',
        signaal: {
          uitbuitingsvormen: ['seksuele_uitbuiting'],
          sterkte: 'hard',
          rol: 'slachtoffer',
        },
      });
      expect(besluit, ontvanger).toMatchObject({ toegestaan: true, melden: true });
    }
  });

  it('de meldingen van een partner zijn 1, 2, 3, ... wat anderen er ook tussendoor kregen', async () => {
    const o = await opzet(true);
    expect((await inbox(o, LAREN)).meldingen.map((m) => m.id)).toEqual([1, 2, 3]);
    const hilversum = await inbox(o, HILVERSUM);
    expect(hilversum.meldingen.map((m) => m.id)).toEqual([1]);
    expect(hilversum.volgende).toBe(1);
    expect((await inbox(o, HILVERSUM, hilversum.volgende)).meldingen).toEqual([]);
  });

  it('een nummer komt nooit terug, ook niet als de laatste melding verdween', async () => {
    const o = await maakOmgeving();
    for (const t of ['06-55400011', '06-55400012', '06-55400013']) {
      await registreer(o, HILVERSUM, gemeente(o, t));
    }
    await registreer(o, 'vtgv', vt(o, '06-55400011'));
    const tweede = await registreer(o, 'vtgv', vt(o, '06-55400012'));
    const gelezen = await inbox(o, HILVERSUM);
    expect(gelezen.meldingen.map((m) => m.id)).toEqual([1, 2]);
    // Veilig Thuis withdraws the signal of notice 2: it leaves the inbox, its number stays used.
    expect((await o.vraag('vtgv', 'DELETE', `/v1/signalen/${tweede.id}`)).status).toBe(204);
    expect((await inbox(o, HILVERSUM)).meldingen.map((m) => m.id)).toEqual([1]);
    await registreer(o, 'vtgv', vt(o, '06-55400013'));
    // Hilversum read up to 2 before: the new notice comes after its cursor.
    expect((await inbox(o, HILVERSUM, gelezen.volgende)).meldingen.map((m) => m.id)).toEqual([3]);
  });

  it('wat Hilversum in zijn inbox ziet, is gelijk of Laren meldingen kreeg of niet', async () => {
    const zonderLaren = await opzet(false);
    expect((await inbox(zonderLaren, LAREN)).meldingen).toEqual([]);
    const zonder = await inbox(zonderLaren, HILVERSUM);
    const met = await inbox(await opzet(true), HILVERSUM);
    const vorm = (i: typeof met) => ({
      volgende: i.volgende,
      meldingen: i.meldingen.map((m) => ({ ...m, signaal: '<id>', ontvangenOp: '<tijd>' })),
    });
    expect(vorm(met)).toEqual(vorm(zonder));
    expect(met.meldingen).toHaveLength(1);
  });
});
