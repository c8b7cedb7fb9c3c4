#!/usr/bin/env bash
# HTTP load benchmark of pedigree-server: registrations (POST /v1/entries with distinct, real
# signed envelopes) and reads (checkpoint and inclusion proofs), driven by wrk. Not part of
# `verify`. Run from the repository root.
#
# Usage: bench/load.sh [-c CONNECTIONS] [-t THREADS] [-d SECONDS] [-n ENVELOPES] [-p PORT] [-k]
#   -c CONNECTIONS  concurrent connections for both runs (default 64)
#   -t THREADS      wrk threads (default 2)
#   -d SECONDS      duration of each run (default 10)
#   -n ENVELOPES    distinct releases to pre-generate (default 120000; more than the run can post,
#                   or the last requests re-post envelopes and answer 200, reported apart)
#   -p PORT         server port (default 18080)
#   -k              keep the data directory afterwards
# Environment: JAVA (default java), JAVA_OPTS (server JVM flags), MVN_ARGS (extra Maven flags,
# e.g. -o), SERVER_ARGS (extra server flags, e.g. "--batch-size 512 --batch-millis 1"),
# SERVER_JAR (run this pedigree-server.jar instead of building one, e.g. a copy built from an
# earlier commit, for before/after runs of the same bench).
#
# It builds the server jar and the bench jar, generates the envelopes, starts the server on a new
# data directory, installs wrk with apt-get if it is missing, posts the namespace binding, runs
# the write load, then the read load against the log it wrote, and stops the server with SIGTERM.
set -euo pipefail

conns=64 threads=2 seconds=10 count=120000 port=18080 keep=0
while getopts "c:t:d:n:p:kh" opt; do
  case "$opt" in
    c) conns=$OPTARG ;; t) threads=$OPTARG ;; d) seconds=$OPTARG ;; n) count=$OPTARG ;;
    p) port=$OPTARG ;; k) keep=1 ;;
    *) sed -n '2,21p' "$0" | sed 's/^# \{0,1\}//'; exit 2 ;;
  esac
done
java=${JAVA:-java}
work=$(mktemp -d "${TMPDIR:-/tmp}/pedigree-load.XXXXXX")
server_pid=""
cleanup() {
  if [[ -n $server_pid ]] && kill -0 "$server_pid" 2>/dev/null; then
    kill -TERM "$server_pid"
    wait "$server_pid" || true
  fi
  if [[ $keep == 0 ]]; then rm -rf "$work"; else echo "kept $work"; fi
}
trap cleanup EXIT

echo "== build"
server_jar=${SERVER_JAR:-api/target/pedigree-server.jar}
modules=api,bench
[[ -z ${SERVER_JAR:-} ]] || modules=bench
# shellcheck disable=SC2086
./mvnw -B -q -Pbench -DskipTests ${MVN_ARGS:-} -pl "$modules" -am package

if ! command -v wrk >/dev/null; then
  echo "== installing wrk"
  sudo=""; [[ $(id -u) == 0 ]] || sudo=sudo
  $sudo apt-get install -y wrk >/dev/null
fi

echo "== generating $count signed envelopes"
"$java" -cp bench/target/benchmarks.jar dev.pedigree.bench.load.SignedEnvelopes \
  "$work/envelopes.jsonl" "$count"

echo "== starting the server on $work/data"
# shellcheck disable=SC2086
"$java" ${JAVA_OPTS:-} -jar "$server_jar" --data "$work/data" --port "$port" \
  ${SERVER_ARGS:-} >"$work/server.log" 2>&1 &
server_pid=$!
for _ in $(seq 1 600); do
  grep -q "pedigree listening on" "$work/server.log" && break
  kill -0 "$server_pid" 2>/dev/null || { cat "$work/server.log"; exit 1; }
  sleep 0.1
done
url="http://127.0.0.1:$port"

# The server's CPU time (all its threads, RocksDB's included) per request of a run, from /proc:
# with wrk on the same cores, a steadier figure than the rate.
hz=$(getconf CLK_TCK)
server_ticks() { awk '{ print $14 + $15 }' "/proc/$server_pid/stat"; }
server_cpu() { # TICKS_BEFORE REQUESTS
  local load
  load=$(cut -d' ' -f1-3 /proc/loadavg)
  awk -v t="$(( $(server_ticks) - $1 ))" -v hz="$hz" -v n="$2" -v load="$load" \
    'BEGIN { printf "server CPU: %.1f s, %.0f us per request; load average %s\n", t / hz,
      (n > 0 ? 1e6 * t / hz / n : 0), load }'
}

head -n 1 "$work/envelopes.jsonl" >"$work/binding.json"
status=$(curl -s -o /dev/null -w '%{http_code}' --data-binary @"$work/binding.json" \
  -H 'Content-Type: application/json' "$url/v1/entries")
[[ $status == 201 ]] || { echo "binding refused: $status"; exit 1; }

echo "== registrations: $conns connections, $threads threads, ${seconds}s"
ticks=$(server_ticks)
THREADS=$threads ENVELOPES=$work/envelopes.jsonl wrk -t"$threads" -c"$conns" -d"${seconds}s" \
  --latency -s bench/wrk/post-entries.lua "$url" >"$work/wrk-post.txt"
grep -E "registrations|latency p|Socket|Non-2xx" "$work/wrk-post.txt"
server_cpu "$ticks" "$(awk '/^registrations: / { print $2 + $5 + $8 }' "$work/wrk-post.txt")"

size=$(curl -s "$url/v1/log/checkpoint" | sed -n 2p)
echo "== reads (checkpoint + inclusion proofs in a log of $size): $conns connections, ${seconds}s"
ticks=$(server_ticks)
SIZE=$size wrk -t"$threads" -c"$conns" -d"${seconds}s" --latency -s bench/wrk/reads.lua "$url" \
  >"$work/wrk-reads.txt"
grep -E "reads/s|latency p|Socket|Non-2xx" "$work/wrk-reads.txt"
server_cpu "$ticks" "$(awk '/^reads\/s: / { sub(/\(/, "", $3); print $3 }' "$work/wrk-reads.txt")"
echo "== server $server_jar: $(nproc) cores on this machine; JAVA_OPTS=${JAVA_OPTS:-none}"
