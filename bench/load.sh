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
# e.g. -o), SERVER_ARGS (extra server flags, e.g. "--batch-size 512 --batch-millis 1").
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
    *) sed -n '2,19p' "$0" | sed 's/^# \{0,1\}//'; exit 2 ;;
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
# shellcheck disable=SC2086
./mvnw -B -q -Pbench -DskipTests ${MVN_ARGS:-} -pl api,bench -am package

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
"$java" ${JAVA_OPTS:-} -jar api/target/pedigree-server.jar --data "$work/data" --port "$port" \
  ${SERVER_ARGS:-} >"$work/server.log" 2>&1 &
server_pid=$!
for _ in $(seq 1 100); do
  grep -q "pedigree listening on" "$work/server.log" && break
  kill -0 "$server_pid" 2>/dev/null || { cat "$work/server.log"; exit 1; }
  sleep 0.1
done
url="http://127.0.0.1:$port"

head -n 1 "$work/envelopes.jsonl" >"$work/binding.json"
status=$(curl -s -o /dev/null -w '%{http_code}' --data-binary @"$work/binding.json" \
  -H 'Content-Type: application/json' "$url/v1/entries")
[[ $status == 201 ]] || { echo "binding refused: $status"; exit 1; }

echo "== registrations: $conns connections, $threads threads, ${seconds}s"
THREADS=$threads ENVELOPES=$work/envelopes.jsonl wrk -t"$threads" -c"$conns" -d"${seconds}s" \
  --latency -s bench/wrk/post-entries.lua "$url" | grep -E "registrations|latency p|Socket|Non-2xx"

size=$(curl -s "$url/v1/log/checkpoint" | sed -n 2p)
echo "== reads (checkpoint + inclusion proofs in a log of $size): $conns connections, ${seconds}s"
SIZE=$size wrk -t"$threads" -c"$conns" -d"${seconds}s" --latency -s bench/wrk/reads.lua "$url" \
  | grep -E "reads/s|latency p|Socket|Non-2xx"
echo "== server: $(nproc) cores on this machine; JAVA_OPTS=${JAVA_OPTS:-none}"
