/**
 * @module
 * A tiny document model for the jurist's reports (matrix, verwerkingsregister): headings,
 * paragraphs and tables, rendered as Markdown or as a standalone HTML page from one source,
 * so both formats always say the same.
 */
import { esc, pagina } from './html.js';

export type Blok =
  | { soort: 'kop'; niveau: 1 | 2 | 3; tekst: string }
  | { soort: 'alinea'; tekst: string; nadruk?: boolean }
  | { soort: 'tabel'; kop: string[]; rijen: string[][] }
  | { soort: 'lijst'; items: string[] };

/** Markdown (GitHub flavour); table cells escape '|' and keep one line. */
export function alsMarkdown(blokken: readonly Blok[]): string {
  const cel = (t: string) => (t === '' ? '–' : t.replace(/\|/g, '\\|').replace(/\n/g, ' '));
  const delen = blokken.map((b): string => {
    if (b.soort === 'kop') return `${'#'.repeat(b.niveau)} ${b.tekst}`;
    if (b.soort === 'alinea') return b.nadruk ? `> **${b.tekst}**` : b.tekst;
    if (b.soort === 'lijst') return b.items.map((i) => `- ${i}`).join('\n');
    return [
      `| ${b.kop.map(cel).join(' | ')} |`,
      `| ${b.kop.map(() => '---').join(' | ')} |`,
      ...b.rijen.map((r) => `| ${r.map(cel).join(' | ')} |`),
    ].join('\n');
  });
  return `${delen.join('\n\n')}\n`;
}

/** A standalone HTML page with the first heading as its title. */
export function alsHtml(blokken: readonly Blok[]): string {
  const titel = blokken.find((b) => b.soort === 'kop')?.tekst ?? 'Ketenpoort';
  const delen = blokken.map((b): string => {
    if (b.soort === 'kop') return `<h${b.niveau}>${esc(b.tekst)}</h${b.niveau}>`;
    if (b.soort === 'alinea')
      return b.nadruk
        ? `<p class="let-op"><strong>${esc(b.tekst)}</strong></p>`
        : `<p>${esc(b.tekst)}</p>`;
    if (b.soort === 'lijst')
      return `<ul>\n${b.items.map((i) => `<li>${esc(i)}</li>`).join('\n')}\n</ul>`;
    const cel = (c: string) => (c === '' ? '<td class="leeg">–</td>' : `<td>${esc(c)}</td>`);
    return [
      '<table>',
      `<thead><tr>${b.kop.map((k) => `<th>${esc(k)}</th>`).join('')}</tr></thead>`,
      '<tbody>',
      ...b.rijen.map((r) => `<tr>${r.map(cel).join('')}</tr>`),
      '</tbody>',
      '</table>',
    ].join('\n');
  });
  return pagina(titel, delen.join('\n'));
}
