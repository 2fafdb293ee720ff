#!/usr/bin/env bash
# Debian packages the full test suite needs: Chromium for the browser tests, a CJK font so
# Chinese pages render, pango for PDF output, gettext for the catalog's completeness test, and
# the tools that read papers as an office prints them and a phone scans them: LibreOffice
# (prints the .xlsx and .docx), poppler (PDF pages to pictures and text), zbar (QR codes).
# Installs what is missing when run as root.
set -euo pipefail
need=()
command -v chromium >/dev/null || need+=(chromium)
# grep reads the whole list (no -q): under pipefail, grep -q leaving at the first match made
# the lister die of SIGPIPE and the package count as missing now and then.
fc-list 2>/dev/null | grep -i "Noto Sans CJK" >/dev/null || need+=(fonts-noto-cjk)
ldconfig -p 2>/dev/null | grep libpango-1.0 >/dev/null || need+=(libpango-1.0-0 libpangoft2-1.0-0)
command -v xgettext >/dev/null || need+=(gettext)
command -v pdftoppm >/dev/null || need+=(poppler-utils)
command -v zbarimg >/dev/null || need+=(zbar-tools)
command -v soffice >/dev/null || need+=(libreoffice-calc-nogui libreoffice-writer-nogui)
# The cluster tier (benchmarks/cluster.py): nginx in front over TLS, Redis behind.
command -v nginx >/dev/null || [ -x /usr/sbin/nginx ] || need+=(nginx)
command -v redis-server >/dev/null || need+=(redis-server)
command -v openssl >/dev/null || need+=(openssl)
if [ ${#need[@]} -eq 0 ]; then
  exit 0
fi
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  echo "==> installing Debian packages: ${need[*]}" >&2
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
else
  echo "==> missing Debian packages: ${need[*]} (run: sudo apt-get install ${need[*]})" >&2
  exit 1
fi
