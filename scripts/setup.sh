#!/usr/bin/env bash
# Installs every tool the build and the tests need, at pinned versions.
# Idempotent: each step checks what is present first, so a second run takes seconds.
set -euo pipefail

cd "$(dirname "$0")/.."

TRUNK_VERSION="0.21.14"
LEPTOSFMT_VERSION="0.1.33"
# wasm-bindgen-cli must match the wasm-bindgen crate exactly, so read it from the lockfile.
WASM_BINDGEN_VERSION="$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/[^0-9.]/, ""); print; exit }' Cargo.lock)"

export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"

step() { printf '==> %s\n' "$*"; }

command -v cargo >/dev/null || { echo "cargo is missing: install Rust with rustup (https://rustup.rs) first." >&2; exit 1; }
command -v npm >/dev/null || { echo "npm is missing: install Node.js 20 or newer with npm first." >&2; exit 1; }

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  step "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi
for component in rustfmt clippy; do
  if ! rustup component list --installed | grep -q "^$component"; then
    step "adding rustup component $component"
    rustup component add "$component"
  fi
done

if [ "$(trunk --version 2>/dev/null)" != "trunk $TRUNK_VERSION" ]; then
  step "installing trunk $TRUNK_VERSION (takes about 15 minutes once)"
  # trunk 0.22 needs a newer rustc than this toolchain; --locked keeps its dependency set known-good.
  cargo install trunk --version "$TRUNK_VERSION" --locked
fi

if [ "$(leptosfmt --version 2>/dev/null)" != "leptosfmt $LEPTOSFMT_VERSION" ]; then
  step "installing leptosfmt $LEPTOSFMT_VERSION (formats the view! macros; a few minutes once)"
  cargo install leptosfmt --version "$LEPTOSFMT_VERSION" --locked
fi

if [ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $WASM_BINDGEN_VERSION" ]; then
  step "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION (takes a few minutes once)"
  # Without --locked on purpose: its lockfile pins a webpki-roots release the registry no longer serves.
  cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION"
fi

# npm packages (binaryen's wasm-opt 132, Playwright, axe-core) from the committed lockfile.
if [ ! -f node_modules/.setup-stamp ] || [ package-lock.json -nt node_modules/.setup-stamp ]; then
  step "installing npm packages from package-lock.json"
  npm ci --no-audit --no-fund
  touch node_modules/.setup-stamp
fi

# A browser for the tests: Debian's chromium (downloaded browsers do not work on these machines).
find_chromium() {
  for candidate in "${CHROMIUM:-}" /usr/bin/chromium /usr/bin/chromium-browser /usr/bin/google-chrome; do
    if [ -n "$candidate" ] && [ -x "$candidate" ]; then echo "$candidate"; return 0; fi
  done
  return 1
}
if ! find_chromium >/dev/null; then
  if command -v apt-get >/dev/null && [ "$(id -u)" = 0 ]; then
    step "installing Debian's chromium"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium
  else
    echo "No Chromium found. Install Chromium (Debian: 'sudo apt-get install chromium') or set CHROMIUM=/path/to/chrome." >&2
    exit 1
  fi
fi

# Download crates now so that the builds after this need no network.
cargo fetch --quiet
step "tools ready: $(trunk --version), $(leptosfmt --version), $(wasm-bindgen --version), $(wasm-opt --version), chromium at $(find_chromium)"
