#!/usr/bin/env bash
# Builds the six-week demo journal with a name, Hebrew and Arabic feelings and tags, a private
# entry and one left out with --exclude, and makes its digest as a therapist receives it, from
# two sessions back (so that the period holds two sessions), with headless Chromium:
#
#   screen-1000.png, screen-400.png   the page on a screen 1000 and 400 pixels wide
#   digest-A4.pdf, digest-Letter.pdf  the page printed, with the browser's headers on
#   page-1.png                        the first printed A4 page, as Examples/digest-page.png
#
#   Examples/demo-digest-print.sh                 writes them into ./digest-print
#   Examples/demo-digest-print.sh /tmp/handout    writes them there
#   JOURNAL=path/to/journal Examples/demo-digest-print.sh
#
# Needs chromium and poppler-utils (pdftoppm). Nothing touches your own journal.
set -euo pipefail

source "$(dirname "$0")/demo-setup.sh"
output=${1:-digest-print}
mkdir -p "$output"
output=$(cd "$output" && pwd)

source "$(dirname "$0")/demo-six-weeks.sh"

j settings name "A. Example"
j add --date "20 days ago 21:00" --mood 3 --feeling "حزين" --tag "عمل" "Long day at work; the new manager shouted in the meeting. #work"
j add --date "18 days ago 20:30" --mood 4 --feeling "עצוב" --feeling tired "Missed the call from Dad. Sad all evening."
j add --date "10 days ago 21:00" --mood 5 --feeling "حزين" "A note I would rather not bring this time."
excluded=$("$journal" list --format json --all | python3 -c 'import json, sys; print(next(e["id"] for e in json.load(sys.stdin) if e["text"].startswith("A note I would rather")))')

# prep tells the terminal what it left out (the private entry and the excluded one), never the page.
"$journal" prep --since "23 days ago" --exclude "$excluded" --format html --output "$output/digest.html"

browser() {
    chromium --headless --no-sandbox --disable-gpu --disable-dev-shm-usage --no-first-run \
        --user-data-dir="$folder/chromium" --hide-scrollbars "$@" 2>/dev/null
}
page="file://$output/digest.html"
browser --window-size=1000,2400 --screenshot="$output/screen-1000.png" "$page"
browser --window-size=400,2400 --screenshot="$output/screen-400.png" "$page"
for paper in A4 Letter; do
    # The page leaves the paper to the printer; here the script chooses it, as a person would.
    sed "s|</head>|<style>@page { size: $paper; }</style></head>|" "$output/digest.html" >"$folder/digest-$paper.html"
    browser --print-to-pdf="$output/digest-$paper.pdf" "file://$folder/digest-$paper.html"
done
pdftoppm -png -r 100 -f 1 -l 1 -singlefile "$output/digest-A4.pdf" "$output/page-1"
echo "Wrote the screenshots, the PDFs and page-1.png to $output." >&2
