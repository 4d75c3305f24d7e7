/**
 * The one-way case of issue 11, through the pages: Veilig Thuis may tell gemeente Hilversum of
 * its signals, the gemeente's rules tell Veilig Thuis nothing back. What Veilig Thuis's FG
 * sees on the werkplek (search results, every leaf with its proof, the control page with its
 * totals, the CSV and JSONL exports) must be identical for a person the gemeente also holds
 * and for a fresh one; only random values (ids, salts, hashes, signatures) may differ.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoAccounts } from '../../src/node/demo-inlogdienst.js';
import type { Inlogdienst } from '../../src/werkplek/oidc.js';
import { type DemoInlogdienst, demoInlog } from '../helpers/demo-inloggen.js';
import {
  eenrichtingsWereld,
  GEMEENTE,
  VOLGORDES,
  VT,
  zonderToeval,
} from '../helpers/eenrichting.js';
import { alsIngelogd, POORT, type Werkplek } from '../helpers/werkplek-sessie.js';

let idp: DemoInlogdienst;
let inloggen: Inlogdienst;
beforeAll(async () => {
  ({ dienst: idp, inloggen } = await demoInlog(demoAccounts([VT, GEMEENTE], 'ketenpoort'), POORT));
});
afterAll(() => idp?.stop());

/** Everything Veilig Thuis's FG can read on the werkplek, leaf by leaf. */
async function waarneming(o: Werkplek) {
  const pagina = await alsIngelogd(o, VT);
  const lees = async (pad: string) => {
    const r = await pagina(pad);
    return `${pad} ${r.status}\n${zonderToeval(await r.text())}`;
  };
  const gezien = [await lees('/fg'), await lees('/fg/controle')];
  for (let blad = 1; blad <= 6; blad++) gezien.push(await lees(`/fg/blad/${blad}`));
  gezien.push(await lees('/fg/export/csv'), await lees('/fg/export/jsonl'));
  return gezien;
}

describe.each(VOLGORDES)('eenrichtingsregel op de werkplek: %s', (_, volgorde) => {
  const opzet = (zelfdePersoon: boolean) => eenrichtingsWereld(inloggen, volgorde, zelfdePersoon);

  it('de FG van VT ziet op elke pagina en in elke export hetzelfde als bij een onbekende persoon', async () => {
    const gematcht = await waarneming(await opzet(true));
    const los = await waarneming(await opzet(false));
    expect(gematcht).toEqual(los);
    // Not vacuous: VT's FG sees its own registration, and no verstrekking.
    expect(gematcht[0]).toContain('<td class="utrecht-table__cell">Registratie</td>');
    expect(gematcht[0]).not.toContain('<td class="utrecht-table__cell">Verstrekking</td>');
    expect(gematcht.join()).not.toContain('Gemeente Hilversum</td>');
  });

  it('de FG van de poort ziet de verstrekking VT -> gemeente wel', async () => {
    const o = await opzet(true);
    const html = await (
      await (
        await alsIngelogd(o, 'ketenpoort')
      )('/fg?actie=verstrekking&bron=vtgv')
    ).text();
    expect(html).toContain('1 logboekregels');
  });
});
