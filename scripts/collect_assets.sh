#!/usr/bin/env bash
# Copies the few front-end files the pages need from node_modules into the static folder.
set -euo pipefail
cd "$(dirname "$0")/.."
dest=src/werkpad/static/vendor
mkdir -p "$dest/utrecht" "$dest/htmx"
cp node_modules/@utrecht/design-tokens/dist/index.css "$dest/utrecht/design-tokens.css"
cp node_modules/@utrecht/component-library-css/dist/index.css "$dest/utrecht/component-library.css"
cp node_modules/htmx.org/dist/htmx.min.js "$dest/htmx/htmx.min.js"
