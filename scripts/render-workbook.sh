#!/usr/bin/env bash
# Renders the shipped sample's reconciliation workbook to the PNGs the README shows:
#   docs/images/workbook-breakdown.png  top-left of the 分解表 sheet (parsed official table, flagged cells coloured)
#   docs/images/workbook-findings.png   the 问题清单 sheet
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

# One PDF page per sheet (说明, 分解表, 问题清单), each page as large as its sheet.
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

# The pdftoppm crop (pixels at 110 dpi) that keeps the 分解表's top-left: columns up to 三江镇 (the whole sheet
# is ~2800 px wide) and the header with indicators 1–20, among them the flagged name of indicator 12.
# Cell borders sit ~1 pt before each word of text: column A's 22nd word starts indicator 21's row.
breakdown_crop() {
  pdftotext -bbox -f "$1" -l "$1" "$pdf" - \
    | sed -n 's/.*xMin="\([0-9.]*\)" yMin="\([0-9.]*\)".*>\(.*\)<\/word>/\1 \2 \3/p' \
    | awk '$3 == "长乐镇" { w = $1 - 1 }  $1 < 5 && ++n == 22 { h = $2 }
           END { if (!w || !h) exit 1; printf "-x 0 -y 0 -W %d -H %d\n", w * 110 / 72 + 1, h * 110 / 72 }'
}

mkdir -p docs/images
breakdown=$(page_with 项目序号)
findings=$(page_with 规则)
crop=$(breakdown_crop "$breakdown")
render "$breakdown" workbook-breakdown $crop
render "$findings" workbook-findings
