import { quietOnClosedPipe, withUsageErrors } from '../adapters/commandLine.ts';
import { serveCommand } from './serve.ts';

// `boardwalk serve …`: bin/boardwalk.mjs starts this shell with the arguments after `serve`.
quietOnClosedPipe();
process.exitCode = await withUsageErrors('boardwalk serve', () => serveCommand(process.argv.slice(3)));
