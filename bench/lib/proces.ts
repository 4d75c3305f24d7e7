/**
 * @module
 * Child processes of the benchmark: servers under test, the load generator, the CLI.
 * Every process is started by id and stopped by id; nothing is killed by name.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { START_KLAAR } from '../../src/node/gateway.js';

/** The repository root (the benchmark runs from there, as `npm run bench` does). */
export const ROOT = new URL('../..', import.meta.url).pathname.replace(/\/$/, '');

/** `node --import tsx <script>`: one process, so its pid is the process we measure. */
export const TSX = ['--import', 'tsx'];

/** A free port on loopback. */
export function vrijePoort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const adres = s.address();
      const poort = typeof adres === 'object' && adres ? adres.port : 0;
      s.close(() => resolve(poort));
    });
  });
}

/** A command line as a reader can run it: environment, program, arguments. */
export function alsCommando(args: readonly string[], env: Record<string, string> = {}): string {
  const omgeving = Object.entries(env).map(([k, v]) => `${k}=${v}`);
  return [...omgeving, 'node', ...args].join(' ');
}

export interface DraaiendeServer {
  proces: ChildProcess;
  url: string;
  commando: string;
  /** Resident set size and its peak (VmHWM), in bytes. */
  geheugen(): { rss: number; piek: number };
  /** Seconds from spawn until the health URL first answered 200. */
  startduur: number;
  stop(): Promise<void>;
}

/** Spawns `node <args>` and waits until `gezondheid` (a path) answers 200. */
export async function startServer(
  args: readonly string[],
  env: Record<string, string>,
  poort: number,
  gezondheid: string,
): Promise<DraaiendeServer> {
  // A gateway answers before the start's run of the hourly job is done (it reads every casus
  // for seconds on 1,000,000 signals): measurements begin after it, not during it.
  const wachtOp = args.includes('src/node.ts') ? START_KLAAR : undefined;
  let klaar = wachtOp === undefined;
  const t0 = process.hrtime.bigint();
  const proces = spawn(process.execPath, args, {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let uitvoer = '';
  proces.stdout?.on('data', (d) => {
    uitvoer = (uitvoer + d).slice(-4000);
    if (wachtOp && uitvoer.includes(wachtOp)) klaar = true;
  });
  proces.stderr?.on('data', (d) => {
    uitvoer = (uitvoer + d).slice(-4000);
  });
  const url = `http://127.0.0.1:${poort}`;
  const einde = Date.now() + 120_000;
  for (;;) {
    if (proces.exitCode !== null) throw new Error(`server stopte bij de start:\n${uitvoer}`);
    try {
      const r = await fetch(url + gezondheid);
      if (r.status === 200) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > einde) {
      proces.kill('SIGKILL');
      throw new Error(`server antwoordt niet op ${gezondheid}:\n${uitvoer}`);
    }
    await new Promise((r) => setTimeout(r, 10));
  }
  const startduur = Number(process.hrtime.bigint() - t0) / 1e9;
  while (!klaar) {
    if (proces.exitCode !== null) throw new Error(`server stopte bij de start:\n${uitvoer}`);
    if (Date.now() > einde) {
      proces.kill('SIGKILL');
      throw new Error(`server meldt niet "${wachtOp}":\n${uitvoer}`);
    }
    await new Promise((r) => setTimeout(r, 10));
  }
  return {
    proces,
    url,
    commando: alsCommando(args, env),
    startduur,
    geheugen: () => geheugenVan(proces.pid!),
    stop: () => stopProces(proces),
  };
}

/** Stops one process we started (SIGTERM, then SIGKILL after 10 s) and waits for it. */
export function stopProces(proces: ChildProcess): Promise<void> {
  if (proces.exitCode !== null || proces.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const hard = setTimeout(() => proces.kill('SIGKILL'), 10_000);
    proces.once('exit', () => {
      clearTimeout(hard);
      resolve();
    });
    proces.kill('SIGTERM');
  });
}

/** VmRSS and VmHWM of a process, in bytes (Linux). */
export function geheugenVan(pid: number): { rss: number; piek: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (veld: string) => Number(new RegExp(`${veld}:\\s+(\\d+) kB`).exec(status)?.[1] ?? NaN);
  return { rss: kb('VmRSS') * 1024, piek: kb('VmHWM') * 1024 };
}

/** User + system CPU seconds of a process so far (Linux /proc; fields 14 and 15 of stat). */
export function cpuSeconden(pid: number): number {
  const velden = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(velden[11]) + Number(velden[12])) / 100;
}

/** Runs `node <args>` to completion; rejects on a non-zero exit with its output. */
export function draai(
  args: readonly string[],
  env: Record<string, string> = {},
): Promise<{ stdout: string; stderr: string; seconden: number }> {
  const t0 = process.hrtime.bigint();
  return new Promise((resolve, reject) => {
    const p = spawn(process.execPath, args, {
      cwd: ROOT,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    p.stdout.on('data', (d) => {
      stdout += d;
    });
    p.stderr.on('data', (d) => {
      stderr = (stderr + d).slice(-20_000);
    });
    p.on('error', reject);
    p.on('exit', (code) => {
      const seconden = Number(process.hrtime.bigint() - t0) / 1e9;
      if (code === 0) resolve({ stdout, stderr, seconden });
      else reject(new Error(`${alsCommando(args, env)} stopte met ${code}:\n${stderr}`));
    });
  });
}
