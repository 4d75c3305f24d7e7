/**
 * @module
 * `ketenpoort logboek <opdracht>`: the FG's logboek commands.
 */
import { EXPORT_HULP, logboekExport } from './logboek-export.js';

const OPDRACHTEN: Record<string, (args: string[]) => Promise<number>> = {
  export: logboekExport,
};

export async function logboek(args: string[]): Promise<number> {
  const [opdracht, ...rest] = args;
  if (rest.includes('--help')) {
    console.log(EXPORT_HULP);
    return 0;
  }
  const uitvoer = opdracht ? OPDRACHTEN[opdracht] : undefined;
  if (uitvoer) return uitvoer(rest);
  console.error(EXPORT_HULP);
  return 2;
}
