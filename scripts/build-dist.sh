#!/usr/bin/env bash
# Builds the release into a folder ready for any static host.
# Usage: scripts/build-dist.sh PUBLIC_URL OUT_DIR   (PUBLIC_URL like / or /roadmap/)
set -euo pipefail
cd "$(dirname "$0")/.."
public_url="${1:-/}"
out="${2:-dist}"
case "$public_url" in /*/|/) ;; *) echo "PUBLIC_URL must start and end with /, got '$public_url'" >&2; exit 2 ;; esac

trunk build --release --public-url "$public_url" --dist "$out"
# Static hosts such as GitHub Pages answer unknown paths with 404.html: the app
# itself then routes the deep link, so 404.html is the app shell too.
cp "$out/index.html" "$out/404.html"
# The service worker's precache list comes from the real, hashed build output.
node scripts/gen-sw.mjs "$out"
