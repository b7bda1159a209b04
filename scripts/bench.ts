/**
 * `npm run bench [name…]`: runs every bench module in scripts/bench/ (`<name>.bench.ts`, in name
 * order), or only the named ones. A module exports `title` and `run()`, prints its own figures and
 * asserts nothing: the exit code is 0 unless a module failed. Add a bench by adding a file there.
 */
import { readdirSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

interface BenchModule {
  title: string;
  run(): Promise<void>;
}

const BENCH_DIR = join(import.meta.dirname, 'bench');
const SUFFIX = '.bench.ts';

function benchNames(): string[] {
  return readdirSync(BENCH_DIR)
    .filter((file) => file.endsWith(SUFFIX))
    .map((file) => file.slice(0, -SUFFIX.length))
    .sort();
}

async function main(): Promise<void> {
  const available = benchNames();
  const asked = process.argv.slice(2);
  const unknown = asked.filter((name) => !available.includes(name));
  if (unknown.length > 0) {
    console.error(`unknown bench: ${unknown.join(', ')}; there are: ${available.join(', ')}`);
    process.exitCode = 2;
    return;
  }
  const cpuList = cpus();
  console.log(
    `Boardwalk bench on ${cpuList[0]?.model ?? 'unknown CPU'}, ${cpuList.length} CPUs, node ${process.version}, ` +
      `${process.platform}-${process.arch}`,
  );
  for (const name of asked.length > 0 ? asked : available) {
    const bench = (await import(pathToFileURL(join(BENCH_DIR, name + SUFFIX)).href)) as BenchModule;
    console.log(`\n== ${name}: ${bench.title}`);
    try {
      await bench.run();
    } catch (error) {
      console.error(`bench ${name} failed: ${(error as Error).stack ?? String(error)}`);
      process.exitCode = 1;
    }
  }
}

await main();
