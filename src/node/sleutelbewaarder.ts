/**
 * @module
 * Starts the sleutelbewaarder in Node: its own folder (keys, signed configuration, store), its
 * own port. In demo mode it makes what is missing: the public demo key demo-v2 (pinned in the
 * demo policy), a beheerder key of its own, and a configuration for the demo partners' public
 * keys, signed with that beheerder key. Nothing here is read by the gateway.
 */
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { serve } from '@hono/node-server';
import { FG_SLEUTELBEWAARDER_ID, nieuweFgSleutel } from '../client/fg-sleutel.js';
import { base64url, vanBase64url } from '../encoding/base64url.js';
import { POORT } from '../logboek/zoeken.js';
import { maakSleutelbewaarderApp } from '../sleutelbewaarder/app.js';
import {
  beheerderPubliek,
  type Configuratie,
  leesConfiguratieTekst,
  ondertekenConfiguratie,
} from '../sleutelbewaarder/configuratie.js';
import { demoOprfSleutel } from '../sleutelbewaarder/demo-sleutel.js';
import {
  leesSleutelbestand,
  type OprfSleutel,
  sleutelbestand,
} from '../sleutelbewaarder/oprf-sleutel.js';
import { openSleutelbewaarderOpslag } from './sleutelbewaarder-opslag.js';

export interface SleutelbewaarderInstellingen {
  /** Its own folder: sleutels/, configuratie.json(.sig), sleutelbewaarder.sqlite. */
  map: string;
  poort: number;
  host: string;
  /** The beheerder's public key (base64url); in demo mode taken from the folder. */
  beheerder?: string | undefined;
  /**
   * Demo mode: create what is missing; `partnersleutels` holds the demo `<partner>.jwks.json`;
   * `fgSleutel`: where the gateway FG's own key is (made when absent, with its public half in
   * `<fgSleutel>.pub.json` for the configuration).
   */
  demo?:
    | {
        partnersleutels: string;
        fgSleutel?: string | undefined;
        /** The demo identity providers it trusts for people in a browser. */
        uitgevers?: Configuratie['uitgevers'];
        /** The werkplek's origin, whose pages may evaluate from a browser. */
        herkomst?: string | undefined;
      }
    | undefined;
}

/** Demo quotas: enough for `pseudoniem --csv` over 100,000 identifiers in a day. */
const DEMO_QUOTUM = { perVerzoek: 1000, perDag: 200_000 };

/**
 * Makes the demo folder complete where something is missing. The gateway's own keys
 * (`ketenpoort.jwks.json`: its FG and jurists at the gateway) are no partner here: the
 * gateway's credentials get 401. The FG asks with its own key instead ({@link zorgVoorFgSleutel}).
 */
async function zorgVoorDemo(map: string, o: NonNullable<SleutelbewaarderInstellingen['demo']>) {
  const { partnersleutels } = o;
  const sleutels = join(map, 'sleutels');
  mkdirSync(sleutels, { recursive: true });
  const demo = demoOprfSleutel();
  if (readdirSync(sleutels).length === 0) {
    writeFileSync(join(sleutels, `${demo.id}.json`), sleutelbestand(demo), { mode: 0o600 });
  }
  const beheerder = join(map, 'beheerder.key');
  if (!existsSync(beheerder)) {
    writeFileSync(beheerder, `${base64url(new Uint8Array(randomBytes(32)))}\n`, { mode: 0o600 });
  }
  const geheim = vanBase64url(readFileSync(beheerder, 'utf8').trim());
  const partners: Configuratie['partners'] = readdirSync(partnersleutels)
    .filter((f) => f.endsWith('.jwks.json') && f !== `${POORT}.jwks.json`)
    .sort()
    .map((f) => ({
      id: f.slice(0, -'.jwks.json'.length),
      sleutels: (
        JSON.parse(readFileSync(join(partnersleutels, f), 'utf8')) as {
          keys: Configuratie['partners'][number]['sleutels'];
        }
      ).keys.map(({ rollen: _, ...k }) => k),
      quotum: DEMO_QUOTUM,
    }));
  if (o.fgSleutel) partners.push(await zorgVoorFgSleutel(o.fgSleutel));
  const tekst = `${JSON.stringify(
    {
      partners,
      ...(o.uitgevers ? { uitgevers: o.uitgevers } : {}),
      ...(o.herkomst ? { herkomsten: [o.herkomst] } : {}),
    },
    null,
    2,
  )}\n`;
  writeFileSync(join(map, 'configuratie.json'), tekst);
  writeFileSync(join(map, 'configuratie.json.sig'), `${ondertekenConfiguratie(tekst, geheim)}\n`);
  writeFileSync(join(map, 'beheerder.pub'), `${base64url(beheerderPubliek(geheim))}\n`);
}

