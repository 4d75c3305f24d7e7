/**
 * @module
 * What a `ketenpoort` command is, and how one runs. One table per group serves both the
 * dispatch and the help, so no command can exist without usage text, and `--help` or `-h`
 * works on every command the same way: usage on standard output, exit code 0, nothing done.
 *
 * @example
 * const hallo: Opdracht = {
 *   naam: 'hallo',
 *   gebruik: ['[--naam <naam>]'],
 *   uitleg: 'Zegt hallo.',
 *   voerUit: async () => (console.log('hallo'), 0),
 * };
 * process.exitCode = await draaiOpdracht(hallo, process.argv.slice(2));
 */

export interface Opdracht {
  /** The words after `ketenpoort`, e.g. `beleid check`; the last one selects it in its group. */
  naam: string;
  /** Usage forms: the arguments after the name, one string per form. */
  gebruik: string[];
  /** What the command does, in a line or two (Dutch, for the person at the terminal). */
  uitleg: string;
  /** The options in detail, for the command's own help (under the heading "Opties:"). */
  opties?: string;
  /** A closing remark for the command's own help. */
  noot?: string;
  /** The work; returns the exit code. Without it the command is only a group. */
  voerUit?: (args: string[]) => Promise<number>;
  /** Subcommands. */
  opdrachten?: Opdracht[];
}

/** Exit code of a usage error, as most Unix commands do. */
export const GEBRUIKSFOUT = 2;

/** Runs `opdracht` with `args`: a subcommand, the help, or the command's own work. */
export async function draaiOpdracht(opdracht: Opdracht, args: string[]): Promise<number> {
  const [eerste, ...rest] = args;
  const sub = opdracht.opdrachten?.find((o) => woord(o) === eerste);
  if (sub) return draaiOpdracht(sub, rest);
  if (vraagtHulp(args) || (opdracht.opdrachten && !opdracht.voerUit && eerste === 'help')) {
    console.log(hulpTekst(opdracht));
    return 0;
  }
  if (!opdracht.voerUit) {
    return gebruiksfout(opdracht, eerste === undefined ? '' : `Onbekende opdracht '${eerste}'.`);
  }
  try {
    return await opdracht.voerUit(args);
  } catch (fout) {
    const melding = argumentFout(fout);
    if (melding !== undefined) return gebruiksfout(opdracht, melding);
    throw fout;
  }
}

/**
 * A usage error of node:util parseArgs in Dutch, or undefined for any other error. Its own
 * messages repeat the argument, which may be an identifier typed by mistake: only a name
 * that looks like an option is repeated here.
 */
function argumentFout(fout: unknown): string | undefined {
  const code = (fout as { code?: unknown }).code;
  if (typeof code !== 'string' || !code.startsWith('ERR_PARSE_ARGS_')) return undefined;
  const genoemd = /'(-{1,2}[A-Za-z][\w-]*)/.exec((fout as Error).message)?.[1];
  const optie = genoemd ? ` ${genoemd}` : '';
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return `Onbekende optie${optie}.`;
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE')
    return `Optie${optie}: de waarde ontbreekt of hoort er niet bij.`;
  return 'Deze opdracht neemt hier geen los argument; waarden komen via standaardinvoer of een bestand.';
}

/** Prints `melding` (if any) and the command's help on standard error; returns exit code 2. */
export function gebruiksfout(opdracht: Opdracht, melding = ''): number {
  console.error(melding ? `${melding}\n\n${hulpTekst(opdracht)}` : hulpTekst(opdracht));
  return GEBRUIKSFOUT;
}

/** The command's help: its usage forms, what it does, its subcommands and its options. */
export function hulpTekst(opdracht: Opdracht): string {
  const naam = ['ketenpoort', opdracht.naam].filter(Boolean).join(' ');
  const vormen = opdracht.gebruik.map((g, i) =>
    `${i === 0 ? 'Gebruik: ' : '         '}${naam} ${g}`.trimEnd(),
  );
  const delen = [vormen.join('\n'), omloop(opdracht.uitleg, BREEDTE)];
  if (opdracht.opdrachten) {
    const overzicht = opdracht.opdrachten.map(overzichtsregels).join('\n');
    delen.push(`Opdrachten:\n${overzicht}`);
    delen.push(`'${naam} <opdracht> --help' toont de hulp bij een opdracht.`);
  }
  if (opdracht.opties) delen.push(`Opties:\n${opdracht.opties}`);
  if (opdracht.noot) delen.push(omloop(opdracht.noot, BREEDTE));
  return delen.filter(Boolean).join('\n\n');
}

const KOLOM = 28;
const BREEDTE = 100;

/** A subcommand in its group's overview: usage forms left, what it does from column 28. */
function overzichtsregels(o: Opdracht): string {
  const links = o.gebruik.map((g) => `  ${woord(o)} ${g}`.trimEnd());
  const groep = o.opdrachten ? `\nOpdrachten: ${o.opdrachten.map(woord).join(', ')}.` : '';
  const rechts = omloop(`${o.uitleg}${groep}`, BREEDTE - KOLOM).split('\n');
  const regels: string[] = [];
  for (const [i, l] of links.entries()) {
    const past = i === links.length - 1 && l.length < KOLOM - 1;
    regels.push(past ? `${l.padEnd(KOLOM)}${rechts.shift()}` : l);
  }
  for (const r of rechts) regels.push(`${' '.repeat(KOLOM)}${r}`);
  return regels.join('\n');
}

/** Each line of `tekst` wrapped at word boundaries to at most `breedte` characters. */
function omloop(tekst: string, breedte: number): string {
  return tekst
    .split('\n')
    .map((regel) => {
      const uit: string[] = [];
      let huidig = '';
      for (const w of regel.split(' ')) {
        if (huidig && huidig.length + 1 + w.length > breedte) {
          uit.push(huidig);
          huidig = w;
        } else {
          huidig = huidig ? `${huidig} ${w}` : w;
        }
      }
      return [...uit, huidig].join('\n');
    })
    .join('\n');
}

/** The word that selects `o` in its group. */
function woord(o: Opdracht): string {
  return o.naam.split(' ').at(-1) ?? '';
}

/** `--help` or `-h` among the arguments, before any `--` that ends the options. */
function vraagtHulp(args: string[]): boolean {
  const eind = args.indexOf('--');
  const opties = eind === -1 ? args : args.slice(0, eind);
  return opties.includes('--help') || opties.includes('-h');
}
