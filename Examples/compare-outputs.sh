#!/usr/bin/env bash
# Runs two journal binaries on the same demo journal and shows every difference in what they
# print: to check that a change meant to leave behaviour alone does.
#
#   Examples/compare-outputs.sh OLD-BINARY NEW-BINARY
#   KEEP=1 Examples/compare-outputs.sh …      keeps the captures (the folder is printed)
#
# The demo journal of Examples/demo-six-weeks.sh is built once, with OLD-BINARY, and each
# binary then works on its own copy of that file, one right after the other, with the same
# environment and the same working folder name. Captured: standard output, standard error and
# the exit status of list, show, search, prep (every format, with and without --brief and
# --include-private, and to a file), stats, export (every format), session list, topic list,
# check-in list, plan show, import, check, backup, commands that write, every command's help,
# and error messages.
#
# Only the seconds of the moments the commands ran are masked: the digest's JSON "to", and
# when a topic was added or done. Should the two runs fall on either side of a minute or a day that another
# output shows, the whole comparison is run once more.
set -euo pipefail

if [ $# -ne 2 ]; then
    echo "usage: $0 OLD-BINARY NEW-BINARY" >&2
    exit 2
fi
old=$(realpath "$1")
new=$(realpath "$2")
for binary in "$old" "$new"; do
    [ -x "$binary" ] || { echo "$binary is not an executable journal binary" >&2; exit 2; }
done

export JOURNAL=$old
source "$(dirname "$0")/demo-setup.sh"
export TZ=Europe/Berlin LANG=C.UTF-8
unset NO_COLOR VISUAL EDITOR XDG_DATA_HOME
source "$(dirname "$0")/demo-six-weeks.sh"
printf '# My plan\n\nCall Ana when it gets bad.\n' | "$journal" plan edit >/dev/null
j topic done 3
j add --date "20 days ago 10:00" --mood 1 "A control character: $(printf '\033')[31m, and a tab:	here. #routine" 2>/dev/null
template=$JOURNAL_DB

# Runs one command and keeps what it printed and how it ended, under `name`.
capture() {
    local name=$1
    shift
    local status=0
    "$binary" "$@" >"$captures/$name.out" 2>"$captures/$name.err" </dev/null || status=$?
    echo "$status" >"$captures/$name.status"
}

# Like `capture`, with standard input from `input`.
capture_with_input() {
    local name=$1 input=$2
    shift 2
    local status=0
    printf '%s' "$input" | "$binary" "$@" >"$captures/$name.out" 2>"$captures/$name.err" || status=$?
    echo "$status" >"$captures/$name.status"
}

run_all() {
    local binary=$1 work=$2
    rm -rf "$work"
    mkdir -p "$work/run" "$work/captures"
    captures=$work/captures
    cp "$template" "$work/run/journal.sqlite"
    chmod 600 "$work/run/journal.sqlite"
    (
        cd "$work/run"
        export HOME=$PWD JOURNAL_DB=journal.sqlite
        for format in text json markdown; do
            capture "list-$format" list --format "$format"
            capture "list-all-$format" list --limit 100 --format "$format"
            capture "show-$format" show 30 --format "$format"
            capture "show-private-$format" show 37 --format "$format"
            capture "show-control-$format" show 38 --format "$format"
            capture "search-$format" search train --format "$format"
            capture "search-filters-$format" search --feeling tired --since "3 weeks ago" --format "$format"
            capture "stats-$format" stats --format "$format"
            capture "stats-private-$format" stats --include-private --format "$format"
        done
        capture list-tag list --tag "#family" --flagged
        capture list-range list --since "2 weeks ago" --until yesterday
        capture search-tag search "money #family" --format json
        capture search-date search walk OR run -work --sort date --all
        capture search-mood search --mood-below 4 --mood-above 1
        capture search-none search nothingmatchesthis
        for format in text markdown json html; do
            capture "prep-$format" prep --format "$format"
            capture "prep-brief-$format" prep --brief --format "$format"
            capture "prep-private-$format" prep --include-private --format "$format"
            capture "prep-brief-private-$format" prep --brief --include-private --format "$format"
            capture "prep-since-$format" prep --since "30 days ago 09:00" --format "$format"
        done
        capture prep-file prep --output digest.md
        cp digest.md "$captures/prep-file.md"
        capture prep-file-html prep --output "digest page.html"
        cp "digest page.html" "$captures/prep-file.html"
        for format in json markdown jrnl csv; do
            capture "export-$format" export --format "$format"
            capture "export-private-$format" export --include-private --format "$format"
        done
        capture export-range export --since "3 weeks ago" --until "1 week ago" --format json
        capture export-file export --include-private --output export.json
        cp export.json "$captures/export-file.json"
        capture session-list session list
        capture topic-list topic list
        capture topic-list-all topic list --all
        capture check-in-list check-in list
        capture check-in-list-json check-in list --format json
        capture plan-show plan show
        capture plan-history plan show --history
        capture check check

        # Import into new journals, and what comes out of them again.
        capture import-dry-run --db imported.sqlite import export.json --from json --dry-run
        capture import --db imported.sqlite import export.json --from json
        capture import-again --db imported.sqlite import export.json --from json
        capture imported-export --db imported.sqlite export --include-private
        printf '[2026-03-29 02:30] Skipped by the clock change. @sleep\n\n[2026-10-25 02:30] Repeated by it. *\n' >journal.txt
        capture import-jrnl --db jrnl.sqlite import journal.txt --from jrnl
        capture imported-jrnl --db jrnl.sqlite list --format json
        printf 'full_date,date,weekday,time,mood,activities,note_title,note\n2026-11-20,November 20,Friday,10:00 pm,meh,"work | movies / tv",Long day,It was <b>long</b>.<br>Then better.\n' >daylio.csv
        capture import-daylio --db daylio.sqlite import daylio.csv --from daylio --mood-map "tired=4"
        capture imported-daylio --db daylio.sqlite list --format json
        capture backup backup backup.sqlite
        capture backup-list --db backup.sqlite list --limit 3

        # Commands that write, on a copy.
        cp journal.sqlite written.sqlite
        capture add --db written.sqlite add --date "yesterday 9pm" --mood 4 --feeling Tired --tag Work "Written by the comparison. #compare"
        capture add-piped-in --db written.sqlite add --date "yesterday 10:00" --mood 5 --private "From the arguments"
        capture_with_input add-piped "Piped in. #pipe" --db written.sqlite add --date "yesterday 11:00" --mood 5
        capture edit --db written.sqlite edit 39 --mood 6 --unflag --date "2 days ago 20:00"
        capture_with_input edit-text "New text #other" --db written.sqlite edit 39
        capture session-add --db written.sqlite session add "yesterday 17:00" --note "An extra one"
        capture session-next --db written.sqlite session next "in 9 days 17:00"
        capture topic-add --db written.sqlite topic add "Something new"
        capture topic-done --db written.sqlite topic done 1
        capture check-in-gad7 --db written.sqlite check-in gad7 --date "yesterday 9:00" --answers 1,1,1,1,1,1,1
        capture check-in-phq9 --db written.sqlite check-in phq9 --date "yesterday 9:05" --answers 1,1,1,1,1,1,1,1,2
        capture add-mood-0 --db written.sqlite add --date "yesterday 23:00" --mood 0 "A very hard moment"
        capture delete --db written.sqlite delete 39 --yes
        capture session-delete --db written.sqlite session delete 1
        capture written-export --db written.sqlite export --include-private

        # Help, of every command.
        for command in "" add list show edit delete "session add" "session next" "session list" "session delete" \
            "topic add" "topic list" "topic done" prep "plan edit" "plan show" "check-in phq9" "check-in gad7" \
            "check-in list" search export import backup check stats; do
            # shellcheck disable=SC2086
            capture "help-${command// /-}" $command --help
        done

        # Mistakes, refused with a message.
        capture error-mood add --mood 11 "x"
        capture error-mood-word add --mood high "x"
        capture error-empty add ""
        capture error-future add --date tomorrow "x"
        capture error-date add --date "2026-02-30" "x"
        capture error-skipped add --date "2026-03-29 02:30" "x"
        capture error-tag add --tag "1x" "x"
        capture error-show show 999
        capture error-edit edit 999 --mood 3
        capture error-edit-both edit 30 --mood 3 --clear-mood
        capture error-delete delete 30
        capture error-since list --since tomorrow
        capture error-range list --since today --until "3 days ago"
        capture error-limit list --limit 0
        capture error-prep-since prep --since "in 3 days"
        capture error-search search
        capture error-search-option search panic --nonsense
        capture error-import import /nonexistent/file.json --from json
        capture error-import-format import journal.txt --from json
        capture error-mood-map import daylio.csv --from daylio --mood-map "tired"
        capture error-db --db "" list
        capture error-db-folder --db . list
        capture error-not-a-journal --db journal.txt list
        capture error-answers check-in phq9 --answers 1,2
        capture error-check-in-date check-in gad7 --date tomorrow --answers 1,1,1,1,1,1,1
        capture error-output export --output journal.sqlite
        capture error-output-same prep --output ./journal.sqlite
        capture error-session session add tomorrow
        capture error-session-next session next yesterday
        capture error-topic topic add "   "
        capture error-topic-done topic done 99
        capture error-backup backup backup.sqlite
        capture error-check --db missing.sqlite check
        capture error-plan-empty plan edit
    )
    # The moment the digest ends, and a topic is added or done, is the moment the command ran.
    sed -i -E '/"to": /s/(T[0-9]{2}:[0-9]{2}):[0-9]{2}/\1:SS/' "$captures"/prep-*json.out
    sed -i -E '/"(added|done)": /s/(T[0-9]{2}:[0-9]{2}):[0-9]{2}/\1:SS/' "$captures"/written-export.out
}

compare() {
    run_all "$old" "$folder/old"
    run_all "$new" "$folder/new"
    diff -r "$folder/old/captures" "$folder/new/captures"
}

if compare >"$folder/differences" || compare >"$folder/differences"; then
    echo "The same: $(ls "$folder/old/captures" | wc -l) captures of $(basename "$old") and $(basename "$new") are identical."
else
    cat "$folder/differences"
    echo "Different: see above." >&2
    exit 1
fi
if [ "${KEEP:-0}" = 1 ]; then echo "Captures: $folder/old/captures and $folder/new/captures"; fi
