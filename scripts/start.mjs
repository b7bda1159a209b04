// `npm start`: build, then open the desktop app; where Electron cannot run, say so and point to the browser host.
import { spawn, spawnSync } from 'node:child_process';
import { downloadElectronBinary, findElectronBinary } from './electron-binary.mjs';

const build = spawnSync(process.execPath, ['node_modules/electron-vite/bin/electron-vite.js', 'build'], {
  stdio: 'inherit',
});
if (build.status !== 0) process.exit(build.status ?? 1);

let binary = findElectronBinary();
if (!binary.path && downloadElectronBinary()) binary = findElectronBinary();
if (!binary.path) {
  console.error(
    `Boardwalk: the desktop app cannot start here (${binary.reason}); run \`npm run serve\` to use it in a browser.`,
  );
  process.exit(1);
}
const app = spawn(binary.path, ['.'], { stdio: 'inherit' });
app.on('exit', (code) => process.exit(code ?? 0));
