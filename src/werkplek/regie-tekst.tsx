/**
 * @module
 * Regie (issue 17) in plain Dutch for the werkplek (issue 20): who leads a casus from exactly
 * what was disclosed ("regie belegd" where the regisseur may not be named), the inbox's regie
 * notices, and the buttons that answer a proposal, shared by the inbox and the regie page.
 */
import type { Beleid } from '../policy/index.js';
import type { CasusWeergave } from '../use-cases/casussen-lezen.js';

type Contact = { email?: string; telefoon?: string } | undefined;

/** The title of doel `doel` in the policy, else the id itself. */
export const doelTitel = (beleid: Beleid, doel: unknown) =>
  beleid.doelen.get(String(doel))?.titel ?? String(doel);

/** " Contact: a of b." where a functional contact was disclosed; else empty. */
function contactZin(c: Contact): string {
  const wegen = [c?.email, c?.telefoon].filter(Boolean);
  return wegen.length ? ` Contact: ${wegen.join(' of ')}.` : '';
}

/** Who leads a casus as `wij` may see it; absent regie reads the same as nobody leading. */
export function regieZin(wij: string, regie: CasusWeergave['regie']): string {
  if (!regie) return 'Voor zover uw organisatie het mag weten, heeft niemand de regie.';
  if (regie.regisseur?.id === wij) return 'Uw organisatie heeft de regie.';
  if (regie.regisseur) return `${regie.regisseur.naam} heeft de regie.${contactZin(regie.contact)}`;
  return `Regie belegd: een andere organisatie heeft de regie.${contactZin(regie.contact)}`;
}

/** The `naam` a notice carries for a partner it names, if any. */
export const naamIn = (x: unknown) =>
  typeof x === 'object' && x !== null && 'naam' in x ? String(x.naam) : undefined;

/**
 * The inbox sentence of a regie notice (proposal, answer, who leads, a passed regie termijn);
 * undefined for any other notice. Names only what the notice itself carries.
 */
export function regieBericht(beleid: Beleid, i: Record<string, unknown>): string | undefined {
  const contact = contactZin(i.contact as Contact);
  switch (i.bericht) {
    case 'regievoorstel':
      if (i.standaard === true) {
        return `Ketenpoort stelt voor dat uw organisatie, als standaardregisseur volgens het beleid, de regie neemt van een casus van uw signaal, voor ${doelTitel(beleid, i.doel)}.`;
      }
      return `${naamIn(i.partner) ?? 'Een partner'} stelt voor dat uw organisatie de regie neemt van een casus van uw signaal, voor ${doelTitel(beleid, i.doel)}.${contact}`;
    case 'regieantwoord':
      return `Uw regievoorstel is ${i.antwoord === 'aangenomen' ? 'aangenomen' : 'afgewezen'}.`;
    case 'regie': {
      const wie = naamIn(i.regisseur);
      return wie
        ? `${wie} heeft nu de regie van een casus van uw signaal.${contact}`
        : `De regie van een casus van uw signaal is belegd.${contact}`;
    }
    case 'termijn':
      return i.soort === 'regie'
        ? 'De termijn van uw regievoorstel is verstreken zonder antwoord.'
        : undefined;
    default:
      return undefined;
  }
}

/** Aannemen and afwijzen of regie proposal `id`, each a form post with the CSRF token. */
export function BeantwoordRegie(p: { id: string; csrf: string }) {
  const actie = `/partner/regievoorstellen/${p.id}/antwoord`;
  return (
    <div class="werkplek-velden">
      {(
        [
          ['aangenomen', 'Regie aannemen', 'primary'],
          ['afgewezen', 'Regie afwijzen', 'secondary'],
        ] as const
      ).map(([antwoord, tekst, soort]) => (
        <form method="post" action={actie}>
          <input type="hidden" name="csrf" value={p.csrf} />
          <input type="hidden" name="antwoord" value={antwoord} />
          <button type="submit" class={`utrecht-button utrecht-button--${soort}-action`}>
            {tekst}
          </button>
        </form>
      ))}
    </div>
  );
}

/**
 * The button to a signal's casussen and regie: a form post, because showing who leads is a
 * disclosure that is logged, and no GET page of the werkplek changes anything.
 */
export function RegieKnop(p: { signaal: string; csrf: string; kop?: boolean }) {
  return (
    <>
      {p.kop && <h2 class="utrecht-heading-2">Casussen en regie</h2>}
      <form method="post" action={`/partner/signalen/${p.signaal}/regie`}>
        <input type="hidden" name="csrf" value={p.csrf} />
        <p class="utrecht-paragraph">
          Ketenpoort legt het tonen van de regie vast in het logboek.{' '}
          <button type="submit" class="utrecht-button utrecht-button--secondary-action">
            Casussen en regie bekijken
          </button>
        </p>
      </form>
    </>
  );
}
