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
import { registreer, signaal } from '../helpers/signalen.js';
import { alsIngelogd, POORT, type Werkplek, werkplekMet } from '../helpers/werkplek-sessie.js';

const VT = 'vtgv';
const GEMEENTE = 'gemeente-hilversum';
let idp: DemoInlogdienst;
let inloggen: Inlogdienst;
beforeAll(async () => {
  ({ dienst: idp, inloggen } = await demoInlog(demoAccounts([VT, GEMEENTE], 'ketenpoort'), POORT));
});
afterAll(() => idp?.stop());

/** Random values replaced: uuids, base64url hashes and salts, hex hashes, signed notes. */
function zonderToeval(tekst: string): string {
  return (
    tekst
      .replace(/<pre[^>]*>[\s\S]*?<\/pre>/g, '<pre>checkpoint</pre>')
      .replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g, 'UUID')
      .replace(/[0-9a-f]{64}/g, 'HEX')
      // A cell that starts with '-' gets a quote in the CSV (no formula): part of the random value.
      .replace(/'?[A-Za-z0-9_-]{43}/g, 'B64')
  );
}

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

describe.each([
  ['VT registreert wat de gemeente al heeft', [GEMEENTE, VT]],
  ['de gemeente registreert wat VT al heeft', [VT, GEMEENTE]],
] as const)('eenrichtingsregel op de werkplek: %s', (_, volgorde) => {
  async function opzet(zelfdePersoon: boolean) {
    const o = await werkplekMet(inloggen);
    const maak = {
      [VT]: (bsn: string) =>
        signaal(o, {
          sterkte: 'hard',
          doel: 'casusoverleg',
          pseudoniemen: [o.pseudoniem('bsn', bsn)],
        }),
      [GEMEENTE]: (bsn: string) =>
        signaal(o, { doel: 'zorgcoordinatie', pseudoniemen: [o.pseudoniem('bsn', bsn)] }),
    };
    const [eerst, dan] = volgorde;
    // Made-up BSNs that pass the 11-proef.
    await registreer(o, eerst, maak[eerst]('111222333'));
    await registreer(o, dan, maak[dan](zelfdePersoon ? '111222333' : '123456782'));
    return o;
  }

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
