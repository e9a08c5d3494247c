#!/usr/bin/env bash
# Runs Truce's bots on the ANAC Party domain (GENIUS format), one strategy for all three parties
# at a time, and prints the Markdown tables of docs/PERFORMANCE.md ("On an ANAC domain"): the
# profiles as published (no reservation value, no discount), then with reservation 0.5 and
# discount 0.8 given to every profile, in 10 rounds and in 180 (an ANAC-like deadline; fewer games:
# a 180-round game costs some 20 times a 10-round one).
# Usage: scripts/anac-party.sh [GAMES] [SEED] [DOMAIN_DIR] [LONG_GAMES]   (defaults: 2000 1, the test copy, 200)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
games="${1:-2000}"; seed="${2:-1}"
dir="${3:-$here/shared/src/test/resources/genius/partydomain}"
long_games="${4:-200}"
tmp="$(mktemp -d)"; trap 'rm -rf "$tmp"' EXIT

table() { # reservation discount rounds games
  "$here/truce" import-genius "$dir/party_domain.xml" --out "$tmp/party.json" --force \
      --reservation "$1" --discount "$2" --rounds "$3" >/dev/null
  echo "Reservation value $1, discount factor $2, $3 rounds, $4 games:"
  echo
  echo "| strategy | agreement | mean round of agreement | social welfare | Pareto-optimal | distance to Nash |"
  echo "|---|---|---|---|---|---|"
  for s in default boulware conceder linear tit-for-tat modeller; do
    "$here/truce" simulate --scenario "$tmp/party.json" --games "$4" --seed "$seed" --json \
        --bots "PA=$s,PB=$s,PC=$s" > "$tmp/$s.json"
    jq -r --arg s "$s" '[ $s,
        (100 * .agreementRate * 10 | round / 10 | tostring) + " %",
        (if .meanAgreementRound == null then "–" else (.meanAgreementRound * 100 | round / 100 | tostring) end),
        ([.parties[].meanUtility] | add * 100 | round / 100 | tostring),
        (if .paretoOptimalShare == null then "–" else (100 * .paretoOptimalShare * 10 | round / 10 | tostring) + " %" end),
        (if .meanNashDistance == null then "–" else (.meanNashDistance * 100 | round / 100 | tostring) end)
      ] | "| " + join(" | ") + " |"' "$tmp/$s.json"
  done
  echo
}

echo "Measured on commit $(git -C "$here" rev-parse --short HEAD), seed $seed, normal bots."
echo
table 0 1 10 "$games"
table 0.5 0.8 10 "$games"
table 0.5 0.8 180 "$long_games"
