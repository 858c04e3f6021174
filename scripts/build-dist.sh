#!/usr/bin/env bash
# Builds the release into a folder ready for any static host.
# Usage: scripts/build-dist.sh PUBLIC_URL OUT_DIR   (PUBLIC_URL like / or /roadmap/)
set -euo pipefail
cd "$(dirname "$0")/.."
public_url="${1:-/}"
out="${2:-dist}"
case "$public_url" in /*/|/) ;; *) echo "PUBLIC_URL must start and end with /, got '$public_url'" >&2; exit 2 ;; esac

trunk build --release --public-url "$public_url" --dist "$out"
# The stylesheet without comments and layout whitespace (its hash in the template follows).
node scripts/minify-css.mjs "$out"
# The wasm fetched whole and compiled off the main thread, not streamed.
node scripts/load-wasm-whole.mjs "$out"
# Every route as HTML, rendered natively by the app's own components; 404.html
# is the not-found page and shell.html the loading shell for offline routes.
# SITE_URL (optional, e.g. https://example.org/roadmap/) adds canonical URLs and sitemap.xml.
cargo run --quiet --features prerender --bin prerender -- "$out" "$public_url"
# Then the version and the CSP go into every page, and the service worker's
# precache list comes from the real, hashed build output.
node scripts/gen-sw.mjs "$out"
