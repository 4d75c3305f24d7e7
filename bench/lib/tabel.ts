/**
 * @module
 * The printed table of a run, and the smoke test's check that every figure was produced.
 */
import type { Deel, Figuur } from './meting.js';

/** Every figure a complete run produces, per part. */
export const VERWACHT: Record<Deel, readonly string[]> = {
  http: [
    ...['kaal', 'opzoeken', 'post', 'overlap'].flatMap((r) =>
      ['rps', 'p50', 'p99'].map((m) => `http.${r}.${m}`),
    ),
    'http.opzoeken.ratio',
    'http.post.ratio',
    'http.overlap.ratio',
  ],
  beleid: ['beleid.ons', 'beleid.cedar', 'beleid.ratio'],
  logboek: [
    'logboek.toevoegen.boom',
    'logboek.toevoegen.store',
    'logboek.verificatie.ons',
    'logboek.verificatie.web',
    'logboek.verificatie.ruw',
    'logboek.verificatie.ratio',
    'logboek.verificatie.web-ratio',
    'logboek.bewijs.maken',
    'logboek.bewijs.controleren',
  ],
  bulk: [
    'bulk.cli.rate',
    'bulk.cli.duur',
    'bulk.batch.rate',
    'bulk.batch.duur',
    'bulk.ruw.rate',
    'bulk.batch.ratio',
  ],
  voetafdruk: [
    'voetafdruk.rss',
    'voetafdruk.rss-piek',
    'voetafdruk.db-per-signaal',
    'voetafdruk.start-gateway',
    'voetafdruk.start-node',
    'voetafdruk.worker-gzip',
  ],
  zijkanaal: ['weigering', 'eenrichting'].flatMap((g) =>
    ['bekend', 'vers', 'verschil'].flatMap((s) =>
      ['p50', 'p99'].map((m) => `zijkanaal.${g}.${s}.${m}`),
    ),
  ),
  inzage: ['inzage.duur', 'inzage.health', 'inzage.health-rust'],
  cijfers: ['cijfers.json', 'cijfers.csv'],
  oprf: [
    'oprf.http.rate',
    'oprf.direct.rate',
    'oprf.http.ratio',
    'oprf.csv.duur',
    'oprf.csv.rate',
    'oprf.registratie.p95',
    'oprf.registratie.p50',
  ],
};

/** What is missing or invalid: an expected figure absent, without a value, or marked invalid. */
export function controleerVolledig(
  figuren: readonly Figuur[],
  delen: readonly Deel[],
  routes?: readonly string[],
): string[] {
  const perId = new Map(figuren.map((f) => [f.id, f]));
  const fouten: string[] = [];
  // With --route only the named routes of the http part are expected.
  const verwacht = (id: string) => {
    if (!routes || !id.startsWith('http.')) return true;
    const [, route = '', maat] = id.split('.');
    // A ratio to bare Hono needs the bare route measured in the same run.
    return routes.includes(route) && (maat !== 'ratio' || routes.includes('kaal'));
  };
  for (const deel of delen) {
    for (const id of VERWACHT[deel].filter(verwacht)) {
      const f = perId.get(id);
      if (!f) fouten.push(`${id}: niet gemeten`);
      else if (f.mediaan === null || !Number.isFinite(f.mediaan))
        fouten.push(`${id}: geen waarde${f.nvt ? ` (${f.nvt})` : ''}`);
      else if (f.toelichting?.includes('ONGELDIG')) fouten.push(`${id}: ${f.toelichting}`);
    }
  }
  return fouten;
}

/** The table: one row per figure, with a reference to its command listed below. */
export function tabel(figuren: readonly Figuur[], commando: string): string {
  const commandos: string[] = [];
  const rijen = figuren.map((f) => {
    const alle = [f.commando, ...(f.processen ?? [])].join('\n      ');
    let n = commandos.indexOf(alle);
    if (n < 0) n = commandos.push(alle) - 1;
    return [
      f.deel,
      f.naam,
      f.mediaan === null ? 'n.v.t.' : getal(f.mediaan),
      f.min === null || f.max === null ? '' : `${getal(f.min)} – ${getal(f.max)}`,
      f.eenheid,
      f.doel ? `${f.doel.tekst}: ${f.doel.gehaald ? 'gehaald' : 'NIET gehaald'}` : '',
      `[${n + 1}]`,
    ];
  });
  const kop = ['deel', 'figuur', 'mediaan', 'min – max', 'eenheid', 'doel', 'cmd'];
  const breedte = kop.map((k, i) => Math.max(k.length, ...rijen.map((r) => r[i]!.length)));
  const regel = (r: string[]) =>
    r
      .map((c, i) => (i === 2 || i === 3 ? c.padStart(breedte[i]!) : c.padEnd(breedte[i]!)))
      .join('  ');
  return [
    `Ketenpoort benchmark (${commando}); mediaan van de runs, met min en max`,
    '',
    regel(kop),
    breedte.map((b) => '-'.repeat(b)).join('  '),
    ...rijen.map(regel),
    '',
    'Commando’s (het eerste maakt het cijfer opnieuw; daaronder de processen zoals gedraaid):',
    ...commandos.map((c, i) => `[${i + 1}] ${c}`),
  ].join('\n');
}

/** A number in Dutch notation with about three significant digits. */
export function getal(x: number): string {
  const abs = Math.abs(x);
  const decimalen = abs >= 100 ? 0 : abs >= 10 ? 1 : abs >= 1 ? 2 : 3;
  return x.toLocaleString('nl-NL', {
    minimumFractionDigits: decimalen,
    maximumFractionDigits: decimalen,
  });
}

/** The same table in Markdown, for the README; commands as footnote numbers. */
export function markdownTabel(figuren: readonly Figuur[]): string {
  const commandos: string[] = [];
  const rijen = figuren.map((f) => {
    let n = commandos.indexOf(f.commando);
    if (n < 0) n = commandos.push(f.commando) - 1;
    const waarde = f.mediaan === null ? 'n.v.t.' : getal(f.mediaan);
    const spreiding =
      f.min === null || f.max === null || f.runs.length < 2
        ? ''
        : `${getal(f.min)} – ${getal(f.max)}`;
    const doel = f.doel
      ? `${f.doel.tekst}: ${f.doel.gehaald ? '**gehaald**' : '**niet gehaald**'}`
      : '';
    return `| ${f.deel} | ${f.naam.replaceAll('|', '\\|')} | ${waarde} | ${spreiding} | ${f.eenheid} | ${doel} | [${n + 1}] |`;
  });
  return [
    '| deel | figuur | mediaan | min – max | eenheid | doel | cmd |',
    '|---|---|--:|--:|---|---|---|',
    ...rijen,
    '',
    ...commandos.map((c, i) => `[${i + 1}] \`${c}\``),
  ].join('\n');
}
