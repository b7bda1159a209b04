// Runs the commands given as arguments side by side, as many at once as the machine has cores: the
// type checks and the lint are single-threaded, and one after another they leave a core idle. Each
// command's output is printed whole when it ends, in the order given, so the log reads as if they had
// run one by one. Exits with the first failing command's code (in that order) once all have ended.
import { spawn } from 'node:child_process';
import { availableParallelism } from 'node:os';

const commands = process.argv.slice(2);
/** @type {({ output: string, code: number } | undefined)[]} */
const results = commands.map(() => undefined);
let printed = 0;

/** Prints the finished commands at the front of the list, so their order is the one given. */
function printFinished() {
  for (let result = results[printed]; result; result = results[printed]) {
    process.stdout.write(`> ${commands[printed]}\n${result.output}`);
    printed++;
  }
}

/** @param {string} command @returns {Promise<{ output: string, code: number }>} */
function run(command) {
  return new Promise((resolve) => {
    const child = spawn(command, { shell: true, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', (error) => resolve({ output: `${output}${error.message}\n`, code: 1 }));
    child.on('close', (code) => resolve({ output, code: code ?? 1 }));
  });
}

let next = 0;
async function lane() {
  while (next < commands.length) {
    const index = next++;
    results[index] = await run(/** @type {string} */ (commands[index]));
    printFinished();
  }
}

await Promise.all(Array.from({ length: Math.min(commands.length, availableParallelism()) }, lane));
const failed = results.find((result) => result && result.code !== 0);
process.exit(failed ? failed.code : 0);
