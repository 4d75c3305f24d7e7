/**
 * @module
 * `ketenpoort logboek verifieer`: the FG's check of the whole logboek, on the database (read
 * only, never migrated) or offline on an export plus checkpoint files. Names the first bad
 * place; exit code 1 then.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { leesConfiguratie } from '../config/env.js';
import type { Sleutelwissel } from '../logboek/entry.js';
import { exportBron, sleutelwisselsUitExport } from '../logboek/export-bron.js';
import { type NoteVerifier, parseVerifierKey } from '../logboek/note.js';
import { reeksVanPoort, reeksVoorVerifier } from '../logboek/sleutelreeks.js';
import { getuigeVerifier } from '../logboek/sleutels.js';
import { type Verificatie, verifieerLogboek } from '../logboek/verifieer.js';
import { nodeHasher } from '../node/logboek-hash.js';
import { leesGetuigenBestand } from '../node/logboek-sleutels.js';
import { openSqliteAlleenLezen } from '../store/sqlite-alleen-lezen.js';
import { verifieerOpgeslagenLogboek } from '../use-cases/logboek-verifieren.js';
import { gebruiksfout, type Opdracht } from './opdracht.js';
import { geconfigureerdeSleutel, sleutelTekst } from './sleutel-lezen.js';

export const logboekVerifieer: Opdracht = {
  naam: 'logboek verifieer',
  gebruik: [
    '[--database <bestand>] [--sleutel <vkey>] [--getuige <vkey> ...] [--json]',
    '--export <regels.jsonl> --checkpoint <note> [--checkpoint ...] --sleutel <vkey> [--getuige <vkey> ...] [--json]',
  ],
  uitleg:
    'Controleert het hele logboek: regels, boom, checkpoints, getuigen; in de database ' +
    '(alleen lezend, zonder migratie) of offline op een export.',
  opties: `  --database <bestand>   standaard KETENPOORT_DATABASE of <data>/ketenpoort.sqlite
  --sleutel <vkey>       tekst of bestand; standaard de sleutel uit de configuratie. Na een
                         sleutelwissel: de oudste sleutel die u vertrouwt; de wissels in het
                         logboek leiden naar de nieuwere
  --getuige <vkey>       een getuige wiens cosignaturen meetellen (naast <data>/getuigen.txt)
  --json                 het rapport als JSON`,
  voerUit: (args) => verifieer(args),
};

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
  if (v.export && v.checkpoint.length === 0)
    return gebruiksfout(logboekVerifieer, 'Geef bij --export minstens één --checkpoint.');
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
  // A key given with --sleutel is the FG's own anchor; the configured key is the gateway's
  // newest, reached through the log's own handovers (see sleutelreeks.ts).
  const reeks = (wissels: readonly Sleutelwissel[]) =>
    v.sleutel ? reeksVoorVerifier(log, wissels) : reeksVanPoort(log, wissels);
  if (v.export) {
    const jsonl = readFileSync(v.export, 'utf8');
    const notes = v.checkpoint.map((p) => readFileSync(p, 'utf8'));
    const opties = {
      log,
      sleutels: await reeks(sleutelwisselsUitExport(jsonl)),
      getuigen,
      hasher: nodeHasher,
    };
    uitslag = await verifieerLogboek(exportBron(jsonl, notes), opties);
  } else {
    // Read-only and never migrated: the audit leaves the database exactly as it found it.
    const db = openSqliteAlleenLezen(v.database ?? cfg.database);
    try {
      const wissels = db
        .zoekLogboek({ actie: 'sleutelwissel' }, 0, 1000)
        .flatMap((e) => (e.sleutelwissel ? [e.sleutelwissel] : []));
      const opties = { log, sleutels: await reeks(wissels), getuigen, hasher: nodeHasher };
      uitslag = await verifieerOpgeslagenLogboek(db, opties);
    } finally {
      db.close();
    }
  }
  console.log(v.json ? JSON.stringify(uitslag, null, 2) : toonVerificatie(uitslag, log));
  return uitslag.geldig ? 0 : 1;
}

/** The report in Dutch: checkpoints with their witnesses, then every finding, first first. */
export function toonVerificatie(u: Verificatie, log: NoteVerifier): string {
  const regels = [
    `Logboek ${log.name}: ${u.bladen} bladen met ${u.regels} regels, ${u.checkpoints.length} checkpoints.`,
  ];
  const getuigd = u.checkpoints.filter((c) => c.cosignaturen > 0);
  for (const c of getuigd) {
    regels.push(
      `  checkpoint ${c.grootte}: ${c.cosignaturen} getuige(n) (${c.getuigen.join(', ')})`,
    );
  }
  const zonder = u.checkpoints.length - getuigd.length;
  if (zonder > 0) regels.push(`  ${zonder} checkpoint(s) zonder cosignatuur van een getuige`);
  if (u.gewist > 0) {
    regels.push(
      `  blad 1 tot en met ${u.gewist} gewist door de bewaartermijn van het logboek (nummer, tijdstip en leaf-hash bewaard; gecontroleerd tegen de logboekregel 'logboek-gewist')`,
    );
  }
  if (u.geldig) {
    regels.push('Alles klopt: elke regel, de boom, elke handtekening en de consistentie.');
    return regels.join('\n');
  }
  regels.push(`FOUT: het logboek klopt niet (${u.fouten.length} bevinding(en)):`);
  for (const f of u.fouten) regels.push(`  ${f.plaats}: ${f.wat}`);
  regels.push(`Eerste foute plaats: ${u.fouten[0]?.plaats}.`);
  return regels.join('\n');
}
