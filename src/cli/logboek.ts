/**
 * @module
 * `ketenpoort logboek verifieer`: the FG's check of the whole logboek, on the live database or
 * offline on an export plus checkpoint files. Names the first bad place; exit code 1 then.
 * `ketenpoort logboek sleutel`: the log's public key (vkey), or a new checkpoint key.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { type Configuratie, leesConfiguratie } from '../config/env.js';
import { exportBron } from '../logboek/export-bron.js';
import {
  type NoteVerifier,
  noteVerifierKey,
  parseSignerKey,
  parseVerifierKey,
} from '../logboek/note.js';
import { getuigeVerifier, nieuweSleutel, vkeyVan } from '../logboek/sleutels.js';
import { type Verificatie, verifieerLogboek } from '../logboek/verifieer.js';
import { nodeHasher } from '../node/logboek-hash.js';
import { leesGetuigenBestand } from '../node/logboek-sleutels.js';
import { openSqliteAlleenLezen } from '../store/sqlite-alleen-lezen.js';
import { verificatieBron } from '../store/verificatie-bron.js';
import { EXPORT_HULP, logboekExport } from './logboek-export.js';
import { sleutelTekst } from './sleutel-lezen.js';

const GEBRUIK = `Gebruik: ketenpoort logboek verifieer [--database <bestand>] [--sleutel <vkey>] [--json]
       ketenpoort logboek verifieer --export <regels.jsonl> --checkpoint <note> [--checkpoint ...]
                                    --sleutel <vkey> [--getuige <vkey> ...] [--json]
       ketenpoort logboek sleutel [--nieuw --naam <origin> --uit <bestand>]
${EXPORT_HULP}`;

/** Dispatches `logboek verifieer`, `logboek sleutel` and `logboek export`. */
export async function logboek(args: string[]): Promise<number> {
  if (args[0] === 'verifieer') return verifieer(args.slice(1));
  if (args[0] === 'export') return logboekExport(args.slice(1));
  if (args[0] === 'sleutel') return sleutel(args.slice(1));
  console.error(GEBRUIK);
  return 2;
}

async function verifieer(args: string[]): Promise<number> {
  const { values: v } = parseArgs({
    args,
    options: {
      sleutel: { type: 'string' },
      database: { type: 'string' },
      export: { type: 'string' },
      checkpoint: { type: 'string', multiple: true, default: [] },
      getuige: { type: 'string', multiple: true, default: [] },
      json: { type: 'boolean', default: false },
    },
  });
  const cfg = leesConfiguratie(process.env);
  const log = v.sleutel
    ? parseVerifierKey(sleutelTekst(v.sleutel, 'sleutel'))
    : await geconfigureerdeSleutel(cfg);
  // Trusted witnesses: those given with --getuige, and live also the gateway's configured ones.
  const getuigen = [
    ...v.getuige.map((g) => getuigeVerifier(sleutelTekst(g, 'getuige'))),
    ...(v.export ? [] : leesGetuigenBestand(cfg.getuigen)),
  ];
  let uitslag: Verificatie;
  if (v.export) {
    if (v.checkpoint.length === 0) {
      console.error(`Geef bij --export minstens één --checkpoint.\n${GEBRUIK}`);
      return 2;
    }
    const notes = v.checkpoint.map((p) => readFileSync(p, 'utf8'));
    uitslag = await verifieerLogboek(exportBron(readFileSync(v.export, 'utf8'), notes), {
      log,
      getuigen,
      hasher: nodeHasher,
    });
  } else {
    // Read-only and never migrated: the audit leaves the database exactly as it found it.
    const db = openSqliteAlleenLezen(v.database ?? cfg.database);
    try {
      uitslag = await verifieerLogboek(verificatieBron(db.boom), {
        log,
        getuigen,
        hasher: nodeHasher,
      });
    } finally {
      db.close();
    }
  }
  console.log(v.json ? JSON.stringify(uitslag, null, 2) : toonVerificatie(uitslag, log));
  return uitslag.geldig ? 0 : 1;
}

/** The report in Dutch: checkpoints with their witnesses, then every finding, first first. */
export function toonVerificatie(u: Verificatie, log: NoteVerifier): string {
  const regels = [`Logboek ${log.name}: ${u.regels} regels, ${u.checkpoints.length} checkpoints.`];
  const getuigd = u.checkpoints.filter((c) => c.cosignaturen > 0);
  for (const c of getuigd) {
    regels.push(
      `  checkpoint ${c.grootte}: ${c.cosignaturen} getuige(n) (${c.getuigen.join(', ')})`,
    );
  }
  const zonder = u.checkpoints.length - getuigd.length;
  if (zonder > 0) regels.push(`  ${zonder} checkpoint(s) zonder cosignatuur van een getuige`);
  if (u.geldig) {
    regels.push('Alles klopt: elke regel, de boom, elke handtekening en de consistentie.');
    return regels.join('\n');
  }
  regels.push(`FOUT: het logboek klopt niet (${u.fouten.length} bevinding(en)):`);
  for (const f of u.fouten) regels.push(`  ${f.plaats}: ${f.wat}`);
  regels.push(`Eerste foute plaats: ${u.fouten[0]?.plaats}.`);
  return regels.join('\n');
}

/** The vkey of the configured checkpoint key (never creates one). */
async function geconfigureerdeSleutel(cfg: Configuratie) {
  const pad = join(cfg.data, 'checkpointsleutel');
  const skey = cfg.checkpointsleutel ?? (existsSync(pad) ? readFileSync(pad, 'utf8').trim() : '');
  if (!skey) {
    throw new Error(
      `Geen sleutel van het logboek gevonden (KETENPOORT_CHECKPOINTSLEUTEL of ${pad}). ` +
        "Voor 'logboek verifieer': geef --sleutel <vkey> (de publieke sleutel van de beheerder); " +
        "een nieuwe sleutel maakt u met 'ketenpoort logboek sleutel --nieuw --naam <origin> --uit <bestand>'.",
    );
  }
  return parseVerifierKey(vkeyVan(await parseSignerKey(skey)));
}

async function sleutel(args: string[]): Promise<number> {
  const { values: v } = parseArgs({
    args,
    options: {
      nieuw: { type: 'boolean', default: false },
      naam: { type: 'string' },
      uit: { type: 'string' },
    },
  });
  if (!v.nieuw) {
    const log = await geconfigureerdeSleutel(leesConfiguratie(process.env));
    console.log(noteVerifierKey(log.name, log.publicKey));
    return 0;
  }
  if (!v.naam || !v.uit) {
    console.error(GEBRUIK);
    return 2;
  }
  if (existsSync(v.uit)) {
    console.error(`${v.uit} bestaat al; kies een ander bestand.`);
    return 1;
  }
  const nieuw = await nieuweSleutel(v.naam);
  writeFileSync(v.uit, `${nieuw.skey}\n`, { mode: 0o600 });
  console.log(
    `Geheime checkpointsleutel geschreven naar ${v.uit}. Publiceer deze vkey voor getuigen en de FG:\n${nieuw.vkey}`,
  );
  return 0;
}
