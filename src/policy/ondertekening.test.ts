import { exportJWK, generateKeyPair, type JWK } from 'jose';
import { describe, expect, it } from 'vitest';
import { maakToken } from '../client/token.js';
import {
  controleerHandtekeningen,
  type JuristSleutel,
  ondertekenBeleid,
  vereisOndertekening,
} from './ondertekening.js';

const HASH = 'a'.repeat(64);
const NU = Date.parse('2026-03-02T09:00:00.000Z');

async function sleutelpaar(kid: string, naam?: string) {
  const { publicKey, privateKey } = await generateKeyPair('EdDSA', { extractable: true });
  const prive = { ...(await exportJWK(privateKey)), kid, alg: 'EdDSA', iss: 'ketenpoort' };
  const publiek: JuristSleutel = { ...(await exportJWK(publicKey)), kid, alg: 'EdDSA', naam };
  return { prive, publiek };
}

const a = await sleutelpaar('jurist-a-1', 'mr. A. Jansen');
const b = await sleutelpaar('jurist-b-1', 'mr. B. de Vries');
const vreemd = await sleutelpaar('partner-1');
const juristen = [a.publiek, b.publiek];
const teken = (p: JWK & { kid: string }, jurist: string, hash = HASH) =>
  ondertekenBeleid(hash, p, { jurist, nu: NU });

describe('ondertekening', () => {
  it('accepts two distinct jurist keys and names both signers as the configuration does', async () => {
    const r = await vereisOndertekening(
      HASH,
      [
        // The signed claim (sub) is not what names the signer: the key configuration is.
        { pad: 'handtekeningen/jurist-a-1.jws', tekst: await teken(a.prive, 'iemand anders') },
        { pad: 'handtekeningen/jurist-b-1.jws', tekst: await teken(b.prive, 'jurist-b') },
      ],
      juristen,
      2,
    );
    expect(r).toEqual([
      { kid: 'jurist-a-1', jurist: 'mr. A. Jansen', ondertekendOp: '2026-03-02T09:00:00.000Z' },
      { kid: 'jurist-b-1', jurist: 'mr. B. de Vries', ondertekendOp: '2026-03-02T09:00:00.000Z' },
    ]);
  });

  it('counts one jurist once, even with two keys, and a key without a name for no one', async () => {
    const tweede = await sleutelpaar('jurist-a-2', 'mr. A. Jansen');
    const naamloos = await sleutelpaar('jurist-x-1');
    const r = await controleerHandtekeningen(
      HASH,
      [
        { pad: 'a1.jws', tekst: await teken(a.prive, 'x') },
        { pad: 'a2.jws', tekst: await teken(tweede.prive, 'x') },
        { pad: 'x.jws', tekst: await teken(naamloos.prive, 'x') },
      ],
      [a.publiek, tweede.publiek, naamloos.publiek],
    );
    expect(r.ondertekenaars.map((o) => o.jurist)).toEqual(['mr. A. Jansen']);
    expect(r.afgewezen).toEqual([
      { pad: 'a2.jws', reden: "jurist 'mr. A. Jansen' telt al mee" },
      {
        pad: 'x.jws',
        reden: "sleutel 'jurist-x-1' heeft in de sleutelconfiguratie geen naam van een jurist",
      },
    ]);
  });

  it('refuses an unsigned set when signatures are required, saying how to fix it', async () => {
    await expect(vereisOndertekening(HASH, [], juristen, 2)).rejects.toThrow(
      `Het beleid ${HASH} is niet geladen: er zijn 2 geldige handtekening(en) van verschillende juristen nodig, gevonden: 0.`,
    );
    await expect(vereisOndertekening(HASH, [], juristen, 0)).resolves.toEqual([]);
  });

  it('counts one key once, even when the same signature is stored twice', async () => {
    const t = await teken(a.prive, 'jurist-a');
    const fout = vereisOndertekening(
      HASH,
      [
        { pad: 'handtekeningen/een.jws', tekst: t },
        { pad: 'handtekeningen/twee.jws', tekst: t },
      ],
      juristen,
      2,
    );
    await expect(fout).rejects.toThrow(
      /gevonden: 1 \(mr\. A\. Jansen met sleutel jurist-a-1\)\.\n {2}handtekeningen\/twee\.jws: sleutel van 'jurist-a-1' telt al mee/,
    );
  });

  it('counts one key once under two kids', async () => {
    const tweedeKid = { ...a.publiek, kid: 'jurist-a-2' };
    const r = await controleerHandtekeningen(
      HASH,
      [
        { pad: 'x.jws', tekst: await teken(a.prive, 'jurist-a') },
        { pad: 'y.jws', tekst: await teken({ ...a.prive, kid: 'jurist-a-2' }, 'jurist-a') },
      ],
      [a.publiek, tweedeKid],
    );
    expect(r.ondertekenaars).toHaveLength(1);
    expect(r.afgewezen).toEqual([{ pad: 'y.jws', reden: "sleutel van 'jurist-a-2' telt al mee" }]);
  });

  it('rejects a signature on another set, by an untrusted key, altered, or an API token', async () => {
    const ander = await teken(a.prive, 'jurist-a', 'b'.repeat(64));
    const onbekend = await teken(vreemd.prive, 'iemand');
    const goed = await teken(b.prive, 'jurist-b');
    const [kop, , sig] = goed.split('.');
    const gewijzigd = `${kop}.${Buffer.from(JSON.stringify({ beleid: HASH, sub: 'x', aud: 'ketenpoort-beleid', iat: 1 })).toString('base64url')}.${sig}`;
    const token = await maakToken(a.prive as never, {
      partner: 'ketenpoort',
      gebruiker: 'jurist-a',
      nu: NU,
    });
    const r = await controleerHandtekeningen(
      HASH,
      [
        { pad: 'ander.jws', tekst: ander },
        { pad: 'onbekend.jws', tekst: onbekend },
        { pad: 'gewijzigd.jws', tekst: gewijzigd },
        { pad: 'token.jws', tekst: token },
        { pad: 'rommel.jws', tekst: 'geen jws' },
      ],
      juristen,
    );
    expect(r.ondertekenaars).toEqual([]);
    expect(r.afgewezen).toEqual([
      {
        pad: 'ander.jws',
        reden: "handtekening van 'jurist-a-1' hoort bij een ander beleid (bbbbbbbbbbbb...)",
      },
      { pad: 'onbekend.jws', reden: "sleutel 'partner-1' is geen vertrouwde juristensleutel" },
      { pad: 'gewijzigd.jws', reden: "handtekening van 'jurist-b-1' klopt niet" },
      { pad: 'token.jws', reden: "handtekening van 'jurist-a-1' klopt niet" },
      { pad: 'rommel.jws', reden: 'geen geldige JWS' },
    ]);
  });
});
