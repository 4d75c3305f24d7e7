/**
 * @module
 * A small, self-contained HTML page for the reports a jurist hands on (matrix, register):
 * no scripts, no external files, printable. On paper every table fits the page: fixed
 * column widths over the whole printable width, and words that wrap anywhere, so no column
 * falls off the edge however many partners there are.
 */

/** Escapes text for HTML content and attribute values. */
export function esc(tekst: string): string {
  return tekst
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** The style of a report, also for a page that embeds one (the werkplek). */
export function rapportStijl(opties: { liggend?: boolean } = {}): string {
  return `body { font-family: system-ui, sans-serif; margin: 2rem; color: #1a1a1a; max-width: 80rem; }
table { border-collapse: collapse; margin: 1rem 0 2rem; width: 100%; }
th, td { border: 1px solid #bbb; padding: .35rem .5rem; text-align: left; vertical-align: top; overflow-wrap: anywhere; }
th { background: #eef2f6; }
td.leeg { color: #999; }
code { font-size: .95em; }
.let-op { border-left: 4px solid #c60; padding: .5rem 1rem; background: #fff6ec; }
@page { size: A4 ${opties.liggend ? 'landscape' : 'portrait'}; margin: 12mm; }
@media print {
  body { margin: 0; max-width: none; font-size: 9pt; }
  table { table-layout: fixed; width: 100%; }
  table.breed { font-size: 7pt; }
  th, td { padding: .2rem .25rem; }
  thead { display: table-header-group; }
  tr, h2, h3 { break-inside: avoid; }
  h2, h3 { break-after: avoid; }
  a { color: inherit; }
}`;
}

/** A complete page; `inhoud` must already be escaped HTML. */
export function pagina(titel: string, inhoud: string, opties: { liggend?: boolean } = {}): string {
  return `<!doctype html>
<html lang="nl">
<head>
<meta charset="utf-8">
<title>${esc(titel)}</title>
<style>
${rapportStijl(opties)}
</style>
</head>
<body>
${inhoud}
</body>
</html>
`;
}
