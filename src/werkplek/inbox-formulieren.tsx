/**
 * @module
 * The forms under a notice in the partner's inbox (issue 20): answering an overdracht to the
 * organisation (aannemen, niet voor ons, doorzetten), and asking for terugkoppeling on a later
 * overlap or on an overdracht the organisation made that was taken on. Each is a form post
 * with the session's CSRF token; what they offer depends only on the notice and the policy.
 */
import type { Beleid } from '../policy/index.js';
import { NIET_VOOR_ONS_OPTIES } from './pagina-signalen.js';
import { Kies } from './velden.js';

/** The three answers to overdracht `id`, handed by `van` for `doel`, to `organisatie`. */
export function Beantwoord(p: {
  id: string;
  csrf: string;
  beleid: Beleid;
  organisatie: string;
  van: string;
  doel: string;
}) {
  const actie = `/partner/overdrachten/${p.id}/antwoord`;
  // Whom the owner's rules allow depends on its signal: offer every partner that may receive
  // for the doel, and let the gateway decide (and log a refusal), so the list tells nothing.
  const volgenden = [...p.beleid.partners.values()].filter(
    (x) => x.id !== p.organisatie && x.id !== p.van && p.beleid.magOntvangen(x.id, p.doel),
  );
  return (
    <div class="werkplek-velden">
      <form method="post" action={actie}>
        <input type="hidden" name="csrf" value={p.csrf} />
        <input type="hidden" name="antwoord" value="aangenomen" />
        <button type="submit" class="utrecht-button utrecht-button--primary-action">
          Aannemen
        </button>
      </form>
      <form method="post" action={actie}>
        <input type="hidden" name="csrf" value={p.csrf} />
        <input type="hidden" name="antwoord" value="niet_voor_ons" />
        <Kies id={`reden-${p.id}`} naam="reden" label="Reden" opties={NIET_VOOR_ONS_OPTIES} />
        <button type="submit" class="utrecht-button utrecht-button--secondary-action">
          Niet voor ons
        </button>
      </form>
      {volgenden.length > 0 && (
        <form method="post" action={actie}>
          <input type="hidden" name="csrf" value={p.csrf} />
          <input type="hidden" name="antwoord" value="doorgezet" />
          <Kies
            id={`door-${p.id}`}
            naam="naar"
            label="Doorzetten aan"
            opties={volgenden.map((x) => [x.id, x.naam] as const)}
          />
          <button type="submit" class="utrecht-button utrecht-button--secondary-action">
            Doorzetten
          </button>
        </form>
      )}
    </div>
  );
}

/**
 * Asks for terugkoppeling by a date: on the later overlap in logboek leaf `verstrekking`, or
 * on the organisation's own `overdracht` that the recipient took on.
 */
export function VraagTerugkoppeling(p: {
  over: { verstrekking: number } | { overdracht: string };
  csrf: string;
}) {
  const [veld, waarde] =
    'overdracht' in p.over
      ? (['overdracht', p.over.overdracht] as const)
      : (['verstrekking', String(p.over.verstrekking)] as const);
  const id = `voor-${waarde}`;
  return (
    <form method="post" action="/partner/terugkoppeling-vragen">
      <input type="hidden" name="csrf" value={p.csrf} />
      <input type="hidden" name={veld} value={waarde} />
      <div class="utrecht-form-field">
        <div class="utrecht-form-field__label">
          <label class="utrecht-form-label" for={id}>
            Terugkoppeling graag voor
          </label>
        </div>
        <div class="utrecht-form-field__input">
          <input
            class="utrecht-textbox utrecht-textbox--html-input"
            type="date"
            id={id}
            name="gevraagdVoor"
            required
          />
        </div>
      </div>
      <button type="submit" class="utrecht-button utrecht-button--secondary-action">
        Vraag om terugkoppeling
      </button>
    </form>
  );
}
