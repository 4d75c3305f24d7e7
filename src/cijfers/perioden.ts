/**
 * @module
 * The fixed grid of periods the figures use (issue 19): calendar months, quarters and
 * half-years in Dutch time (Europe/Amsterdam), never a free period. A period is published only
 * once it has ended.
 */

/** How fine a period is. */
export type Niveau = 'maand' | 'kwartaal' | 'halfjaar';

const MAAND = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Amsterdam',
  year: 'numeric',
  month: '2-digit',
});

/**
 * The last UTC hour asked and its month. Amsterdam's offset is a whole number of hours, so a
 * month begins on a UTC hour; and formatting through Intl is the costliest step of a
 * registration's counters (issue 13: the write path).
 */
const laatste = { uur: Number.NaN, maand: '' };

/** The month of `ms` in Amsterdam: `2026-03`. */
export function maandVan(ms: number): string {
  const uur = Math.floor(ms / 3_600_000);
  if (uur === laatste.uur) return laatste.maand;
  const delen = MAAND.formatToParts(new Date(ms));
  const jaar = delen.find((d) => d.type === 'year')?.value ?? '';
  const maand = delen.find((d) => d.type === 'month')?.value ?? '';
  laatste.uur = uur;
  laatste.maand = `${jaar}-${maand}`;
  return laatste.maand;
}

/** The quarter of a month: `2026-03` -> `2026-K1`. */
export function kwartaalVan(maand: string): string {
  return `${maand.slice(0, 4)}-K${Math.ceil(Number(maand.slice(5, 7)) / 3)}`;
}

/** The half-year of a month: `2026-03` -> `2026-H1`. */
export function halfjaarVan(maand: string): string {
  return `${maand.slice(0, 4)}-H${Number(maand.slice(5, 7)) <= 6 ? 1 : 2}`;
}

/** The period of level `niveau` that month `maand` lies in. */
export function periodeVan(maand: string, niveau: Niveau): string {
  if (niveau === 'maand') return maand;
  return niveau === 'kwartaal' ? kwartaalVan(maand) : halfjaarVan(maand);
}

/** The months of a period, in order: `2026-K1` -> 2026-01, 2026-02, 2026-03. */
export function maandenVan(periode: string): string[] {
  const jaar = periode.slice(0, 4);
  const soort = periode.slice(5, 6);
  const n = Number(periode.slice(6));
  if (/^\d{4}-\d{2}$/.test(periode)) return [periode];
  const eerste = soort === 'K' ? (n - 1) * 3 + 1 : (n - 1) * 6 + 1;
  const aantal = soort === 'K' ? 3 : 6;
  return Array.from({ length: aantal }, (_, i) => `${jaar}-${String(eerste + i).padStart(2, '0')}`);
}

/** True when every month of `periode` has ended at `nu` (Amsterdam time). */
export function isAfgesloten(periode: string, nu: number): boolean {
  const laatste = maandenVan(periode).at(-1) ?? '';
  return laatste < maandVan(nu);
}

/** The months from `van` to `tot` inclusive (`2026-01`..`2026-06`). */
export function maandenTussen(van: string, tot: string): string[] {
  const uit: string[] = [];
  let [j, m] = [Number(van.slice(0, 4)), Number(van.slice(5, 7))];
  for (let k = 0; k < 1200; k++) {
    const maand = `${j}-${String(m).padStart(2, '0')}`;
    if (maand > tot) break;
    uit.push(maand);
    m += 1;
    if (m > 12) [j, m] = [j + 1, 1];
  }
  return uit;
}
