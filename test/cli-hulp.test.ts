/**
 * Commands behave like commands: every `ketenpoort` command, nested ones included, answers
 * `--help` and `-h` with its usage on standard output and exit code 0, and does nothing else.
 * The list comes from the command table itself, so a new command is covered when it is added.
 * A usage error (unknown command or option, missing argument) exits with 2.
 */
import { spawnSync } from 'node:child_process';
import { describe, expect, it, vi } from 'vitest';
import { ketenpoort } from '../src/cli/ketenpoort.js';
import { draaiOpdracht, type Opdracht } from '../src/cli/opdracht.js';

function alle(o: Opdracht): Opdracht[] {
  return [o, ...(o.opdrachten ?? []).flatMap(alle)];
}

const woorden = (o: Opdracht) => o.naam.split(' ').filter(Boolean);

/** Runs the command table in this process, with what it prints captured. */
async function draai(args: string[]) {
  const uit = vi.spyOn(console, 'log').mockImplementation(() => {});
  const fout = vi.spyOn(console, 'error').mockImplementation(() => {});
  try {
    const code = await draaiOpdracht(ketenpoort, args);
    return { code, uit: uit.mock.calls.join('\n'), fout: fout.mock.calls.join('\n') };
  } finally {
    vi.restoreAllMocks();
  }
}

function ketenpoortProces(args: string[]) {
  const r = spawnSync(process.execPath, ['bin/ketenpoort.js', ...args], {
    encoding: 'utf8',
    timeout: 20_000,
  });
  return { code: r.status, uit: r.stdout, fout: r.stderr };
}

describe('de opdrachtentabel', () => {
  it('kent elke opdracht als haar groep plus één woord', () => {
    for (const groep of alle(ketenpoort)) {
      for (const sub of groep.opdrachten ?? []) {
        expect(woorden(sub).slice(0, -1)).toEqual(woorden(groep));
        expect(woorden(sub)).toHaveLength(woorden(groep).length + 1);
      }
    }
    expect(alle(ketenpoort).map((o) => o.naam)).toContain('logboek verifieer');
  });
});

describe.each(['--help', '-h'])('ketenpoort ... %s', (vlag) => {
  it.each(alle(ketenpoort).map((o) => ({ naam: o.naam || '(zonder opdracht)', o })))(
    '$naam drukt zijn gebruik af en eindigt met 0',
    async ({ o }) => {
      const r = await draai([...woorden(o), vlag]);
      expect(r.code).toBe(0);
      expect(r.fout).toBe('');
      expect(r.uit.split('\n')[0]).toMatch(
        new RegExp(`^Gebruik: ${['ketenpoort', ...woorden(o)].join(' ')}( |$)`),
      );
      for (const sub of o.opdrachten ?? []) expect(r.uit).toContain(`  ${woorden(sub).at(-1)} `);
    },
  );
});

describe('hulp en gebruiksfouten', () => {
  it('--help wint van de rest van de argumenten, maar niet na --', async () => {
    const r = await draai(['beleid', 'verschil', 'HEAD~1', '--json', '-h']);
    expect(r.code).toBe(0);
    expect(r.uit).toMatch(/^Gebruik: ketenpoort beleid verschil <oud>/);
    expect((await draai(['beleid', 'help'])).uit).toMatch(/^Gebruik: ketenpoort beleid </);
    // After `--`, `-h` is an argument: here the name of a policy folder that does not exist.
    await expect(draai(['beleid', 'check', '--', '-h'])).rejects.toThrow('-h');
  });

  it('een onbekende opdracht of optie en een ontbrekend argument eindigen met 2 en het gebruik', async () => {
    const onbekend = await draai(['logboek', 'opruimen']);
    expect(onbekend.code).toBe(2);
    expect(onbekend.fout).toContain("Onbekende opdracht 'opruimen'.");
    expect(onbekend.fout).toContain('Gebruik: ketenpoort logboek <opdracht>');
    const optie = await draai(['beleid', 'check', '--strong']);
    expect(optie.code).toBe(2);
    expect(optie.fout).toContain('Onbekende optie --strong.');
    expect(optie.fout).toContain('Gebruik: ketenpoort beleid check');
    const zonder = await draai(['token', '--sub', 'medewerker-1']);
    expect(zonder.code).toBe(2);
    expect(zonder.fout).toContain('Gebruik: ketenpoort token --sleutel');
    expect((await draai(['beleid'])).code).toBe(2);
  });

  it('een argumentfout herhaalt geen waarde die een identificerend gegeven kan zijn', async () => {
    for (const args of [
      ['pseudoniem', 'bsn', '--bsn=111222333'],
      ['pseudoniem', '--111222333'],
      ['token', '111222333'],
      ['logboek', 'verifieer', '--json=111222333'],
    ]) {
      const r = await draai(args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.fout + r.uit).not.toContain('111222333');
    }
    expect((await draai(['pseudoniem', 'bsn', '--bsn=111222333'])).fout).toContain(
      'Onbekende optie --bsn.',
    );
  });

  it('als proces: serve --help start geen gateway, en de exitcodes komen aan', () => {
    const serve = ketenpoortProces(['serve', '--help']);
    expect(serve.code, serve.fout).toBe(0);
    expect(serve.uit).toMatch(/^Gebruik: ketenpoort serve/);
    expect(serve.uit).not.toContain('luistert op');
    const verifieer = ketenpoortProces(['logboek', 'verifieer', '-h']);
    expect(verifieer.code).toBe(0);
    expect(verifieer.uit).toContain('--database <bestand>');
    expect(ketenpoortProces(['getuige', 'sleutel']).code).toBe(2);
  });
});
