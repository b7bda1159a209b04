/** A wrong option is a usage error: one line and exit code 2, not a stack trace. */
export async function withUsageErrors(name: string, run: () => Promise<number>): Promise<number> {
  try {
    return await run();
  } catch (error) {
    if (!String((error as NodeJS.ErrnoException).code).startsWith('ERR_PARSE_ARGS')) throw error;
    process.stderr.write(`${name}: ${(error as Error).message}\n`);
    return 2;
  }
}

/** A reader that stops early (`| head`) is not an error. */
export function quietOnClosedPipe(): void {
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
}
