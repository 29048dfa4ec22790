#!/usr/bin/env bash
# Installs a Debian package the suite needs when it is missing and we are root; otherwise says
# how to get it and fails.
set -euo pipefail
need=$1
case "$need" in
  chromium) cmd=/usr/bin/chromium; pkg=chromium ;;
  gettext) cmd=/usr/bin/msgfmt; pkg=gettext ;;
  *) echo "unknown system dependency: $need" >&2; exit 2 ;;
esac
[ -x "$cmd" ] && exit 0
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  echo "Installing Debian's $pkg (needed by Werkpad's set-up) ..."
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq && apt-get install -y -qq "$pkg" >/dev/null
else
  echo "Werkpad needs $cmd: install it with 'sudo apt-get install $pkg' and run the command again." >&2
  exit 1
fi