/**
 * The FG's own key at the sleutelbewaarder, made where the FG keeps it when absent (in the demo
 * this process stands in for the FG's device: the gateway process never makes or reads it).
 */
async function zorgVoorFgSleutel(pad: string): Promise<Configuratie['partners'][number]> {
  const publiek = `${pad}.pub.json`;
  if (!existsSync(pad) || !existsSync(publiek)) {
    const nieuw = await nieuweFgSleutel(`${FG_SLEUTELBEWAARDER_ID}-demo-1`);
    mkdirSync(dirname(pad), { recursive: true, mode: 0o700 });
    writeFileSync(pad, `${JSON.stringify(nieuw.prive, null, 2)}\n`, { mode: 0o600 });
    writeFileSync(publiek, `${JSON.stringify(nieuw.configuratie, null, 2)}\n`);
  }
  return JSON.parse(readFileSync(publiek, 'utf8')) as Configuratie['partners'][number];
}

/** Reads every key file in `<map>/sleutels`: one, or two during a rotation. */
function leesSleutels(map: string): OprfSleutel[] {
  const sleutels = join(map, 'sleutels');
  const bestanden = existsSync(sleutels)
    ? readdirSync(sleutels).filter((f) => f.endsWith('.json'))
    : [];
  if (bestanden.length === 0) {
    throw new Error(
      `Geen sleutel in ${sleutels}. Maak er een met 'ketenpoort sleutelbewaarder sleutel --nieuw --id <id> --map ${map}'.`,
    );
  }
  return bestanden
    .sort()
    .map((f) => leesSleutelbestand(readFileSync(join(sleutels, f), 'utf8'), f));
}

/** Starts the service; resolves once it listens. */
export async function startSleutelbewaarder(o: SleutelbewaarderInstellingen) {
  mkdirSync(o.map, { recursive: true });
  if (o.demo) await zorgVoorDemo(o.map, o.demo);
  const beheerder =
    o.beheerder ??
    (existsSync(join(o.map, 'beheerder.pub'))
      ? readFileSync(join(o.map, 'beheerder.pub'), 'utf8').trim()
      : undefined);
  if (!beheerder) {
    throw new Error(
      'Geef de publieke beheerderssleutel van de sleutelbewaarder (--beheerder), waarmee configuratie.json is ondertekend.',
    );
  }
  const configuratie = leesConfiguratieTekst(
    readFileSync(join(o.map, 'configuratie.json'), 'utf8'),
    readFileSync(join(o.map, 'configuratie.json.sig'), 'utf8'),
    vanBase64url(beheerder),
  );
  const sleutels = leesSleutels(o.map);
  const opslag = openSleutelbewaarderOpslag(join(o.map, 'sleutelbewaarder.sqlite'));
  const app = maakSleutelbewaarderApp({
    configuratie,
    sleutels,
    opslag,
    klok: Date.now,
    logTelling: (r) => console.log(`sleutelbewaarder ${r}`),
  });
  return new Promise<{ url: string; sleutels: OprfSleutel[]; stop(): Promise<void> }>((klaar) => {
    const server = serve({ fetch: app.fetch, port: o.poort, hostname: o.host }, (info) => {
      const url = `http://${o.host}:${info.port}`;
      writeFileSync(join(o.map, 'url'), `${url}\n`);
      klaar({
        url,
        sleutels,
        stop: () =>
          new Promise<void>((k) =>
            server.close(() => {
              opslag.close();
              k();
            }),
          ),
      });
    });
  });
}
