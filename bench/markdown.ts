/**
 * @module
 * Prints the figures of a results file as a Markdown table (for the README section
 * "Prestaties"): `npx tsx bench/markdown.ts [bench/results/latest.json]`.
 */
import { readFileSync } from 'node:fs';
import { markdownTabel } from './lib/tabel.js';

const pad = process.argv[2] ?? 'bench/results/latest.json';
const rapport = JSON.parse(readFileSync(pad, 'utf8'));
console.log(markdownTabel(rapport.figuren));
