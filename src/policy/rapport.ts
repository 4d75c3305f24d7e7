/**
 * @module
 * A tiny document model for the jurist's reports (matrix, verwerkingsregister): headings,
 * paragraphs, lists and tables, rendered as Markdown or as HTML from one source, so both
 * formats always say the same. A text may carry links (a grondslag's vindplaats, a section
 * of the table of contents). The HTML is a fragment (`rapportHtml`, for a page of the
 * werkplek) or a printable page (`alsHtml`).
 */
import { esc, pagina } from './html.js';

/** A piece of text, or a link with its text. */
export type Deel = string | { tekst: string; link: string };
/** A text of one or more pieces. */
export type Tekst = string | readonly Deel[];

export type Blok =
  | { soort: 'kop'; niveau: 1 | 2 | 3; tekst: string; anker?: string }
  | { soort: 'alinea'; tekst: Tekst; nadruk?: boolean }
  | {
      soort: 'tabel';
      kop: string[];
      rijen: Tekst[][];
      /** Many columns (the matrix overview): the page is printed landscape, cells wrap. */
      breed?: boolean;
    }
  | { soort: 'lijst'; items: Tekst[] };

const delen = (t: Tekst): readonly Deel[] => (typeof t === 'string' ? [t] : t);

/** Plain text of `t`, without its links. */
export function platteTekst(t: Tekst): string {
  return delen(t)
    .map((d) => (typeof d === 'string' ? d : d.tekst))
    .join('');
}

/** Markdown (GitHub flavour); table cells escape '|' and keep one line. */
export function alsMarkdown(blokken: readonly Blok[]): string {
  const md = (t: Tekst) =>
    delen(t)
      .map((d) => (typeof d === 'string' ? d : `[${d.tekst}](${d.link})`))
      .join('');
  const cel = (t: Tekst) => {
    const s = md(t);
    return s === '' ? '–' : s.replace(/\|/g, '\\|').replace(/\n/g, ' ');
  };
  const uit = blokken.map((b): string => {
    if (b.soort === 'kop') {
      const anker = b.anker ? `<a id="${b.anker}"></a>\n\n` : '';
      return `${anker}${'#'.repeat(b.niveau)} ${b.tekst}`;
    }
    if (b.soort === 'alinea') return b.nadruk ? `> **${md(b.tekst)}**` : md(b.tekst);
    if (b.soort === 'lijst') return b.items.map((i) => `- ${md(i)}`).join('\n');
    return [
      `| ${b.kop.map(cel).join(' | ')} |`,
      `| ${b.kop.map(() => '---').join(' | ')} |`,
      ...b.rijen.map((r) => `| ${r.map(cel).join(' | ')} |`),
    ].join('\n');
  });
  return `${uit.join('\n\n')}\n`;
}

/** The report as an HTML fragment (escaped), to embed in a page. */
export function rapportHtml(blokken: readonly Blok[]): string {
  const html = (t: Tekst) =>
    delen(t)
      .map((d) => (typeof d === 'string' ? esc(d) : `<a href="${esc(d.link)}">${esc(d.tekst)}</a>`))
      .join('');
  return blokken
    .map((b): string => {
      if (b.soort === 'kop') {
        const id = b.anker ? ` id="${esc(b.anker)}"` : '';
        return `<h${b.niveau}${id}>${esc(b.tekst)}</h${b.niveau}>`;
      }
      if (b.soort === 'alinea')
        return b.nadruk
          ? `<p class="let-op"><strong>${html(b.tekst)}</strong></p>`
          : `<p>${html(b.tekst)}</p>`;
      if (b.soort === 'lijst')
        return `<ul>\n${b.items.map((i) => `<li>${html(i)}</li>`).join('\n')}\n</ul>`;
      const cel = (c: Tekst) =>
        platteTekst(c) === '' ? '<td class="leeg">–</td>' : `<td>${html(c)}</td>`;
      return [
        b.breed ? '<table class="breed">' : '<table>',
        `<thead><tr>${b.kop.map((k) => `<th>${esc(k)}</th>`).join('')}</tr></thead>`,
        '<tbody>',
        ...b.rijen.map((r) => `<tr>${r.map(cel).join('')}</tr>`),
        '</tbody>',
        '</table>',
      ].join('\n');
    })
    .join('\n');
}

/**
 * A standalone, printable HTML page with the first heading as its title; landscape when a
 * table is wide (the matrix overview has a column per partner).
 */
export function alsHtml(blokken: readonly Blok[]): string {
  const titel = blokken.find((b) => b.soort === 'kop')?.tekst ?? 'Ketenpoort';
  const liggend = blokken.some((b) => b.soort === 'tabel' && b.breed === true);
  return pagina(titel, rapportHtml(blokken), { liggend });
}
