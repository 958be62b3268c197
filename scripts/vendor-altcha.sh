#!/bin/sh
# Refreshes the vendored ALTCHA widget in public/altcha/ (run by hand, outputs are committed).
# The version is pinned in end2end/package.json (and its lock): bump it there, then run
#   cd end2end && npm install --no-audit --no-fund && cd .. && scripts/vendor-altcha.sh
# Only the CSP-friendly "external" build is copied: the module without inline styles or
# blob: workers, its stylesheet, and the one worker our challenges use (PBKDF2/SHA-256).
# Texts come from our translation layer (public/captcha.js), so no i18n files are needed.
set -eu

root=$(cd "$(dirname "$0")/.." && pwd)
src="$root/end2end/node_modules/altcha"
dest="$root/public/altcha"

if [ ! -f "$src/package.json" ]; then
    echo "altcha is not installed: run 'npm install --no-audit --no-fund' in end2end/ first" >&2
    exit 1
fi
version=$(node -p "require('$src/package.json').version")

mkdir -p "$dest"
cp "$src/dist/external/altcha.min.js" "$dest/altcha.min.js"
cp "$src/dist/external/altcha.css" "$dest/altcha.css"
cp "$src/dist/workers/pbkdf2.js" "$dest/pbkdf2.js"
cp "$src/LICENSE.txt" "$dest/LICENSE.txt"

cat > "$dest/README.md" <<README
# ALTCHA widget (vendored)

Files copied by \`scripts/vendor-altcha.sh\` from the npm package
[\`altcha\`](https://www.npmjs.com/package/altcha) version $version
(source: <https://github.com/altcha-org/altcha>), MIT licence (see \`LICENSE.txt\`),
© Daniel Regeci, BAU Software s.r.o. The widget bundles the Svelte runtime (MIT).

| File | From the package |
|---|---|
| \`altcha.min.js\` | \`dist/external/altcha.min.js\` (widget without bundled workers or styles) |
| \`altcha.css\` | \`dist/external/altcha.css\` |
| \`pbkdf2.js\` | \`dist/workers/pbkdf2.js\` (worker for \`PBKDF2/SHA-*\` challenges) |

Do not edit these files: change the version in \`end2end/package.json\` and run the script.
Our glue (worker registration, texts) is \`public/captcha.js\`.
README

echo "vendored altcha $version into public/altcha/"
