/**
 * @module
 * The inbox sentences of the notices of issue 17 that are not about regie: a passed termijn,
 * an escalation to the escalation partner and a stapelmelding to the meldpunt. Each names only
 * what the notice itself carries (a partner only where the notice names it).
 */
import type { Beleid } from '../policy/index.js';
import { doelTitel, naamIn } from './regie-tekst.js';
import { datum } from './tijd.js';

/** " (verstreken op 5 mei 2027)" where the notice carries the day; else empty. */
function opDag(i: Record<string, unknown>): string {
  const ms = typeof i.verstrekenOp === 'string' ? Date.parse(i.verstrekenOp) : Number.NaN;
  return Number.isNaN(ms) ? '' : ` (verstreken op ${datum(ms)})`;
}

/** What a passed termijn was about, as the subject of a sentence. */
const ONDERWERP: Record<string, string> = {
  overdracht: 'een overdracht',
  regie: 'een regievoorstel',
  terugkoppeling: 'een vraag om terugkoppeling',
  casus: 'het beleggen van de regie van een casus',
};

/** The sentence of a termijn, escalatie or stapel notice; undefined for any other notice. */
export function termijnBericht(beleid: Beleid, i: Record<string, unknown>): string | undefined {
  switch (i.bericht) {
    case 'termijn':
      switch (i.soort) {
        case 'overdracht':
          return `Uw overdracht voor ${doelTitel(beleid, i.doel)} is niet binnen de termijn beantwoord${opDag(i)}.`;
        case 'terugkoppeling':
          return `Uw vraag om terugkoppeling is niet binnen de termijn beantwoord${opDag(i)}.`;
        case 'casus':
          return `Een casus van uw signaal heeft na de termijn nog geen regie en geen regievoorstel${opDag(i)}.`;
        default:
          return undefined;
      }
    case 'escalatie': {
      const over = ONDERWERP[String(i.soort)] ?? 'een termijn';
      const van = naamIn(i.van);
      const naar = naamIn(i.naar);
      const leden = Array.isArray(i.leden) ? i.leden.map(naamIn).filter(Boolean) : [];
      const wie = [
        van && ` Wachtende partij: ${van}.`,
        naar && ` Partij die niet antwoordde: ${naar}.`,
        leden.length > 0 && ` Betrokken: ${leden.join(', ')}.`,
      ]
        .filter(Boolean)
        .join('');
      return `Escalatie: de termijn van ${over} voor ${doelTitel(beleid, i.doel)} is verstreken${opDag(i)}.${wie}`;
    }
    case 'stapel': {
      const partners = Array.isArray(i.partners) ? i.partners.length : Number(i.partners);
      const bij = Number.isFinite(partners) && partners > 0 ? ` bij ${partners} partners` : '';
      return `Stapeling van zachte signalen: ${Number(i.aantal)} signalen${bij} over dezelfde persoon of hetzelfde gegeven, voor ${doelTitel(beleid, i.doel)}.`;
    }
    default:
      return undefined;
  }
}
