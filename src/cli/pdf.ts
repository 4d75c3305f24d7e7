/**
 * @module
 * HTML to PDF with the Chromium the system has (playwright-core drives it; no browser is
 * ever downloaded). Without that browser the caller keeps its HTML and is told why.
 */
import { existsSync } from 'node:fs';

export type PdfUitkomst = { gemaakt: true; paden: string[] } | { gemaakt: false; reden: string };

/** Prints each `html` to A4 PDF at its `pad`, with one browser. */
export async function naarPdf(
  documenten: ReadonlyArray<{ html: string; pad: string }>,
  chromium: string,
): Promise<PdfUitkomst> {
  if (!existsSync(chromium)) {
    return { gemaakt: false, reden: `geen browser op ${chromium} (geef --chromium <pad>).` };
  }
  const { chromium: playwright } = await import('playwright-core');
  const browser = await playwright.launch({ executablePath: chromium, args: ['--no-sandbox'] });
  try {
    const pagina = await browser.newPage();
    for (const d of documenten) {
      await pagina.setContent(d.html, { waitUntil: 'load' });
      await pagina.pdf({
        path: d.pad,
        format: 'A4',
        printBackground: true,
        preferCSSPageSize: true,
      });
    }
    return { gemaakt: true, paden: documenten.map((d) => d.pad) };
  } finally {
    await browser.close();
  }
}
