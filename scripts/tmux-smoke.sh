#!/usr/bin/env bash
# Smoke test of the real client in a real terminal: runs ./truce (solo) in tmux at 80x24, picks a
# party and a difficulty, plays a few moves with send-keys, checks the screen with capture-pane,
# then quits through the confirmation and checks that the process ended. Skips if tmux is absent.
#   scripts/tmux-smoke.sh            (exit 0: passed or skipped; 1: failed)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
if ! command -v tmux >/dev/null 2>&1; then
  echo "tmux-smoke: tmux is not installed; skipping (apt-get install -y tmux)."
  exit 0
fi
session="truce-smoke-$$"
out="${TRUCE_SMOKE_OUT:-$here/client/target/tmux-smoke}"
mkdir -p "$out"
cleanup() { tmux kill-session -t "$session" 2>/dev/null || true; }
trap cleanup EXIT

# build first so that the clock below measures the game, not Maven
if [ ! -f "$here/client/target/truce.jar" ]; then
  (cd "$here" && mvn -B -q -DskipTests package) || { echo "tmux-smoke: build failed"; exit 1; }
fi

screen() { tmux capture-pane -p -t "$session"; }
capture() { sleep 0.5; screen > "$1"; }  # let the GUI finish drawing first
wait_for() { # text, seconds
  local deadline=$((SECONDS + ${2:-10}))
  while [ $SECONDS -lt $deadline ]; do
    if screen | grep -qF -- "$1"; then return 0; fi
    sleep 0.2
  done
  echo "tmux-smoke: FAILED waiting for: $1"; echo "----- screen -----"; screen; echo "------------------"
  exit 1
}

start=$(date +%s%N)
tmux new-session -d -s "$session" -x 80 -y 24 "cd '$here' && TRUCE_JAVA_OPTS='-Dtruce.log.file=$out/truce.log' ./truce solo --seed 7 --bot-delay-ms 200; echo TRUCE-EXITED=\$?; sleep 30"
wait_for "Whom will you represent?" 15
first_ms=$(( ($(date +%s%N) - start) / 1000000 ))
echo "tmux-smoke: first screen after ${first_ms} ms"
capture "$out/1-party.txt"

tmux send-keys -t "$session" Enter             # Ukraine
wait_for "How hard should they bargain?"
tmux send-keys -t "$session" Enter             # normal
wait_for "You hold the pen" 15
capture "$out/2-table.txt"

tmux send-keys -t "$session" b                 # the brief, then back
wait_for "Your brief: Ukraine"
tmux send-keys -t "$session" Escape
wait_for "You hold the pen"

# talk while the table waits for our pen: with bots at 200 ms, a line said later can scroll out of the
# six-line log before capture-pane sees it
tmux send-keys -t "$session" t                 # talk to everyone
wait_for "To whom?"
wait_for "Everyone (public)"
tmux send-keys -t "$session" -l "Let us find a line we can all sign."
tmux send-keys -t "$session" Enter
wait_for "Let us find a line" 10
wait_for "You hold the pen"

tmux send-keys -t "$session" e                 # write a draft: ideal package, soften the line
wait_for "WRITE YOUR DRAFT"
tmux send-keys -t "$session" Left
capture "$out/3-editor.txt"
tmux send-keys -t "$session" Enter
wait_for "Table this draft?"
tmux send-keys -t "$session" y
wait_for "Round 2 of" 30                       # the bots vote (their lines scroll fast); the pen moves on

wait_for "Your vote: A" 30                     # the next draft comes to a vote
capture "$out/4-vote.txt"
tmux send-keys -t "$session" r
wait_for "was rejected by UA (you)" 30         # the round's result stays in the top line
capture "$out/5-round-summary.txt"

tmux send-keys -t "$session" t Down            # a private word to Russia
wait_for "Only Russia reads it"
tmux send-keys -t "$session" -l "What do you need most? 👍"
tmux send-keys -t "$session" Enter
wait_for "(private) You → Russia" 10
wait_for "need most? 👍" 10                     # an emoji reaches the terminal whole (not "??")

tmux send-keys -t "$session" q                 # quit, confirm
wait_for "Leave the game and quit Truce?"
tmux send-keys -t "$session" y
wait_for "TRUCE-EXITED=0" 10

# Ctrl+C on the first screen: a quiet exit with status 130, no stack trace
tmux kill-session -t "$session"
tmux new-session -d -s "$session" -x 80 -y 24 "cd '$here' && TRUCE_JAVA_OPTS='-Dtruce.log.file=$out/truce.log' ./truce solo; echo TRUCE-EXITED=\$?; sleep 30"
wait_for "Whom will you represent?" 15
tmux send-keys -t "$session" C-c
wait_for "TRUCE-EXITED=130" 10
if screen | grep -q "Exception"; then
  echo "tmux-smoke: FAILED: Ctrl+C printed a stack trace"; screen; exit 1
fi
echo "tmux-smoke: passed (captures in $out)"
