# Sourced after demo-setup.sh: fills the demo journal with six weeks of entries, sessions,
# topics and check-ins, the last fortnight without a session while the therapist was away.

# Weekly sessions, then a fortnight without one: the digest covers those two weeks, and the
# week before them is what the mood is compared with.
j session add "43 days ago 17:00" --note "First session: what brought me here"
j session add "36 days ago 17:00"
j session add "29 days ago 17:00"
j session add "22 days ago 17:00" --note "Talked about Dad & the \"old house\""
j session add "15 days ago 17:00" --note "Last one before the break"
j session next "tomorrow 17:00"

# Weeks one to four: the time before the digest's period, in brief.
moods=(5 4 6 3 5 6 4 5 7 6 4 5 3 5 6 6 5 4 6 7 5 6 5 4 6 5 7)
for day in $(seq 42 -1 16); do
    mood=${moods[$((day % ${#moods[@]}))]}
    if [ $((day % 5)) -ne 0 ]; then
        j add --date "$day days ago 21:30" --mood "$mood" "Evening note. #routine"
    fi
done

# The fortnight since the last session.
j add --date "14 days ago 21:10" --mood 6 --feeling relieved --feeling tired \
    "Came home from the session and slept an hour. It helped to say it out loud. #walks"
j add --date "13 days ago 08:15" --mood 5 --feeling hopeful "Walked to work instead of taking the train. #walks #work"
j add --date "12 days ago 22:40" --mood 3 --feeling anxious --feeling tired \
    "Argued with Sam about money again. Couldn't sleep until two.

Lay awake going over what I should have said. #family"
j add --date "11 days ago 19:45" --mood 2 --feeling panicky --flag \
    "Panic on the train home: chest tight, hands numb, had to get off a stop early.
Sat on a bench for twenty minutes until it passed.

I want to talk about this: it is the third time this month, and I am starting to avoid the train. #train"
j add --date "10 days ago 07:50" --mood 4 --feeling tired "Took the bus. Took longer, felt safer. #train #work"
j add --date "9 days ago 18:30" --mood 5 --feeling calm "Breathing exercise before the team meeting helped. #work"
j add --date "7 days ago 12:00" --mood 7 --feeling content "Lunch in the park with Mia. Laughed a lot. #friends"
j add --date "6 days ago 23:05" --mood 3 --feeling lonely --feeling sad \
    "Sunday evenings are the worst. The flat is too quiet. #home"
j add --date "5 days ago 21:00" --mood 4 --feeling anxious --flag \
    "Mum called about Christmas plans. I said \"we'll see\" & hung up quickly; I don't know how to tell her I'm not coming. #family"
j add --date "4 days ago 20:15" --mood 6 --feeling hopeful "Went for a long run by the river. #walks"
j add --date "3 days ago 22:30" --mood 5 "Watched an old film with Sam, no arguing. #family #home"
j add --date "2 days ago 08:45" --mood 6 --feeling calm --feeling rested "Slept eight hours for the first time in weeks."
j add --date "yesterday 19:30" --mood 7 --feeling proud \
    "Took the train two stops with Mia. Heart racing, but I stayed on. #train #friends"
j add --mood 6 --feeling hopeful "Ready for tomorrow. Writing down what I want to say. #routine"
j add --date "8 days ago 22:00" --private --mood 3 "Something I am not ready to share yet."

j topic add "The panic on the train, and avoiding it"
j topic add "How to talk to Mum about Christmas"
j topic add "Ask about the sleep medication"

j check-in gad7 --date "13 days ago 09:00" --answers 2,2,2,1,1,1,2
j check-in gad7 --date "2 days ago 09:00" --answers 1,1,2,1,1,0,1
j check-in phq9 --date "2 days ago 09:05" --answers 1,1,2,1,0,1,1,0,0
