/**
 * @module
 * `ketenpoort beleid uitleg`: explain one decision in Dutch, from the policy files on disk.
 * Leave out --sterkte or --rol to see the outcome for every value.
 */
import { parseArgs } from 'node:util';
import { leesBeleidBestanden } from '../node/beleid-lezen.js';
import type { Beleid } from '../policy/beleid.js';
import { formatteerMelding } from '../policy/beleid-fout.js';
import type { Rol, Sterkte, Uitbuitingsvorm } from '../policy/categorieen.js';
import { controleerBeleid } from '../policy/controle.js';
import { bedoeltU } from '../policy/suggestie.js';
import { STATUSSEN, type Status } from '../policy/terugkoppeling-woorden.js';
import { controleerVraag } from '../policy/uitleg.js';
import {
  type OpenVraag,
  type TekstGroep,
  type UitlegSoort,
  uitlegGroepen,
  uitlegTekstGroepen,
} from '../policy/uitleg-groepen.js';
import { uitlegRegie } from '../policy/uitleg-regie.js';
import { soortenTekst, uitlegRegieTekst } from '../policy/uitleg-regie-tekst.js';
import { uitlegTekst } from '../policy/uitleg-tekst.js';
import { beleidMap } from './beleid-map.js';
import { gebruiksfout, type Opdracht } from './opdracht.js';

export const beleidUitleg: Opdracht = {
  naam: 'beleid uitleg',
  gebruik: [
    '--van <bron> --aan <ontvanger> --doel <doel> [--vorm <vorm>]... [--sterkte zacht|hard] [--rol <rol>] [--map <map>] [--json]',
    '--overdracht --van <overdrager> --aan <ontvanger> --doel <doel> [--vorm ...] [--sterkte ...] [--rol ...] [--map <map>]',
    '--status <status> --van <eigenaar> --aan <betrokkene> --doel <doel> [--vorm ...] [--sterkte ...] [--rol ...] [--map <map>]',
    '--regie [--doel <doel>] [--map <map>]',
  ],
  uitleg:
    'Legt een besluit uit: welke regels passen of niet (en waarom), welk verbod wint, ' +
    'de tweede sleutel en de grondslagen. Zonder --sterkte of --rol: het besluit ' +
    'voor elke waarde. --overdracht: mag de bron overdragen aan de ontvanger; ' +
    '--status: ziet de ontvanger die status van een signaal van de bron; ' +
    '--regie: de standaardregisseurs, wie hoort wie de regie heeft, de termijnen en de stapelregels.',
  voerUit: (args) => legUit(args),
};

async function legUit(args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      van: { type: 'string' },
      aan: { type: 'string' },
      doel: { type: 'string' },
      vorm: { type: 'string', multiple: true, default: [] },
      sterkte: { type: 'string' },
      rol: { type: 'string' },
      map: { type: 'string' },
      json: { type: 'boolean', default: false },
      overdracht: { type: 'boolean', default: false },
      status: { type: 'string' },
      regie: { type: 'boolean', default: false },
    },
  });
  if (values.regie) return legRegieUit(values);
  if (!values.van || !values.aan || !values.doel)
    return gebruiksfout(beleidUitleg, 'Geef --van, --aan en --doel.');
  const beleid = laadOfMeld(values.map);
  if (beleid === undefined) return 1;
  const vraag: OpenVraag = {
    bron: values.van,
    ontvanger: values.aan,
    doel: values.doel,
    signaal: {
      uitbuitingsvormen: values.vorm
        .flatMap((v) => v.split(','))
        .filter(Boolean) as Uitbuitingsvorm[],
      ...(values.sterkte && { sterkte: values.sterkte as Sterkte }),
      ...(values.rol && { rol: values.rol as Rol }),
    },
  };
  const problemen = controleerVraag(beleid, {
    ...vraag,
    signaal: {
      ...vraag.signaal,
      sterkte: vraag.signaal.sterkte ?? 'zacht',
      rol: vraag.signaal.rol ?? 'overig',
    },
  });
  if (problemen.length > 0) {
    for (const p of problemen) console.error(p);
    return 2;
  }
  const status = values.status;
  if (status !== undefined && !(STATUSSEN as readonly string[]).includes(status)) {
    console.error(
      `Onbekende status.${bedoeltU(status, STATUSSEN)} Kies uit: ${STATUSSEN.join(', ')}.`,
    );
    return 2;
  }
  if (values.overdracht && status !== undefined)
    return gebruiksfout(beleidUitleg, 'Geef --overdracht of --status, niet allebei.');
  if (values.overdracht || status !== undefined) {
    if (values.json)
      return gebruiksfout(beleidUitleg, '--json geldt alleen voor een verstrekking.');
    const wat: UitlegSoort = values.overdracht
      ? { soort: 'overdracht' }
      : { soort: 'status', status: status as Status };
    drukAf(uitlegTekstGroepen(beleid, vraag, wat), vraag);
    return 0;
  }
  const groepen = uitlegGroepen(beleid, vraag);
  if (values.json) {
    console.log(JSON.stringify({ beleid: beleid.hash, uitkomsten: groepen }, null, 2));
    return 0;
  }
  drukAf(
    groepen.map((g) => ({ signalen: g.signalen, tekst: uitlegTekst(beleid, g.uitleg) })),
    vraag,
  );
  return 0;
}

function drukAf(groepen: Array<Pick<TekstGroep, 'signalen' | 'tekst'>>, vraag: OpenVraag): void {
  const open = !vraag.signaal.sterkte || !vraag.signaal.rol;
  groepen.forEach((g, i) => {
    if (i > 0) console.log(`\n${'-'.repeat(72)}\n`);
    if (open) console.log(`Geldt voor ${soortenTekst(g.signalen)}:\n`);
    console.log(g.tekst);
  });
}

/** `--regie`: the default regisseurs, who learns who leads, the termijnen and the stapelregels. */
function legRegieUit(values: { doel?: string | undefined; map?: string | undefined }): number {
  const beleid = laadOfMeld(values.map);
  if (beleid === undefined) return 1;
  if (values.doel !== undefined && !beleid.doelen.has(values.doel)) {
    console.error(`Onbekend doel '${values.doel}'.${bedoeltU(values.doel, beleid.doelen.keys())}`);
    return 2;
  }
  console.log(uitlegRegieTekst(beleid, uitlegRegie(beleid, values.doel)));
  return 0;
}

/** The checked policy set in `map` (default policies/), or undefined after printing why not. */
function laadOfMeld(mapOptie: string | undefined): Beleid | undefined {
  const map = beleidMap(mapOptie);
  const { beleid, fouten } = controleerBeleid(leesBeleidBestanden(map));
  if (beleid === undefined) {
    console.error(`Het beleid in ${map}/ laadt niet:`);
    for (const f of fouten) console.error(`  ${formatteerMelding(f)}`);
  }
  return beleid;
}
