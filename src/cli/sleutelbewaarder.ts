/**
 * @module
 * `ketenpoort sleutelbewaarder`: run the sleutelbewaarder (its own port and folder), make a key
 * for it, or sign its configuration. Meant for a different organisation than the gateway's.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { base64url, vanBase64url } from '../encoding/base64url.js';
import { startSleutelbewaarder } from '../node/sleutelbewaarder.js';
import { ondertekenConfiguratie } from '../sleutelbewaarder/configuratie.js';
import { nieuweOprfSleutel, sleutelbestand } from '../sleutelbewaarder/oprf-sleutel.js';
import type { Opdracht } from './opdracht.js';

const sleutel: Opdracht = {
  naam: 'sleutelbewaarder sleutel',
  gebruik: ['--nieuw --id <sleutel-id> [--map <map>]'],
  uitleg:
    'Maakt een nieuwe OPRF-sleutel in <map>/sleutels/<id>.json en drukt de publieke sleutel af, voor pseudoniemen.yaml van de poort.',
  voerUit: async (args) => {
    const { values } = parseArgs({
      args,
      options: {
        nieuw: { type: 'boolean' },
        id: { type: 'string' },
        map: { type: 'string', default: 'sleutelbewaarder' },
      },
    });
    if (!values.nieuw || !values.id || !/^[a-z0-9][a-z0-9.-]{0,62}$/.test(values.id)) {
      console.error('Geef --nieuw en een --id als gv-2026-1.');
      return 2;
    }
    const pad = join(values.map, 'sleutels', `${values.id}.json`);
    if (existsSync(pad)) {
      console.error(`${pad} bestaat al; een sleutel wordt nooit overschreven.`);
      return 1;
    }
    mkdirSync(join(values.map, 'sleutels'), { recursive: true });
    const s = nieuweOprfSleutel(values.id);
    writeFileSync(pad, sleutelbestand(s), { mode: 0o600 });
    console.log(`id: ${s.id}\npubliek: ${base64url(s.publiek)}`);
    return 0;
  },
};

const onderteken: Opdracht = {
  naam: 'sleutelbewaarder onderteken',
  gebruik: ['--beheerdersleutel <bestand> [--map <map>]'],
  uitleg:
    'Ondertekent <map>/configuratie.json (partners, hun publieke sleutels, quota) met de beheerderssleutel (32 bytes base64url) in configuratie.json.sig.',
  voerUit: async (args) => {
    const { values } = parseArgs({
      args,
      options: {
        beheerdersleutel: { type: 'string' },
        map: { type: 'string', default: 'sleutelbewaarder' },
      },
    });
    if (!values.beheerdersleutel) {
      console.error('Geef --beheerdersleutel.');
      return 2;
    }
    const geheim = vanBase64url(readFileSync(values.beheerdersleutel, 'utf8').trim());
    const tekst = readFileSync(join(values.map, 'configuratie.json'), 'utf8');
    writeFileSync(
      join(values.map, 'configuratie.json.sig'),
      `${ondertekenConfiguratie(tekst, geheim)}\n`,
    );
    console.log('configuratie.json ondertekend.');
    return 0;
  },
};

export const sleutelbewaarder: Opdracht = {
  naam: 'sleutelbewaarder',
  gebruik: [
    '[--map <map>] [--poort <n>] [--host <adres>] [--beheerder <publieke sleutel>]',
    '--demo --partnersleutels <map> [--fg-sleutel <bestand>] [--uitgevers <json>] [--herkomst <origin>] [--map <map>] [--poort <n>]',
  ],
  uitleg:
    'Start de sleutelbewaarder: evalueert geblindeerde elementen voor pseudoniemen v2 (docs/pseudoniemen.md), met een eigen map, poort, ondertekende configuratie en quota.',
  opties: `  --map <map>               eigen map met sleutels/, configuratie.json(.sig) en de database (standaard sleutelbewaarder)
  --poort <n>               poortnummer (standaard 8790; 0 = vrij)
  --beheerder <sleutel>     publieke beheerderssleutel (base64url) die configuratie.json ondertekende
  --demo                    maak ontbrekende demosleutel, beheerderssleutel en configuratie aan
  --partnersleutels <map>   (demo) map met de publieke <partner>.jwks.json van de demopartners
  --fg-sleutel <bestand>    (demo) de sleutel van de FG van de poort hier; gemaakt als hij ontbreekt
  --uitgevers <json>        (demo) de inlogdiensten die hij vertrouwt: [{"issuer", "jwks", "partner", "rollen"}]
  --herkomst <origin>       (demo) de werkplek die vanuit de browser mag evalueren`,
  opdrachten: [sleutel, onderteken],
  voerUit: async (args) => {
    const { values } = parseArgs({
      args,
      options: {
        map: { type: 'string', default: 'sleutelbewaarder' },
        poort: { type: 'string', default: '8790' },
        host: { type: 'string', default: '127.0.0.1' },
        beheerder: { type: 'string' },
        demo: { type: 'boolean' },
        partnersleutels: { type: 'string' },
        'fg-sleutel': { type: 'string' },
        uitgevers: { type: 'string' },
        herkomst: { type: 'string' },
      },
    });
    if (values.demo && !values.partnersleutels) {
      console.error('Geef bij --demo ook --partnersleutels.');
      return 2;
    }
    const draaiend = await startSleutelbewaarder({
      map: values.map,
      poort: Number(values.poort),
      host: values.host,
      beheerder: values.beheerder,
      demo: values.demo
        ? {
            partnersleutels: values.partnersleutels as string,
            fgSleutel: values['fg-sleutel'],
            uitgevers: values.uitgevers ? JSON.parse(values.uitgevers) : undefined,
            herkomst: values.herkomst,
          }
        : undefined,
    });
    console.log(
      `Sleutelbewaarder luistert op ${draaiend.url} (sleutels: ${draaiend.sleutels.map((s) => s.id).join(', ')})`,
    );
    const stop = () => draaiend.stop().then(() => process.exit(0));
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
    if (values.demo) {
      // The demo child stops with the gateway that started it, also when that one was killed.
      const ouder = process.ppid;
      setInterval(() => {
        if (process.ppid !== ouder) void stop();
      }, 1000);
    }
    await new Promise(() => {});
    return 0;
  },
};
