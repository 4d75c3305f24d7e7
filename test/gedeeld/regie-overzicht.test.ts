/**
 * The regie page's data (issues 17 and 20) in both runtimes: the open proposals a partner
 * already knows of, its own (with the partner it chose and the regie termijn) and those that
 * reached it (without the proposer), never a proposal between two others; answered ones leave
 * the list. Read through the use case the werkplek calls and the store's `openVoorstellenOp`.
 */
import { describe, expect, it } from 'vitest';
import { verstrijkt } from '../../src/policy/werkdagen.js';
import { leesRegieOverzicht } from '../../src/use-cases/regie-overzicht.js';
import { maakOmgeving } from '../helpers/omgeving.js';
import { casussen, GEMEENTE, meld, stelVoor, TMM, ZC } from '../helpers/regie.js';

type O = Awaited<ReturnType<typeof maakOmgeving>>;

const overzicht = (o: O, partner: string, signaal: string) =>
  leesRegieOverzicht(
    {
      diensten: o.diensten,
      identiteit: { partner, gebruiker: 'medewerker' },
      verzoek: { id: crypto.randomUUID(), traceparent: null },
    },
    signaal,
  );

describe('open regievoorstellen op de regiepagina', () => {
  it('de voorsteller ziet zijn voorstellen, de voorgestelde het zijne, niemand die van anderen', async () => {
    const o = await maakOmgeving();
    const g = await meld(o, GEMEENTE);
    const z = await meld(o, ZC);
    const casus = (await casussen(o, GEMEENTE, g)).casussen[0]?.id as string;
    const aanZc = await stelVoor(o, GEMEENTE, g, casus, { naar: ZC, doel: 'zorgcoordinatie' });
    expect(aanZc.status).toBe(201);
    const { voorstel } = (await aanZc.json()) as { voorstel: string };
    // TMM is outside the casus: the proposal is open all the same, as the API answered.
    expect(
      (await stelVoor(o, GEMEENTE, g, casus, { naar: TMM, doel: 'zorgcoordinatie' })).status,
    ).toBe(201);

    const t = o.beleid.termijnen;
    const rij = await o.store.regievoorstel(voorstel);
    const termijn = verstrijkt(
      rij?.aangemaaktOp as number,
      t?.regie as number,
      t?.gelijkgesteld ?? [],
    );
    const vanG = (await overzicht(o, GEMEENTE, g)).casussen;
    expect(vanG.map((c) => c.id)).toEqual([casus]);
    expect(vanG[0]?.voorstellen.map((v) => [v.richting, v.naar])).toEqual(
      expect.arrayContaining([
        ['door-ons', ZC],
        ['door-ons', TMM],
      ]),
    );
    expect(vanG[0]?.voorstellen.find((v) => v.id === voorstel)?.verstrijktOp).toBe(termijn);

    // ZC knows the proposal to it, without who made it; not the one to TMM. The gateway's own
    // proposal of the default regisseur (ZC, a member) is there too, without a termijn.
    const vanZ = (await overzicht(o, ZC, z)).casussen[0];
    expect(vanZ?.voorstellen).toHaveLength(2);
    expect(vanZ?.voorstellen).toEqual(
      expect.arrayContaining([
        {
          id: voorstel,
          doel: 'zorgcoordinatie',
          richting: 'aan-ons',
          aangemaaktOp: rij?.aangemaaktOp,
          verstrijktOp: termijn,
        },
        {
          id: expect.not.stringMatching(voorstel),
          doel: 'zorgcoordinatie',
          richting: 'aan-ons',
          aangemaaktOp: expect.any(Number),
        },
      ]),
    );

    // Answered: it leaves both lists; the regie shows instead.
    const a = await o.vraag(ZC, 'POST', `/v1/regievoorstellen/${voorstel}/antwoord`, {
      antwoord: 'aangenomen',
    });
    expect(a.status).toBe(200);
    const daarna = (await overzicht(o, ZC, z)).casussen[0];
    expect(daarna?.voorstellen).toEqual([]);
    expect(daarna?.regie?.regisseur?.id).toBe(ZC);
    const gNu = (await overzicht(o, GEMEENTE, g)).casussen[0]?.voorstellen ?? [];
    expect(gNu.map((v) => v.naar)).toEqual([TMM]);
  });
});
