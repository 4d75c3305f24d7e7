/**
 * @module
 * Form fields of the werkplek in NL Design System markup, shared by its pages.
 */

/** A labelled select of `opties` ([value, text]); `leeg` adds an empty first option. */
export function Kies(p: {
  naam: string;
  /** The select's id; default `j-<naam>`. */
  id?: string;
  label: string;
  opties: readonly (readonly [string, string])[];
  waarde?: string;
  leeg?: string;
}) {
  return (
    <div class="utrecht-form-field">
      <div class="utrecht-form-field__label">
        <label class="utrecht-form-label" for={p.id ?? `j-${p.naam}`}>
          {p.label}
        </label>
      </div>
      <div class="utrecht-form-field__input">
        <select
          class="utrecht-select utrecht-select--html-select"
          id={p.id ?? `j-${p.naam}`}
          name={p.naam}
        >
          {p.leeg !== undefined && <option value="">{p.leeg}</option>}
          {p.opties.map(([w, t]) => (
            <option value={w} selected={w === p.waarde}>
              {t}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}
