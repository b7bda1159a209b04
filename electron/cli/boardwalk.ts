import { parseArgs } from 'node:util';
import { quietOnClosedPipe, withUsageErrors } from '../adapters/commandLine.ts';

// Each command loads what it needs when it runs (below): `--help` loads nothing more, and answers at once.

const HELP = `boardwalk: decision boards, offline

Usage:
  boardwalk serve [--port N] [--data-dir DIR] [--token T]   start the app for a browser on 127.0.0.1
        [--restore-backup]                                   after a damaged database: start from the newest good backup
  boardwalk validate <pack> [--warnings]                     check a board pack (folder, .yaml or .zip); --warnings lists them
  boardwalk board <pack> --json                              print the normalized board as JSON
  boardwalk report --session ID-or-title [--data-dir DIR]    export a session's report: --lang nl|en (default: the
        [--lang L] [--format F] [--out PATH]                 session's), --format pdf|html|md|csv|json (md: a folder,
        [--include-undecided] [--omit section,…]             or a .zip), --out file or folder (default: its name, here);
        [--include-notes] [--voter-names]                    --omit audit leaves the appendix out; private notes and
                                                             who voted what only when asked; works while the app is open
  boardwalk register --board ID [--data-dir DIR]            a board's decision log; --ics FILE writes its review
        [--lang L] [--ics FILE]                              dates as a calendar, one event per decision
  boardwalk --help                                           this text
`;

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  const print = (line: string) => process.stdout.write(`${line}\n`);
  if (!command || command === '--help' || command === '-h' || command === 'help') {
    print(HELP);
    return 0;
  }
  if (command === 'report') {
    const { reportCommand } = await import('./report.ts');
    return reportCommand(rest, print);
  }
  if (command === 'register') {
    const { registerCommand } = await import('./register.ts');
    return registerCommand(rest, print);
  }
  if (command === 'validate' || command === 'board') {
    const { positionals, values } = parseArgs({
      args: rest,
      allowPositionals: true,
      options: { json: { type: 'boolean' }, warnings: { type: 'boolean' } },
    });
    const pack = positionals[0];
    if (!pack) {
      process.stderr.write(`boardwalk ${command}: name a pack folder or file\n`);
      return 2;
    }
    if (command === 'board' && !values.json) {
      process.stderr.write('boardwalk board: only --json output exists; add --json\n');
      return 2;
    }
    const fail = (line: string) => process.stderr.write(`${line}\n`);
    const { boardJsonCommand, validateCommand } = await import('./validate.ts');
    return command === 'validate'
      ? validateCommand(pack, print, fail, { warnings: values.warnings })
      : boardJsonCommand(pack, print, fail);
  }
  process.stderr.write(`boardwalk: unknown command '${command}'\n${HELP}`);
  return 2;
}

quietOnClosedPipe();
process.exitCode = await withUsageErrors('boardwalk', () => main(process.argv.slice(2)));
