// Run before the tests: better-sqlite3 13 and Node's type stripping need Node 22.12 or newer, and the
// component tests' jsdom needs 22.22+, 24.15+ or 26+ (24 LTS is the target).
const [major = 0, minor = 0] = process.versions.node.split('.').map(Number);
const supported = (major === 22 && minor >= 22) || (major === 24 && minor >= 15) || major >= 26;
if (!supported) {
  console.error(
    `Boardwalk's tests need Node 22.22+, 24.15+ or 26+ (Node 24 LTS recommended); this is ${process.version}. ` +
      'Run `source scripts/use-node24.sh` to get Node 24 from the npm registry for this shell.',
  );
  process.exit(1);
}
