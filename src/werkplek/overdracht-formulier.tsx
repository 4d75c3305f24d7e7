/**
 * @module
 * The overdracht form on an own signal (issue 20): to a partner or to a role in the chain
 * (ketenrol), for a doel, offering only what the organisation's overdrachtsregels allow for
 * this signal. The gateway still decides each overdracht and logs a refusal.
 */
import type { Signaal } from '../matching/signaal.js';
import type { Beleid } from '../policy/index.js';
import { overdrachtKeuzes } from '../policy/overdracht-keuzes.js';
import { Kies } from './velden.js';

/** How the Aan field names a ketenrol instead of a partner id. */
const ROL = 'rol:';

/** The recipient an Aan value names, as the overdracht use case takes it. */
export function ontvangerUit(aan: string): { naar: string } | { ketenrol: string } {
  return aan.startsWith(ROL) ? { ketenrol: aan.slice(ROL.length) } : { naar: aan };
}

/** The form, or a sentence when the organisation's policy allows no overdracht of `signaal`. */
export function OverdrachtFormulier(p: {
  beleid: Beleid;
  signaal: Signaal;
  pad: string;
  csrf: string;
}) {
  const k = overdrachtKeuzes(p.beleid, p.signaal.partner, p.signaal);
  const naam = (id: string) => p.beleid.partners.get(id)?.naam ?? id;
  if (k.partners.size === 0) {
    return (
      <p class="utrecht-paragraph">
        Het beleid van uw organisatie staat geen overdracht van dit signaal toe. Vraag uw jurist als
        dat wel zou moeten.
      </p>
    );
  }
  const rollen = [...k.ketenrollen].map(
    ([rol, partner]) =>
      [`${ROL}${rol}`, `De rol ${rol.replaceAll('-', ' ')} (nu: ${naam(partner)})`] as const,
  );
  return (
    <form method="post" action={`${p.pad}/overdracht`}>
      <input type="hidden" name="csrf" value={p.csrf} />
      <p class="utrecht-paragraph">
        Kiest u een rol in de keten, dan draagt Ketenpoort over aan de partner die volgens het
        beleid die rol vervult. De lijsten tonen alleen wat het beleid van uw organisatie voor dit
        signaal toestaat.
      </p>
      <div class="werkplek-velden">
        <Kies
          id="o-naar"
          naam="naar"
          label="Aan"
          opties={[]}
          groepen={[
            ...(rollen.length > 0 ? [{ label: 'Een rol in de keten', opties: rollen }] : []),
            {
              label: 'Een partner',
              opties: [...k.partners.keys()].map((id) => [id, naam(id)] as const),
            },
          ]}
        />
        <Kies
          id="o-doel"
          naam="doel"
          label="Doel"
          opties={k.doelen.map((d) => [d, p.beleid.doelen.get(d)?.titel ?? d] as const)}
        />
      </div>
      <p class="utrecht-paragraph">
        <button type="submit" class="utrecht-button utrecht-button--secondary-action">
          Overdragen
        </button>
      </p>
    </form>
  );
}
