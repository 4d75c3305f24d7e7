/**
 * The gateway proposes the default regisseur itself (issue 17) in both runtimes: when a casus
 * forms with the default regisseur of a member's doel among its members, and it has no regie
 * and no open proposal, the regisseur hears of the proposal in its inbox (under two keys) and
 * may accept it; once per casus; a default regisseur outside the casus is skipped. Nobody but
 * the regisseur can observe whether the gateway proposed: the partner whose registration forms
 * the casus and the other members observe the same as under a policy without regisseurs.
 */
import { describe, expect, it } from 'vitest';
import { runtime } from '#runtime';
import { maakOmgeving, type Omgeving } from '../helpers/omgeving.js';
import {
  ANDER,
  casussen,
  GEMEENTE,
  gemaskeerd,
  grootte,
  inbox,
  meld,
  PERSOON,
  TMM,
  ZC,
} from '../helpers/regie.js';
import { registreer, signaal } from '../helpers/signalen.js';

const HUIZEN = 'gemeente-huizen';

/** The example policy, or without `regisseurs:` in partners.yaml. */
function omgeving(metRegisseurs = true) {
  if (metRegisseurs) return maakOmgeving();
  const partners = runtime.beleidBestanden().find((b) => b.pad === 'partners.yaml');
  const tekst = (partners?.tekst ?? '').replace(/^regisseurs:\n(?: {2}.*\n)+/m, '');
  expect(tekst).not.toContain('regisseurs:');
  return maakOmgeving({ bestanden: [{ pad: 'partners.yaml', tekst }] });
}

/** Huizen's signal on the test person, in its own gemeente (issue 19's rule). */
function meldHuizen(o: Omgeving) {
  return registreer(o, HUIZEN, {
    ...signaal(o, { pseudoniemen: [o.pseudoniem('bsn', PERSOON)] }),
    gemeente: 'GM0406',
  });
}

const voorstellen = async (o: Omgeving, partner: string) =>
  (await inbox(o, partner)).filter((m) => m.regievoorstel);

describe('de poort stelt de standaardregisseur voor', () => {
  it('als de casus ontstaat met de regisseur erin; die neemt aan en de gemeente hoort wie', async () => {
    const o = await omgeving();
    const g = await meld(o, GEMEENTE);
    expect(await voorstellen(o, ZC)).toEqual([]);
    const z = await meld(o, ZC);
    const casus = (await casussen(o, GEMEENTE, g)).casussen[0]?.id as string;
    const [bericht, ...meer] = await voorstellen(o, ZC);
    expect(meer).toEqual([]);
    expect(bericht?.signaal).toBe(z);
    const voorstel = bericht?.regievoorstel as Record<string, unknown>;
    expect(voorstel).toMatchObject({ casus, doel: 'zorgcoordinatie', standaard: true });
    expect(voorstel.partner).toBeUndefined();
    expect(await o.store.regievoorstel(voorstel.voorstel as string)).toMatchObject({
      van: 'ketenpoort',
      naar: ZC,
      status: 'open',
      naarSignaal: z,
    });
    // Logged like every disclosure, by the gateway, under the gemeente's rule toward ZC.
    const regie = (await o.store.logboek(1, 1000)).filter((e) => e.actie === 'regie');
    expect(regie).toHaveLength(1);
    expect(regie[0]).toMatchObject({
      partner: 'ketenpoort',
      bron: GEMEENTE,
      ontvanger: ZC,
      gegevens: ['regievoorstel'],
      doel: 'zorgcoordinatie',
    });
    expect(regie[0]?.grondslagen.length).toBeGreaterThan(0);
    const a = await o.vraag(ZC, 'POST', `/v1/regievoorstellen/${voorstel.voorstel}/antwoord`, {
      antwoord: 'aangenomen',
    });
    expect(a.status).toBe(200);
    expect((await o.store.regie(casus))?.regisseur).toBe(ZC);
    const gemeente = await inbox(o, GEMEENTE);
    expect(gemeente.find((m) => m.regie)?.regie).toMatchObject({ regisseur: { id: ZC } });
    // Nobody proposed it but the gateway: no answer reaches any partner.
    expect(gemeente.filter((m) => m.regieantwoord)).toEqual([]);
    // A third member joins a casus with regie: no new proposal.
    await meldHuizen(o);
    expect(await voorstellen(o, ZC)).toHaveLength(1);
  });

  it('één keer per casus: na een afwijzing niet opnieuw', async () => {
    const o = await omgeving();
    await meld(o, ZC);
    await meld(o, GEMEENTE);
    const [bericht] = await voorstellen(o, ZC);
    const id = (bericht?.regievoorstel as { voorstel: string } | undefined)?.voorstel;
    expect(id).toBeDefined();
    const a = await o.vraag(ZC, 'POST', `/v1/regievoorstellen/${id}/antwoord`, {
      antwoord: 'afgewezen',
    });
    expect(a.status).toBe(200);
    await meldHuizen(o);
    expect(await voorstellen(o, ZC)).toHaveLength(1);
    expect((await o.store.regievoorstel(id as string))?.status).toBe('afgewezen');
  });

  it('een standaardregisseur buiten de casus wordt overgeslagen, tot hij lid wordt', async () => {
    const o = await omgeving();
    await meld(o, ZC, ANDER);
    await meld(o, GEMEENTE);
    await meldHuizen(o);
    expect(await voorstellen(o, ZC)).toEqual([]);
    const regie = (await o.store.logboek(1, 1000)).filter((e) => e.actie === 'regie');
    expect(regie).toEqual([]);
    // Once it registers on the person itself it is a member: now the gateway proposes it.
    const z = await meld(o, ZC);
    const [bericht, ...meer] = await voorstellen(o, ZC);
    expect(meer).toEqual([]);
    expect(bericht?.signaal).toBe(z);
    expect(bericht?.regievoorstel).toMatchObject({ doel: 'zorgcoordinatie', standaard: true });
  });

  it('niet als de regel van wie de casus vormt het de regisseur niet laat weten', async () => {
    const o = await omgeving();
    await meld(o, ZC);
    // TMM's hard signal: its rules tell the zorgcoördinator nothing, so no proposal either.
    await meld(o, TMM);
    expect(await voorstellen(o, ZC)).toEqual([]);
    expect((await o.store.logboek(1, 1000)).filter((e) => e.actie === 'regie')).toEqual([]);
  });
});

