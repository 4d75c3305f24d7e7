/**
 * @module
 * The header row of a werkplek table (NL Design System's utrecht-table): one column header per
 * name, each `scope="col"` so a screen reader reads it with every cell below it.
 */

export function TabelKop(p: { koppen: readonly string[] }) {
  return (
    <thead class="utrecht-table__header">
      <tr class="utrecht-table__row">
        {p.koppen.map((k) => (
          <th class="utrecht-table__header-cell" scope="col">
            {k}
          </th>
        ))}
      </tr>
    </thead>
  );
}
