/**
 * @module
 * `ketenpoort beleid ...`: the jurist's commands. Each subcommand lives in its own file.
 */
import { beleidCheck } from './beleid-check.js';
import { beleidOnderteken } from './beleid-onderteken.js';
import { beleidMatrixOpdracht, beleidRegisterOpdracht } from './beleid-rapporten.js';
import { beleidSchema } from './beleid-schema.js';
import { beleidTest } from './beleid-test.js';
import { beleidUitleg } from './beleid-uitleg.js';
import { beleidVerschilOpdracht } from './beleid-verschil.js';

const GEBRUIK = `Gebruik: ketenpoort beleid <opdracht> [opties]

  check [map] [--streng]    Controleert het beleid: fouten en waarschuwingen met bestand:regelnummer:kolom.
                            --streng: een waarschuwing telt als fout (voor CI).
  schema [--controleer]     Schrijft de JSON Schemas in schemas/ opnieuw uit de code;
                            --controleer: alleen nagaan of ze actueel zijn.
  test [map] [--streng] [--stil]
                            Draait de scenario's in <map>/tests/ en meldt welke regels
                            geen scenario beslist. --streng: dan ook mislukken.
  uitleg --van <bron> --aan <ontvanger> --doel <doel> [--vorm <vorm>]... [--sterkte <s>] [--rol <r>]
                            Legt een besluit uit: welke regels passen of niet (en waarom),
                            welk verbod wint, de tweede sleutel en de grondslagen.
                            Zonder --sterkte of --rol: het besluit voor elke waarde.
  verschil <oud> [<nieuw>] [--json]
                            Wat een wijziging verruimt of inperkt, per bron, ontvanger en doel,
                            berekend over alle signalen. <oud> en <nieuw>: een map of een
                            git-revisie (HEAD~1, main); <nieuw> is standaard policies.
                            Eindigt met 0 zonder verschil, 1 bij verschil.
  matrix [map] [--html] [--uit <bestand>]
                            Verstrekkingsmatrix: wie wat mag weten van wie, voor welk doel,
                            op welke grondslag (Markdown, of HTML met --html of --uit x.html).
  register [map] [--html] [--uit <bestand>]
                            Verwerkingsregister (AVG artikel 30) uit hetzelfde beleid.
  onderteken --sleutel <jurist.jwk.json> [--jurist <naam>] [--map policies]
                            Ondertekent de hash van het beleid (alleen als het laadt en alle
                            scenario's slagen), in <map>/handtekeningen/<kid>.jws. Met
                            KETENPOORT_HANDTEKENINGEN=2 laadt de gateway alleen beleid met
                            handtekeningen van twee verschillende juristen.`;

const OPDRACHTEN: Record<string, (args: string[]) => Promise<number>> = {
  check: beleidCheck,
  schema: beleidSchema,
  test: beleidTest,
  uitleg: beleidUitleg,
  verschil: beleidVerschilOpdracht,
  matrix: beleidMatrixOpdracht,
  register: beleidRegisterOpdracht,
  onderteken: beleidOnderteken,
};

/** Runs `ketenpoort beleid <opdracht>`; returns the exit code. */
export async function beleid(args: string[]): Promise<number> {
  const [opdracht, ...rest] = args;
  const uitvoer = opdracht ? OPDRACHTEN[opdracht] : undefined;
  if (!uitvoer) {
    console.error(GEBRUIK);
    return opdracht === undefined || opdracht === 'help' ? 0 : 2;
  }
  return uitvoer(rest);
}
