#!/usr/bin/env bash
# Renders the shipped sample's outputs, as they print, to the PNGs the README shows:
#   docs/images/workbook-front.png       首页, the page a deputy county head reads first
#   docs/images/workbook-supervision.png 督办清单 (the red items, those proposed for supervision first)
#   docs/images/workbook-overview.png    the first page of 总览 (units and their indicators, worst first)
#   docs/images/workbook-reconciled.png  the first page of 分解对账 (submitted values, differences coloured)
#   docs/images/workbook-township.png    一镇一表's page of 三江镇 (its indicators, completion and lights)
#   docs/images/workbook-findings.png    the first page of 问题清单
#   docs/images/feedback-findings.png    问题说明 of 市卫健局's feedback file
#   docs/images/feedback-notice.png      报送提醒 of a unit that sent nothing (市妇联)
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
# February, then March into the same output: March's progress is judged against February's (regression, red months)
LC_ALL=C.UTF-8 java -jar "$tmp/recon.jar" --period=2026-02 --output="$tmp/out"
LC_ALL=C.UTF-8 java -jar "$tmp/recon.jar" --period=2026-03 --output="$tmp/out"
out="$tmp/out/2026-03"

# Each workbook to a PDF as a printer would print it (paper, scale and breaks as the file sets them).
pdf() {
  soffice --headless "-env:UserInstallation=file://$tmp/lo-profile" --convert-to pdf --outdir "$tmp" "$1" >/dev/null
  echo "$tmp/$(basename "${1%.*}").pdf"
}

# The first page of $1 whose text contains $2.
page_with() {
  local n i
  n=$(pdfinfo "$1" | awk '/^Pages:/ {print $2}')
  for ((i = 1; i <= n; i++)); do
    if pdftotext -layout -f "$i" -l "$i" "$1" - | grep -F "$2" >/dev/null; then echo "$i"; return; fi
  done
  echo "no page of $1 contains $2" >&2; exit 1
}

# $1 pdf, $2 text on the page, $3 output name.
render() {
  local page
  page=$(page_with "$1" "$2")
  pdftoppm -png -r 80 -f "$page" -l "$page" -singlefile "$1" "docs/images/$3"
  echo "docs/images/$3.png: page $page, $(stat -c %s "docs/images/$3.png") bytes"
}

mkdir -p docs/images
rm -f docs/images/*.png
workbook=$(pdf "$out/reconciliation-2026-03.xlsx")
render "$workbook" "民生实事任务对账" workbook-front
render "$workbook" "民生实事进度督办清单" workbook-supervision
render "$workbook" "民生实事任务分解对账总览" workbook-overview
render "$workbook" "报送单位及文件" workbook-reconciled
render "$workbook" "三江镇（属地责任）" workbook-township
render "$workbook" "对账表位置" workbook-findings
render "$(pdf "$out/feedback/市卫健局.xlsx")" "问题说明" feedback-findings
render "$(pdf "$out/feedback/市妇联.xlsx")" "报送提醒" feedback-notice
