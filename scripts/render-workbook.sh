#!/usr/bin/env bash
# Renders the shipped sample's reconciliation workbook to the PNGs the README shows:
#   docs/images/workbook-overview.png    the 总览 sheet (status per indicator and department, chart)
#   docs/images/workbook-reconciled.png  top-left of the 分解对账 sheet (submitted values, differences coloured)
#   docs/images/workbook-findings.png    the 问题清单 sheet
# Usage (from anywhere): scripts/render-workbook.sh   — installs LibreOffice Calc, poppler and Noto CJK if absent.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v soffice >/dev/null || ! command -v pdftoppm >/dev/null; then
  apt-get update
  DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends \
    libreoffice-calc-nogui poppler-utils fonts-noto-cjk
fi
[[ -f target/minsheng-recon.jar ]] || ./mvnw -q -DskipTests package

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cp target/minsheng-recon.jar "$tmp/recon.jar"   # a copy: a parallel rebuild must not swap the jar mid-run
java -jar "$tmp/recon.jar" --period=2026-03 --output="$tmp/out"
xlsx="$tmp/out/2026-03/reconciliation-2026-03.xlsx"

# One PDF page per sheet, each page as large as its sheet.
soffice --headless "-env:UserInstallation=file://$tmp/lo-profile" \
  --convert-to 'pdf:calc_pdf_Export:{"SinglePageSheets":{"type":"boolean","value":"true"}}' \
  --outdir "$tmp" "$xlsx" >/dev/null
pdf="$tmp/reconciliation-2026-03.pdf"

# The first page whose text contains $1.
page_with() {
  local n i
  n=$(pdfinfo "$pdf" | awk '/^Pages:/ {print $2}')
  for ((i = 1; i <= n; i++)); do
    if pdftotext -layout -f "$i" -l "$i" "$pdf" - | grep "$1" >/dev/null; then echo "$i"; return; fi
  done
  echo "no page contains $1" >&2; exit 1
}

# $1 page, $2 output name; further arguments go to pdftoppm (e.g. a crop: -x 0 -y 0 -W 1600 -H 520).
render() {
  local page=$1 name=$2; shift 2
  pdftoppm -png -r 110 -f "$page" -l "$page" -singlefile "$@" "$pdf" "docs/images/$name"
  echo "docs/images/$name.png: $(stat -c %s "docs/images/$name.png") bytes"
}

# The pdftoppm crop (pixels at 110 dpi) that keeps a table sheet's top part: every township column, up to
# 牵头单位, and the header with indicators 1–32 (among them a mismatch, a missing and an extra township).
# Cell borders sit ~1 pt before each word of text: column A's 34th word starts indicator 33's row.
breakdown_crop() {
  pdftotext -bbox -f "$1" -l "$1" "$pdf" - \
    | sed -n 's/.*xMin="\([0-9.]*\)" yMin="\([0-9.]*\)".*>\(.*\)<\/word>/\1 \2 \3/p' \
    | awk '$3 == "牵头单位" { w = $1 - 1 }  $1 < 5 && ++n == 34 { h = $2 }
           END { if (!w || !h) exit 1; printf "-x 0 -y 0 -W %d -H %d\n", w * 110 / 72 + 1, h * 110 / 72 }'
}

mkdir -p docs/images
overview=$(page_with 分解对账总览)
reconciled=$(page_with 报送单位及文件)
findings=$(page_with 对账表位置)
render "$overview" workbook-overview
render "$reconciled" workbook-reconciled $(breakdown_crop "$reconciled")
render "$findings" workbook-findings
