# Sourced by the demo scripts: finds the journal binary and points JOURNAL_DB at a new journal
# in a temporary folder, removed when the script ends unless KEEP=1 is set. Defines `j`, which
# runs journal quietly.

journal=${JOURNAL:-"$(dirname "$0")/../.build/release/journal"}
if [ ! -x "$journal" ]; then
    echo "No journal binary at $journal: build it first, with make (in the project's folder)." >&2
    exit 1
fi

folder=$(mktemp -d)
export JOURNAL_DB="$folder/demo.sqlite"
if [ "${KEEP:-0}" = 1 ]; then
    echo "The demo journal stays at $JOURNAL_DB"
else
    trap 'rm -rf "$folder"' EXIT
fi

j() { "$journal" "$@" >/dev/null; }
