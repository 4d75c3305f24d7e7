/**
 * A proposal for a partner outside the casus is answered like one inside (issue 17). Two
 * gateways run the same requests: Veilig Thuis and the RIEC share a person in both (the RIEC's
 * rule lets VT see it); the gemeente holds that person in the one ("binnen") and another person
 * in the other ("buiten"), and its rules tell VT nothing. VT proposes the gemeente as
 * regisseur. Everything VT can observe (the answer, its casussen, its inbox, its FG's search,
 * the tree's growth) must be equal; the gemeente hears of it only where it is in the casus
 * (VT's own rule toward the gemeente grants that).
 */
import { describe, expect, it } from 'vitest';
import { maakOmgeving } from '../helpers/omgeving.js';
import {
  ANDER,
  casussen,
  GEMEENTE,
  gemaskeerd,
  grootte,
  inbox,
  meld,
  PERSOON,
  stelVoor,
  VT,
} from '../helpers/regie.js';
import { registreer, signaal } from '../helpers/signalen.js';

const RIEC = 'riec-mn';

async function wereld(gemeenteBinnen: boolean) {
  const o = await maakOmgeving();
  await meld(o, GEMEENTE, gemeenteBinnen ? PERSOON : ANDER);
  const bsn = [o.pseudoniem('bsn', PERSOON)];
  await registreer(o, RIEC, signaal(o, { doel: 'casusoverleg', pseudoniemen: bsn }));
  const v = (
    await registreer(
      o,
      VT,
      signaal(o, { sterkte: 'hard', doel: 'casusoverleg', pseudoniemen: bsn }),
    )
  ).id;
  const start = await grootte(o, VT);
  const casus = (await casussen(o, VT, v)).casussen[0]?.id as string;
  const r = await stelVoor(o, VT, v, casus, { naar: GEMEENTE, doel: 'zorgcoordinatie' });
  const fg = await o.vraag(`${VT}-fg`, 'GET', '/v1/logboek');
  const waargenomen = {
    status: r.status,
    antwoord: gemaskeerd(await r.json()),
    casussen: gemaskeerd(await casussen(o, VT, v)),
    inbox: gemaskeerd(await inbox(o, VT)),
    fg: { status: fg.status, body: gemaskeerd(await fg.json()) },
    groei: (await grootte(o, VT)) - start,
  };
  return { waargenomen, gemeenteInbox: await inbox(o, GEMEENTE) };
}

describe('een regievoorstel voor een partner buiten de casus', () => {
  it('krijgt hetzelfde antwoord en laat de voorsteller niets anders zien', async () => {
    const binnen = await wereld(true);
    const buiten = await wereld(false);
    expect(binnen.waargenomen.status).toBe(201);
    expect(buiten.waargenomen).toEqual(binnen.waargenomen);
    expect(binnen.waargenomen.casussen).toMatchObject({ casussen: [{ id: '<casus>' }] });
    // Only the gemeente in the casus hears of the proposal.
    expect(binnen.gemeenteInbox.filter((m) => m.regievoorstel)).toHaveLength(1);
    expect(buiten.gemeenteInbox.filter((m) => m.regievoorstel)).toHaveLength(0);
  });
});