/**
 * Everything Huizen (whose registration forms the casus), the gemeente and ZC observe. `eerst`:
 * who holds the person before Huizen registers: ZC (then it is in the casus Huizen forms) or
 * the gemeente (then ZC holds another person only).
 */
async function waarneming(metRegisseurs: boolean, eerst: typeof ZC | typeof GEMEENTE) {
  const o = await omgeving(metRegisseurs);
  await meld(o, ZC, eerst === ZC ? PERSOON : ANDER);
  if (eerst === GEMEENTE) await meld(o, GEMEENTE);
  const start = await grootte(o, HUIZEN);
  const r = await o.vraag(HUIZEN, 'POST', '/v1/signalen', {
    ...signaal(o, { pseudoniemen: [o.pseudoniem('bsn', PERSOON)] }),
    gemeente: 'GM0406',
  });
  const zien = async (partner: string) => {
    const fg = await o.vraag(`${partner}-fg`, 'GET', '/v1/logboek');
    return {
      inbox: gemaskeerd(await inbox(o, partner)),
      fg: { status: fg.status, body: gemaskeerd(await fg.json()) },
    };
  };
  return {
    huizen: {
      status: r.status,
      antwoord: gemaskeerd(await r.json()),
      ...(await zien(HUIZEN)),
      groei: (await grootte(o, HUIZEN)) - start,
    },
    gemeente: await zien(GEMEENTE),
    zc: await zien(ZC),
    voorstellen: (await voorstellen(o, ZC)).length,
  };
}

describe('wat anderen dan de regisseur zien', () => {
  it('is gelijk of de poort bij hun registratie de regisseur voorstelt of niet', async () => {
    const voorgesteld = await waarneming(true, ZC);
    const zonder = await waarneming(false, ZC);
    expect(voorgesteld.voorstellen).toBe(1);
    expect(zonder.voorstellen).toBe(0);
    expect(voorgesteld.huizen.status).toBe(201);
    expect(zonder.huizen).toEqual(voorgesteld.huizen);
    expect(zonder.gemeente).toEqual(voorgesteld.gemeente);
  });

  it('een regisseur buiten de casus ziet niets, net als zonder regisseurs in het beleid', async () => {
    const buiten = await waarneming(true, GEMEENTE);
    const zonder = await waarneming(false, GEMEENTE);
    expect(buiten.voorstellen).toBe(0);
    expect(buiten.zc.inbox).toEqual([]);
    expect(zonder).toEqual(buiten);
  });
});
