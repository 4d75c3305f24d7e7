/**
 * @module
 * `ketenpoort beleid verschil <oud> <nieuw>`: what a change of policy widens or narrows,
 * computed by deciding every question with both sets. Each side is a folder or a git
 * revision. Exit code as diff: 0 no difference, 1 differences, 2 an error.
 */
import { relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { leesBeleidVan } from '../node/beleid-uit-git.js';
import { formatteerMelding } from '../policy/beleid-fout.js';
import { controleerBeleid } from '../policy/controle.js';
import { quotaVerschil, quotaVerschilTekst } from '../policy/quota-verschil.js';
import { beleidVerschil as berekenVerschil } from '../policy/verschil.js';
import { verschilTekst } from '../policy/verschil-tekst.js';
import { beleidMap } from './beleid-map.js';
import { gebruiksfout, type Opdracht } from './opdracht.js';

export const beleidVerschil: Opdracht = {
  naam: 'beleid verschil',
  gebruik: ['<oud> [<nieuw>] [--json]'],
  uitleg:
    'Wat een wijziging verruimt of inperkt, per bron, ontvanger en doel, berekend ' +
    'over alle signalen. <oud> en <nieuw>: een map of een git-revisie (HEAD~1, main, ' +
    'main:policies). <nieuw> is standaard de beleidsmap (KETENPOORT_BELEID of policies); een ' +
    'git-revisie zonder :map leest die map in de revisie. Eindigt met 0 zonder verschil, ' +
    '1 bij verschil.',
  voerUit: (args) => vergelijk(args),
};

async function vergelijk(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { json: { type: 'boolean', default: false } },
  });
  const map = beleidMap(undefined);
  const [oudNaam, nieuwNaam = map] = positionals;
  if (!oudNaam) return gebruiksfout(beleidVerschil, 'Geef <oud>.');
  // In a revision the folder is a path in the repository, which git reads from here.
  const inRevisie = relative(process.cwd(), resolve(map)) || '.';
  const oud = laad(oudNaam, inRevisie);
  const nieuw = laad(nieuwNaam, inRevisie);
  if (!oud || !nieuw) return 2;
  const verschillen = berekenVerschil(oud, nieuw);
  // How much a partner may try is policy too: a higher quota is a verruiming.
  const quota = quotaVerschil(oud, nieuw);
  if (values.json)
    console.log(JSON.stringify({ oud: oud.hash, nieuw: nieuw.hash, verschillen, quota }, null, 2));
  else {
    console.log(
      verschilTekst(
        verschillen,
        { naam: oudNaam, hash: oud.hash },
        { naam: nieuwNaam, hash: nieuw.hash },
      ),
    );
    if (quota.length > 0) console.log(`\nQuota (quota.yaml):\n${quotaVerschilTekst(quota)}`);
  }
  return verschillen.length === 0 && quota.length === 0 ? 0 : 1;
}

function laad(naam: string, map: string) {
  const { beleid, fouten } = controleerBeleid(leesBeleidVan(naam, map));
  if (beleid) return beleid;
  console.error(`Het beleid in ${naam} laadt niet:`);
  for (const f of fouten) console.error(`  ${formatteerMelding(f)}`);
  return undefined;
}
