#!/usr/bin/env bash
# Smoke test of the SSH door through the system's own ssh client in a real terminal: starts
# `truce serve --ssh` on loopback, logs in with `ssh` in tmux at 80x24 (a private tmux socket),
# creates a room of bots, takes Ukraine, tables a draft, resizes the window, quits through the
# confirmation and checks that ssh ended with status 0. Skips if tmux or ssh is absent.
#   scripts/tmux-ssh-smoke.sh        (exit 0: passed or skipped; 1: failed)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
for tool in tmux ssh java; do
  if ! command -v "$tool" >/dev/null 2>&1; then
    echo "tmux-ssh-smoke: $tool is not installed; skipping."
    exit 0
  fi
done
sock="truce-ssh-smoke-$$"   # a private tmux server: nobody else's sessions are touched
session="smoke"
out="${TRUCE_SMOKE_OUT:-$here/client/target/tmux-ssh-smoke}"
rm -rf "$out"; mkdir -p "$out"
server_pid=""
cleanup() {
  tmux -L "$sock" kill-server 2>/dev/null || true
  if [ -n "$server_pid" ]; then kill "$server_pid" 2>/dev/null || true; fi
}
trap cleanup EXIT

if [ ! -f "$here/client/target/truce.jar" ]; then
  (cd "$here" && mvn -B -q -DskipTests package) || { echo "tmux-ssh-smoke: build failed"; exit 1; }
fi

java -jar "$here/client/target/truce.jar" serve --bind 127.0.0.1 --port 0 --ssh 0 --bot-delay 100 \
  --data "$out/data" > "$out/serve.out" 2> "$out/serve.err" &
server_pid=$!
deadline=$((SECONDS + 20))
until grep -q "Press Ctrl-C" "$out/serve.out" 2>/dev/null; do
  if [ $SECONDS -ge $deadline ] || ! kill -0 "$server_pid" 2>/dev/null; then
    echo "tmux-ssh-smoke: FAILED: the server did not start"; cat "$out/serve.out" "$out/serve.err"; exit 1
  fi
  sleep 0.2
done
port=$(sed -n 's/^Players with nothing installed:  ssh -p \([0-9]*\) .*/\1/p' "$out/serve.out")
grep "SSH host key fingerprint" "$out/serve.out"

screen() { tmux -L "$sock" capture-pane -p -t "$session"; }
keys() { tmux -L "$sock" send-keys -t "$session" "$@"; }
wait_for() { # text, seconds
  local deadline=$((SECONDS + ${2:-10}))
  while [ $SECONDS -lt $deadline ]; do
    if screen | grep -qF -- "$1"; then return 0; fi
    sleep 0.2
  done
  echo "tmux-ssh-smoke: FAILED waiting for: $1"; echo "----- screen -----"; screen; echo "------------------"
  exit 1
}

start=$(date +%s%N)
tmux -L "$sock" new-session -d -s "$session" -x 80 -y 24 \
  "ssh -o StrictHostKeyChecking=no -o UserKnownHostsFile=/dev/null -o LogLevel=ERROR -p $port ana@127.0.0.1; echo SSH-EXITED=\$?; sleep 30"
wait_for "Connected." 15
echo "tmux-ssh-smoke: lobby after $(( ($(date +%s%N) - start) / 1000000 )) ms"
screen > "$out/1-lobby.txt"

keys F2                                           # create a room: 3 rounds, no clocks, all bots but Ukraine
wait_for "Seconds to write a draft"
keys Down 3 Down 0 Down 0 Down Down b
wait_for "Seats: 1 human, 5 bot"
keys Enter
wait_for "Ukraine         FREE"
keys Enter                                        # take Ukraine
wait_for "Ukraine (you)"
wait_for "You hold the pen" 20
screen > "$out/2-table.txt"

keys e                                            # write a draft, soften the first line, table it
wait_for "WRITE YOUR DRAFT"
keys Left Enter
wait_for "Table this draft?"
keys y
wait_for "Round 2 of" 30
screen > "$out/3-round-2.txt"

tmux -L "$sock" resize-window -t "$session" -x 100 -y 30   # the PTY's window change: a redraw at 100x30
deadline=$((SECONDS + 10))
until [ "$(screen | sed -n '30p' | tr -d ' ')" != "" ]; do
  if [ $SECONDS -ge $deadline ]; then echo "tmux-ssh-smoke: FAILED: no redraw at 100x30"; screen; exit 1; fi
  sleep 0.2
done
screen > "$out/4-resized.txt"

keys B                                            # the brief, then Esc alone closes it (an Esc timeout, not Meta+key)
wait_for "Your brief: Ukraine"
keys Escape
wait_for "A Accept  R Reject"
keys q                                            # quit, confirm: ssh ends with status 0
wait_for "Leave the game and quit Truce?"
keys y
wait_for "SSH-EXITED=0" 10
if grep -q "Exception" "$out/serve.err"; then
  echo "tmux-ssh-smoke: FAILED: the server logged an exception"; cat "$out/serve.err"; exit 1
fi
echo "tmux-ssh-smoke: passed (captures in $out)"
