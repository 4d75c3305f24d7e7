/**
 * The real gateway as a child process, started the way `npm start` does, on a free loopback
 * port with its own data folder; and a runner for the commands a user types next to it.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const tsx = join('node_modules', '.bin', 'tsx');

export interface GatewayProces {
  url: string;
  data: string;
  env: NodeJS.ProcessEnv;
  /** Everything the server printed so far. */
  uitvoer: () => string;
  stop: () => void;
}

/**
 * Starts `src/node.ts` with PORT=0 and a fresh KETENPOORT_DATA (removed on stop), or the
 * settings in `extra` (a KETENPOORT_DATA given there is left as it is); resolves once it listens.
 */
export async function startGatewayProces(
  extra: Record<string, string> = {},
): Promise<GatewayProces> {
  const eigen = extra.KETENPOORT_DATA === undefined;
  const data = extra.KETENPOORT_DATA ?? mkdtempSync(join(tmpdir(), 'ketenpoort-e2e-'));
  const env = { ...process.env, PORT: '0', KETENPOORT_DATA: data, ...extra };
  const server: ChildProcess = spawn(tsx, ['src/node.ts'], {
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let uitvoer = '';
  const url = await new Promise<string>((klaar, mis) => {
    server.stdout?.on('data', (d: Buffer) => {
      uitvoer += d.toString();
      const m = uitvoer.match(/luistert op (http:\/\/127\.0\.0\.1:\d+)/);
      if (m?.[1]) klaar(m[1]);
    });
    server.stderr?.on('data', (d: Buffer) => {
      uitvoer += d.toString();
    });
    server.on('exit', (code) => mis(new Error(`server stopte (${code}):\n${uitvoer}`)));
  });
  return {
    url,
    data,
    env,
    uitvoer: () => uitvoer,
    stop: () => {
      server.kill('SIGTERM');
      if (eigen) {
        rmSync(data, { recursive: true, force: true });
        rmSync(`${data}-sleutelbewaarder`, { recursive: true, force: true });
        rmSync(`${data}-fg`, { recursive: true, force: true });
      }
    },
  };
}

/** Runs a TypeScript entry through tsx; stdout and stderr apart, so a fixture holds stdout. */
export function draaiTsx(opdracht: string[], env: NodeJS.ProcessEnv) {
  return draai(tsx, opdracht, env);
}

/** Runs `programma` with `args` to its end; stdout and stderr apart. */
export function draai(programma: string, args: string[], env: NodeJS.ProcessEnv) {
  return new Promise<{ code: number | null; uit: string; fout: string }>((klaar) => {
    const p = spawn(programma, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let uit = '';
    let fout = '';
    p.stdout.on('data', (d: Buffer) => {
      uit += d.toString();
    });
    p.stderr.on('data', (d: Buffer) => {
      fout += d.toString();
    });
    p.on('exit', (code) => klaar({ code, uit, fout }));
  });
}
