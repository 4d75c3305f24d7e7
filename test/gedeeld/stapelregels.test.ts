/**
 * Stapelregels (issue 17) in both runtimes, with the example rule: three or more soft signals
 * from at least two partners on one entity within twelve months -> the meldpunt (Veilig Thuis)
 * hears it for signalering. It fires at the threshold and not below it, once per casus; a
 * signal whose source's rule refuses the meldpunt does not count; a partner's own earlier
 * signals count toward the number, not toward the partners; and the partner whose soft
 * signal completes a stapel observes exactly what it observes when its signal completes none.
 */
import { describe, expect, it } from 'vitest';
import { maakOmgeving, type Omgeving } from '../helpers/omgeving.js';
import { GEMEENTE, gemaskeerd, grootte, inbox, PERSOON, VT, ZC } from '../helpers/regie.js';
import { registreer, signaal } from '../helpers/signalen.js';

const HUIZEN = 'gemeente-huizen';
const LAREN = 'gemeente-laren';
const NLA = 'nla-toezicht';

const DOEL: Record<string, string> = { [NLA]: 'toezicht' };

/** A signal about the test person as `partner`, soft unless `sterkte` says otherwise. */
function zacht(o: Omgeving, partner: string, sterkte = 'zacht') {
  // Issue 19: a gemeente in the partner's own area.
  const gemeente = o.beleid.partners.get(partner)?.gemeenten[0];
  return registreer(
    o,
    partner,
    signaal(o, {
      sterkte,
      ...(gemeente && { gemeente }),
      doel: DOEL[partner] ?? 'zorgcoordinatie',
      pseudoniemen: [o.pseudoniem('bsn', PERSOON)],
    }),
  );
}

async function stapels(o: Omgeving) {
  return (await inbox(o, VT)).filter((m) => m.stapel).map((m) => m.stapel);
}

