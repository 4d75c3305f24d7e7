/**
 * axe-core in a page of the browser tests: WCAG 2.1 A and AA (the Dutch government's legal
 * minimum). Injected through the DevTools protocol, so the page's own CSP (no inline scripts)
 * stays as it is.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** The violations of WCAG 2.1 A/AA on the page as it is now: id, impact and where. */
export async function wcagSchendingen(pagina: Page): Promise<string[]> {
  await pagina.evaluate(AXE);
  const uitslag = await pagina.evaluate(() =>
    // biome-ignore lint/suspicious/noExplicitAny: axe is the global the script above defined
    (globalThis as any).axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    }),
  );
  return (
    uitslag.violations as Array<{ id: string; impact: string; nodes: Array<{ target: string[] }> }>
  ).map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** Presses Tab until `selector` has the focus (at most `max` times); fails when it never does. */
export async function tabNaar(pagina: Page, selector: string, max = 60): Promise<void> {
  for (let i = 0; i < max; i++) {
    await pagina.keyboard.press('Tab');
    const raak = await pagina.evaluate(
      (s) =>
        document.activeElement !== null && document.activeElement === document.querySelector(s),
      selector,
    );
    if (raak) return;
  }
  throw new Error(`${selector} kreeg geen focus met Tab`);
}
