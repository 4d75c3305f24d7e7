/**
 * @module
 * Form fields of the werkplek in NL Design System markup, shared by its pages.
 */

type Opties = readonly (readonly [string, string])[];

/**
 * A labelled select of `opties` ([value, text]); `leeg` adds an empty first option, `groepen`
 * adds option groups after the options.
 */
export function Kies(p: {
  naam: string;
  /** The select's id; default `j-<naam>`. */
  id?: string;
  label: string;
  opties: Opties;
  groepen?: readonly { label: string; opties: Opties }[];
  waarde?: string;
  leeg?: string;
}) {
  const opties = (o: Opties) =>
    o.map(([w, t]) => (
      <option value={w} selected={w === p.waarde}>
        {t}
      </option>
    ));
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
          {opties(p.opties)}
          {p.groepen?.map((g) => (
            <optgroup label={g.label}>{opties(g.opties)}</optgroup>
          ))}
        </select>
      </div>
    </div>
  );
}