describe('stapelregel', () => {
  it('gaat af bij de drempel en niet eronder, één keer per casus', async () => {
    const o = await maakOmgeving();
    await zacht(o, GEMEENTE);
    await zacht(o, ZC);
    expect(await stapels(o)).toEqual([]);
    await zacht(o, HUIZEN);
    const [melding, ...meer] = await stapels(o);
    expect(meer).toEqual([]);
    expect(melding).toMatchObject({
      regel: 'zachte-signalen-stapelen',
      doel: 'signalering',
      aantal: 3,
      partners: 3,
      uitbuitingsvormen: ['seksuele_uitbuiting'],
      sterktes: ['zacht'],
    });
    const contacten = (melding as { contacten: Array<{ id: string }> }).contacten;
    expect(contacten.map((c) => c.id).sort()).toEqual([GEMEENTE, HUIZEN, ZC].sort());
    // A fourth soft signal: the casus already stacked, no second notice.
    await zacht(o, LAREN);
    expect(await stapels(o)).toHaveLength(1);
    const entries = (await o.store.logboek(1, 1000)).filter((e) => e.actie === 'stapel');
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ partner: HUIZEN, ontvanger: VT, doel: 'signalering' });
    expect(entries[0]?.regels[0]).toBe('zachte-signalen-stapelen');
    // Issue 19's T5 counts the stapelmelding once, for the partner that completed it.
    const t5 = (await o.store.tellingen(['t5'])).filter((t) => t.a === 'stapelmelding');
    expect(t5.map(({ partner, aantal }) => ({ partner, aantal }))).toEqual([
      { partner: HUIZEN, aantal: 1 },
    ]);
  });

  it('een signaal waarvan de bron het meldpunt niets laat weten, telt niet mee', async () => {
    const o = await maakOmgeving();
    await zacht(o, GEMEENTE);
    await zacht(o, ZC);
    // The NLA's rules give Veilig Thuis nothing for signalering: two counted, not three.
    await zacht(o, NLA);
    expect(await stapels(o)).toEqual([]);
    await zacht(o, HUIZEN);
    const [melding] = await stapels(o);
    expect(melding).toMatchObject({ aantal: 3, partners: 3 });
    expect(JSON.stringify(melding)).not.toContain(NLA);
  });

  it('eerdere eigen signalen tellen mee voor het aantal, bij de drempel en niet eronder', async () => {
    const o = await maakOmgeving();
    await zacht(o, GEMEENTE);
    await zacht(o, ZC);
    expect(await stapels(o)).toEqual([]);
    // The gemeente's second soft signal: three signals from two partners.
    const tweede = await zacht(o, GEMEENTE);
    // Its own earlier signal counts, but is no match: the answer names only the other partner.
    expect(tweede.overlap.map((i) => (i.partner as { id: string } | undefined)?.id)).not.toContain(
      GEMEENTE,
    );
    expect(tweede.overlap).toHaveLength(1);
    const [melding, ...meer] = await stapels(o);
    expect(meer).toEqual([]);
    expect(melding).toMatchObject({ aantal: 3, partners: 2 });
    const contacten = (melding as { contacten: Array<{ id: string }> }).contacten;
    expect(contacten.map((c) => c.id).sort()).toEqual([GEMEENTE, ZC].sort());
  });

  it('eigen signalen alleen halen het minimum van twee partners niet', async () => {
    const o = await maakOmgeving();
    await zacht(o, GEMEENTE);
    await zacht(o, GEMEENTE);
    await zacht(o, GEMEENTE);
    expect(await stapels(o)).toEqual([]);
    // A second partner completes it: four signals, two partners.
    await zacht(o, ZC);
    expect(await stapels(o)).toMatchObject([{ aantal: 4, partners: 2 }]);
  });

  it('een eerder eigen signaal dat de bron het meldpunt niet laat weten, telt niet mee', async () => {
    const o = await maakOmgeving();
    await zacht(o, NLA);
    await zacht(o, GEMEENTE);
    // The NLA's two signals are refused to the meldpunt: one counted, then two with Huizen.
    await zacht(o, NLA);
    await zacht(o, HUIZEN);
    expect(await stapels(o)).toEqual([]);
    await zacht(o, HUIZEN);
    expect(await stapels(o)).toMatchObject([{ aantal: 3, partners: 2 }]);
  });

  it('een hard signaal telt niet mee voor een regel over zachte', async () => {
    const o = await maakOmgeving();
    await zacht(o, GEMEENTE);
    await zacht(o, ZC, 'hard');
    await zacht(o, HUIZEN);
    expect(await stapels(o)).toEqual([]);
  });
});

/** Everything Huizen observes when it registers the third signal (soft or not for ZC). */
async function waarneming(zcZacht: boolean) {
  const o = await maakOmgeving();
  await zacht(o, GEMEENTE);
  await zacht(o, ZC, zcZacht ? 'zacht' : 'hard');
  const start = await grootte(o, HUIZEN);
  const r = await o.vraag(HUIZEN, 'POST', '/v1/signalen', {
    ...signaal(o, { pseudoniemen: [o.pseudoniem('bsn', PERSOON)] }),
    gemeente: 'GM0406',
  });
  const fg = await o.vraag(`${HUIZEN}-fg`, 'GET', '/v1/logboek');
  return {
    zag: {
      status: r.status,
      antwoord: gemaskeerd(await r.json()),
      inbox: gemaskeerd(await inbox(o, HUIZEN)),
      fg: { status: fg.status, body: gemaskeerd(await fg.json()) },
      groei: (await grootte(o, HUIZEN)) - start,
    },
    stapels: (await stapels(o)).length,
  };
}

describe('wat de registrerende partner ziet', () => {
  it('is gelijk of zijn zachte signaal een stapel voltooit of niet', async () => {
    const voltooit = await waarneming(true);
    const niet = await waarneming(false);
    expect(voltooit.stapels).toBe(1);
    expect(niet.stapels).toBe(0);
    expect(voltooit.zag.status).toBe(201);
    expect(niet.zag).toEqual(voltooit.zag);
  });
});
