/**
 * `npm run test:electron-security`: Electronegativity on the built app (out/, what ships), offline.
 * Every high or medium finding must be explained in scripts/electronegativity-allow.json (id, file,
 * how many, and why it is acceptable); an explanation that no longer matches a finding fails too, so
 * the list stays reviewed. Low and informational findings are printed.
 *
 * Electronegativity looks up translations and Electron releases on the network, and waits for it;
 * here its HTTP client is replaced by one that fails at once, and the release check is left out
 * (the Electron version is given instead).
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '..');
const OUT = join(ROOT, 'out');
const ALLOW_LIST = join(import.meta.dirname, 'electronegativity-allow.json');
const BLOCKING = new Set(['HIGH', 'MEDIUM']);

export interface Finding {
  id: string;
  severity: string;
  confidence: string;
  file: string;
  line: number;
  description: string;
}

export interface Allowance {
  id: string;
  file: string;
  count: number;
  reason: string;
}

export interface Verdict {
  unexplained: Finding[];
  explained: { allowance: Allowance; findings: Finding[] }[];
  /** Allowances whose count no longer matches the findings: the list needs a new review. */
  stale: { allowance: Allowance; found: number }[];
  minor: Finding[];
}

/** Sorts findings into explained, unexplained and minor, and finds allowances that no longer fit. */
export function judge(findings: Finding[], allowances: Allowance[]): Verdict {
  const blocking = findings.filter((finding) => BLOCKING.has(finding.severity));
  const explained = allowances.map((allowance) => ({
    allowance,
    findings: blocking.filter((finding) => finding.id === allowance.id && finding.file === allowance.file),
  }));
  return {
    unexplained: blocking.filter(
      (finding) => !allowances.some((allowance) => allowance.id === finding.id && allowance.file === finding.file),
    ),
    explained: explained.filter(({ allowance, findings: matched }) => matched.length === allowance.count),
    stale: explained
      .filter(({ allowance, findings: matched }) => matched.length !== allowance.count)
      .map(({ allowance, findings: matched }) => ({ allowance, found: matched.length })),
    minor: findings.filter((finding) => !BLOCKING.has(finding.severity)),
  };
}

/** Electronegativity's runner, with its HTTP client failing at once instead of waiting on the network. */
function offlineRunner(): (options: Record<string, unknown>) => Promise<{ issues: RawIssue[]; errors: RawError[] }> {
  const require = createRequire(import.meta.url);
  const local = createRequire(require.resolve('@doyensec/electronegativity/dist/runner.js'));
  const got = local.resolve('got');
  const offline = Object.assign(() => Promise.reject(Object.assign(new Error('offline'), { code: 'ENOTFOUND' })), {
    head: () => Promise.reject(new Error('offline')),
  });
  require.cache[got] = { id: got, filename: got, loaded: true, exports: offline } as unknown as NodeJS.Module;
  process.env.LANG = 'en-US';
  const runner = local('./runner.js');
  return runner.default ?? runner;
}

interface RawIssue {
  id: string;
  severity: { name: string };
  confidence: { name: string };
  file: string;
  location: { line: number };
  description: string;
}
interface RawError {
  file: string;
  message: string;
  tolerable: boolean;
}

function electronVersion(): string {
  const pkg = createRequire(import.meta.url)('electron/package.json') as { version: string };
  return pkg.version;
}

const where = (finding: Finding) => `${finding.id} (${finding.severity}) ${finding.file}:${finding.line}`;

async function main(): Promise<void> {
  if (!existsSync(join(OUT, 'main', 'index.js'))) {
    console.error('electronegativity: build the app first (npx electron-vite build); out/ is what is scanned');
    process.exitCode = 1;
    return;
  }
  const run = offlineRunner();
  const result = await run({
    input: OUT,
    isRelative: true,
    electronVersionOverride: electronVersion(),
    excludeFromScan: ['AvailableSecurityFixesGlobalCheck'],
  });
  const findings: Finding[] = result.issues.map((issue) => ({
    id: issue.id,
    severity: issue.severity.name,
    confidence: issue.confidence.name,
    file: issue.file,
    line: issue.location.line,
    description: issue.description,
  }));
  const verdict = judge(findings, JSON.parse(readFileSync(ALLOW_LIST, 'utf8')) as Allowance[]);
  const unreadable = result.errors.filter((error) => !error.tolerable);

  for (const finding of verdict.minor) console.log(`minor: ${where(finding)}: ${finding.description}`);
  for (const { allowance, findings: matched } of verdict.explained)
    console.log(`allowed: ${matched.map(where).join(', ')}: ${allowance.reason}`);
  for (const finding of verdict.unexplained)
    console.error(`UNEXPLAINED: ${where(finding)}: ${finding.description} (fix it, or explain it in ${ALLOW_LIST})`);
  for (const { allowance, found } of verdict.stale)
    console.error(
      `STALE: ${allowance.id} in ${allowance.file} is allowed ${allowance.count} time(s) but found ${found} time(s): review the allow-list`,
    );
  for (const error of unreadable) console.error(`NOT SCANNED: ${error.file}: ${error.message}`);
  const failed = verdict.unexplained.length + verdict.stale.length + unreadable.length;
  console.log(
    `electronegativity: ${findings.length} finding(s) in out/, ${verdict.explained.length} allowed with a reason, ` +
      `${verdict.minor.length} low or informational, ${failed} problem(s)`,
  );
  process.exitCode = failed > 0 ? 1 : 0;
}

if (import.meta.filename === process.argv[1]) await main();
