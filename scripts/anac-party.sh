#!/usr/bin/env bash
# Runs Truce's bots on the ANAC Party domain (GENIUS format), one strategy for all three parties
# at a time, and prints the Markdown tables of docs/PERFORMANCE.md ("On an ANAC domain"): the
# profiles as published (no reservation value, no discount), then with reservation 0.5 and
# discount 0.8 given to every profile.
# Usage: scripts/anac-party.sh [GAMES] [SEED] [DOMAIN_DIR]   (defaults: 2000 1, the test copy)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
games="${1:-2000}"; seed="${2:-1}"
dir="${3:-$here/shared/src/test/resources/genius/partydomain}"
tmp="$(mktemp -d)"; trap 'rm -rf "$tmp"' EXIT

table() { # reservation discount
  "$here/truce" import-genius "$dir/party_domain.xml" --out "$tmp/party.json" --force \
      --reservation "$1" --discount "$2" >/dev/null
  echo "Reservation value $1, discount factor $2:"
  echo
  echo "| strategy | agreement | mean round of agreement | social welfare | Pareto-optimal | distance to Nash |"
  echo "|---|---|---|---|---|---|"
  for s in default boulware conceder linear tit-for-tat modeller; do
    "$here/truce" simulate --scenario "$tmp/party.json" --games "$games" --seed "$seed" --json \
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

echo "Measured on commit $(git -C "$here" rev-parse --short HEAD), $games games, seed $seed, 10 rounds, normal bots."
echo
table 0 1
table 0.5 0.8
