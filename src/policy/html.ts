/**
 * @module
 * A small, self-contained HTML page for the reports a jurist hands on (matrix, register):
 * no scripts, no external files, printable.
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

/** A complete page; `inhoud` must already be escaped HTML. */
export function pagina(titel: string, inhoud: string): string {
  return `<!doctype html>
<html lang="nl">
<head>
<meta charset="utf-8">
<title>${esc(titel)}</title>
<style>
body { font-family: system-ui, sans-serif; margin: 2rem; color: #1a1a1a; max-width: 80rem; }
table { border-collapse: collapse; margin: 1rem 0 2rem; width: 100%; }
th, td { border: 1px solid #bbb; padding: .35rem .5rem; text-align: left; vertical-align: top; }
th { background: #eef2f6; }
td.leeg { color: #999; }
code { font-size: .95em; }
.let-op { border-left: 4px solid #c60; padding: .5rem 1rem; background: #fff6ec; }
</style>
</head>
<body>
${inhoud}
</body>
</html>
`;
}
