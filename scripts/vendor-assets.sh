#!/usr/bin/env bash
# Installs the front-end packages from npm and copies the files the pages use into
# src/Cascade.Web/wwwroot/lib. The copies are committed, so running the app needs no npm.
# Run again after changing src/Cascade.Web/package.json.
set -euo pipefail
web="$(cd "$(dirname "$0")/../src/Cascade.Web" && pwd)"
cd "$web"
npm install --no-audit --no-fund --silent
rm -rf wwwroot/lib
mkdir -p wwwroot/lib/bootstrap
cp node_modules/bootstrap/dist/css/bootstrap.min.css wwwroot/lib/bootstrap/
cp node_modules/bootstrap/dist/js/bootstrap.bundle.min.js wwwroot/lib/bootstrap/
cp node_modules/bootstrap/LICENSE wwwroot/lib/bootstrap/LICENSE
# The dashboards' charts: the UMD build, which carries its one dependency (@kurkle/color) inside.
mkdir -p wwwroot/lib/chart.js
cp node_modules/chart.js/dist/chart.umd.min.js wwwroot/lib/chart.js/
cp node_modules/chart.js/LICENSE.md wwwroot/lib/chart.js/LICENSE.md
echo "vendored into $web/wwwroot/lib:"
find wwwroot/lib -type f | sort
