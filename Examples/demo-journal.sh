#!/usr/bin/env bash
# Builds a small demo journal in a temporary file and shows its digest: a week since a session.
#
#   Examples/demo-journal.sh            uses .build/release/journal (build it first)
#   JOURNAL=path/to/journal Examples/demo-journal.sh
#
# Nothing touches your own journal: everything goes to a temporary file, removed at the end
# unless KEEP=1 is set.
set -euo pipefail

source "$(dirname "$0")/demo-setup.sh"

j session add "8 days ago 17:00" --note "First session"
j topic add "Ask about the sleep medication"
j session next "in 6 days 17:00"

j add --date "6 days ago" --mood 6 --feeling hopeful "Still thinking about the session. Walked home the long way. #walks"
j add --date "5 days ago 22:10" --mood 3 --feeling anxious --feeling tired \
    "Argued with Sam about money again. Couldn't sleep until two. #family"
j add --date "4 days ago 08:30" --mood 4 "Tired at work, but got the report done. #work"
j add --date "3 days ago 19:45" --mood 2 --feeling panicky --flag \
    "Panic on the train home: chest tight, had to get off a stop early. I want to talk about this."
j add --date "2 days ago" --mood 5 --feeling calm "Breathing exercise before the meeting helped. #work"
j add --date "yesterday 21:00" --mood 7 --feeling relieved \
    "Dinner with Sam, we talked it through calmly this time. #family"
echo "Slept eight hours. Morning run. #walks" | j add --mood 8 --feeling rested
j add --private --mood 4 "Something I am not ready to share yet."

"$journal" session list
echo
"$journal" prep
