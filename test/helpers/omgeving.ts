/**
 * A fresh gateway per test: in-memory SQLite, the example policies, a key pair per
 * partner, and a clock the test moves. Nothing is shared between tests.
 */

import { hc } from 'hono/client';
import { exportJWK, generateKeyPair, type JWK } from 'jose';
import { runtime } from '#runtime';
import { maakApp, type V1 } from '../../src/api/app.js';
import { demoIdentiteiten } from '../../src/api/auth/demo-identiteiten.js';
import type { VertrouwdeSleutel } from '../../src/api/auth/rollen.js';
import { type Bezorgdienst, maakDiensten } from '../../src/api/diensten.js';
import { maakToken } from '../../src/client/token.js';
import type { Soort } from '../../src/identity/soorten.js';
import { getuigeVerifier, nieuweSleutel } from '../../src/logboek/sleutels.js';
import { type Beleid, laadBeleid } from '../../src/policy/index.js';
import type { Store } from '../../src/store/store.js';
import { pseudoniemV2 } from './pseudoniem-v2.js';
import { maakVraag } from './vraag.js';

/** The public test ketensleutel of the vectors (bytes 0..31). */
export const TEST_KETENSLEUTEL = Uint8Array.from({ length: 32 }, (_, i) => i);
export const START = Date.parse('2026-03-02T09:00:00.000Z');

/**
 * `logboekSleutel`: the log's checkpoint key, to run two gateways under one log identity (a fork).
 * `quota`: the text of a quota.yaml to use instead of the example one (see `quotaYaml`).
 * `bestanden`: policy files (path and text) that replace or add to the example ones.
 */
export async function maakOmgeving(
  opties: {
    logboekSleutel?: LogboekSleutel;
    quota?: string;
    bestanden?: Array<{ pad: string; tekst: string }>;
    /** Leaves per part of GET /v1/logboek/verificatie (as on the Worker); absent: all at once. */
    verificatieDeel?: number;
    /** Issue 18: the delivery service, built on this gateway's store, policy and clock. */
    bezorging?: (store: Store, beleid: Beleid, klok: () => number) => Bezorgdienst | undefined;
  } = {},
) {
  const vervangen = [
    ...(opties.quota === undefined ? [] : [{ pad: 'quota.yaml', tekst: opties.quota }]),
    ...(opties.bestanden ?? []),
  ];
  const beleid = laadBeleid([
    ...runtime.beleidBestanden().filter((b) => !vervangen.some((v) => v.pad === b.pad)),
    ...vervangen,
  ]);
  const store = await runtime.maakStore();
  let nu = START;
  const klok = () => nu;
  const prive = new Map<string, JWK & { kid: string; iss: string }>();
  const bron = new Map<string, VertrouwdeSleutel[]>();
  // The same identities as the demo region: per partner a partner key and an FG key,
  // and for the gateway itself an FG and a jurist key.
  for (const { iss, naam, rollen } of demoIdentiteiten(beleid)) {
    const { publicKey, privateKey } = await generateKeyPair('EdDSA', { extractable: true });
    const kid = `${naam}-1`;
    prive.set(naam, { ...(await exportJWK(privateKey)), kid, alg: 'EdDSA', iss });
    bron.set(iss, [
      ...(bron.get(iss) ?? []),
      { ...(await exportJWK(publicKey)), kid, alg: 'EdDSA', rollen },
    ]);
  }
  const opslagsleutel = crypto.getRandomValues(new Uint8Array(32));
  const fouten: unknown[] = [];
  // The log's checkpoint key and three witnesses the gateway knows.
  const logboekSleutel =
    opties.logboekSleutel ?? (await nieuweSleutel('test.ketenpoort.example/logboek'));
  const getuigen = await Promise.all(
    ['getuige-vtgv', 'getuige-tmm', 'getuige-fg'].map((naam) => nieuweSleutel(naam)),
  );
  const diensten = maakDiensten({
    store,
    beleid,
    lading: { geladenOp: START, vereist: 0, ondertekenaars: [] },
    opslagsleutel,
    vertrouwensbron: bron,
    ondertekenaar: logboekSleutel.ondertekenaar,
    getuigen: getuigen.map((g) => getuigeVerifier(g.getuigeVkey)),
    checkpointInterval: 0,
    checkpoints: 'gedeeld',
    verificatieDeel: opties.verificatieDeel,
    bezorging: opties.bezorging?.(store, beleid, klok),
    klok,
    logFout: (_id, fout) => fouten.push(fout),
  });
  const app = maakApp(diensten);

  /** A fresh token for identity `naam`: a partner id, `<partner>-fg`, `ketenpoort-fg` or `ketenpoort-jurist`. */
  const token = (naam: string, gebruiker = 'medewerker-1') => {
    const jwk = prive.get(naam);
    if (!jwk) throw new Error(`geen sleutel voor ${naam}`);
    return maakToken(jwk, { partner: jwk.iss, gebruiker, nu });
  };

  /** A request as identity `naam` with a fresh token. */
  const vraag = maakVraag(app, (naam) => token(naam));

  /**
   * A client typed from the routes, signing a fresh token for identity `naam` per request:
   * `await (await o.klant('vtgv').signalen.$post({ json })).json()` is typed, no casts.
   */
  const klant = (naam: string, gebruiker = 'medewerker-1') =>
    hc<V1>('http://ketenpoort.test/v1', {
      fetch: (input: RequestInfo | URL, init?: RequestInit) => app.request(input, init),
      headers: async () => ({ authorization: `Bearer ${await token(naam, gebruiker)}` }),
    });

  return {
    app,
    klant,
    store,
    beleid,
    diensten,
    bron,
    prive,
    fouten,
    logboekSleutel,
    getuigen,
    token,
    vraag,
    zetKlok: (ms: number) => {
      nu = ms;
    },
    pseudoniem: (soort: Soort, waarde: string) => pseudoniemV2(soort, waarde),
  };
}

/**
 * A quota.yaml for a test gateway: every partner gets `standaard`, high limits where it names
 * none, and the warning thresholds of the example policy unless given.
 */
export function quotaYaml(
  standaard: {
    registraties?: { uur: number; dag: number };
    pseudoniemen?: { uur: number; dag: number };
    overlapvragen?: { uur: number; dag: number };
    batch?: number;
  } = {},
  intrekkingen: { minuten: number; aantal: number } = { minuten: 60, aantal: 3 },
): string {
  const ruim = { uur: 100_000, dag: 100_000 };
  const venster = (v: { uur: number; dag: number } = ruim) => `{ uur: ${v.uur}, dag: ${v.dag} }`;
  return `standaard:
  registraties: ${venster(standaard.registraties)}
  pseudoniemen: ${venster(standaard.pseudoniemen)}
  overlapvragen: ${venster(standaard.overlapvragen)}
  batch: ${standaard.batch ?? Math.min(1000, standaard.registraties?.uur ?? 1000)}
waarschuwingen:
  intrekkingen: { minuten: ${intrekkingen.minuten}, aantal: ${intrekkingen.aantal} }
  bewaartermijn: 12
`;
}

export type Omgeving = Awaited<ReturnType<typeof maakOmgeving>>;
type LogboekSleutel = Awaited<ReturnType<typeof nieuweSleutel>>;
