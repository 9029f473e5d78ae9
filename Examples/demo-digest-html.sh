#!/usr/bin/env bash
# Builds a demo journal of six weeks in a temporary file and writes its digest as a page to
# print: `journal prep --format html`.
#
#   Examples/demo-digest-html.sh                 writes demo-digest.html in the current folder
#   Examples/demo-digest-html.sh /tmp/prep.html  writes it there
#   JOURNAL=path/to/journal Examples/demo-digest-html.sh
#
# It uses .build/release/journal (build it first with swift build -c release
# --static-swift-stdlib). Nothing touches your own journal: everything goes to a temporary
# file, removed at the end unless KEEP=1 is set.
set -euo pipefail

source "$(dirname "$0")/demo-setup.sh"
output=${1:-demo-digest.html}

source "$(dirname "$0")/demo-six-weeks.sh"

# prep says where it wrote the page.
"$journal" prep --format html --output "$output"
