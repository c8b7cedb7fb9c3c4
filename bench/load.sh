#!/usr/bin/env bash
# HTTP load benchmark of pedigree-server: registrations (POST /v1/entries with distinct, real
# signed envelopes) and reads (checkpoint and inclusion proofs), driven by wrk. Not part of
# `verify`. Run from the repository root.
#
# Usage: bench/load.sh [-c CONNECTIONS] [-t THREADS] [-d SECONDS] [-n ENVELOPES] [-w SECONDS]
#                      [-e FILE] [-p PORT] [-k] [-B] [-R]
#   -c CONNECTIONS  concurrent connections for both runs (default 64)
#   -t THREADS      wrk threads (default 2)
#   -d SECONDS      longest duration of each run (default 10)
#   -n ENVELOPES    distinct releases to pre-generate (default 120000). A wrk thread that has
#                   posted all of its share stops; the rate is over the time actually spent
#   -w SECONDS      warm-up: registrations posted for this long first (in two runs of half as
#                   long), reported apart; the measured run posts the envelopes after them
#                   (default 0)
#   -e FILE         envelope file: generated there if missing, else reused as it is (its first
#                   line is the binding), so that paired runs post the same envelopes
#   -p PORT         server port (default 18080)
#   -k              keep the data directory afterwards
#   -B              build nothing: use the jars already in the target directories
#   -R              registrations only: no read run
# Environment: JAVA (default java), JAVA_OPTS (server JVM flags), MVN_ARGS (extra Maven flags,
# e.g. -o), SERVER_ARGS (extra server flags, e.g. "--batch-size 512 --batch-millis 1"),
# SERVER_JAR (run this pedigree-server.jar instead of building one, e.g. a copy built from an
# earlier commit, for before/after runs of the same bench).
#
# It builds the server jar and the bench jar, generates the envelopes, starts the server on a new
# data directory, installs wrk with apt-get if it is missing, posts the namespace binding, runs
# the write load, then the read load against the log it wrote, and stops the server with SIGTERM.
set -euo pipefail

conns=64 threads=2 seconds=10 count=120000 port=18080 keep=0 build=1 envelopes="" warmup=0 reads=1
while getopts "c:t:d:n:w:e:p:kBRh" opt; do
  case "$opt" in
    c) conns=$OPTARG ;; t) threads=$OPTARG ;; d) seconds=$OPTARG ;; n) count=$OPTARG ;;
    w) warmup=$OPTARG ;; e) envelopes=$OPTARG ;; p) port=$OPTARG ;; k) keep=1 ;; B) build=0 ;; R) reads=0 ;;
    *) sed -n '2,30p' "$0" | sed 's/^# \{0,1\}//'; exit 2 ;;
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

server_jar=${SERVER_JAR:-api/target/pedigree-server.jar}
if [[ $build == 1 ]]; then
  echo "== build"
  modules=api,bench
  [[ -z ${SERVER_JAR:-} ]] || modules=bench
  # shellcheck disable=SC2086
  ./mvnw -B -q -Pbench -DskipTests ${MVN_ARGS:-} -pl "$modules" -am package
fi

if ! command -v wrk >/dev/null; then
  echo "== installing wrk"
  sudo=""; [[ $(id -u) == 0 ]] || sudo=sudo
  $sudo apt-get install -y wrk >/dev/null
fi

envelopes=${envelopes:-$work/envelopes.jsonl}
if [[ -s $envelopes ]]; then
  echo "== reusing $(( $(wc -l <"$envelopes") - 1 )) signed envelopes of $envelopes"
else
  echo "== generating $count signed envelopes"
  "$java" -cp bench/target/benchmarks.jar dev.pedigree.bench.load.SignedEnvelopes \
    "$envelopes" "$count"
fi

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
# with wrk on the same cores, a steadier figure than the rate. Split by thread group too (from
# each live thread's own counters; a thread that ended in between is in the total only).
hz=$(getconf CLK_TCK)
server_ticks() { awk '{ print $14 + $15 }' "/proc/$server_pid/stat"; }
thread_ticks() { # one line per thread group: NAME TICKS
  cat /proc/"$server_pid"/task/*/stat 2>/dev/null | awk '{
    name = substr($0, index($0, "(") + 1); name = substr(name, 1, index(name, ")") - 1)
    split(substr($0, index($0, ") ") + 2), f, " ")
    if (name ~ /^vert\.x-eventloo/) g = "event-loop"
    else if (name ~ /^vert\.x-worker/) g = "vertx-workers"
    else if (name ~ /^pedigree-verify/) g = "verify-pool"
    else if (name ~ /^pedigree-sequen/) g = "sequencer"
    else if (name ~ /Compiler/) g = "jit"
    else if (name ~ /^(GC |G1 )/) g = "gc"
    else if (name ~ /^rocksdb/) g = "rocksdb"
    else g = "other"
    t[g] += f[12] + f[13]
  } END { for (g in t) print g, t[g] }'
}
server_cpu() { # TICKS_BEFORE THREAD_TICKS_BEFORE REQUESTS
  local load
  load=$(cut -d' ' -f1-3 /proc/loadavg)
  awk -v t="$(( $(server_ticks) - $1 ))" -v hz="$hz" -v n="$3" -v load="$load" \
    'BEGIN { printf "server CPU: %.1f s, %.0f us per request; load average %s\n", t / hz,
      (n > 0 ? 1e6 * t / hz / n : 0), load }'
  { echo "$2"; echo "--"; thread_ticks; } | awk -v hz="$hz" -v n="$3" '
    $0 == "--" { after = 1; next }
    { if (after) a[$1] = $2; else b[$1] = $2 }
    END {
      line = "  per request by thread:"
      for (g in a) if (n > 0 && a[g] - b[g] > 0) line = line sprintf(" %s %.0f us,", g, 1e6 * (a[g] - b[g]) / hz / n)
      sub(/,$/, "", line); print line
    }'
}

head -n 1 "$envelopes" >"$work/binding.json"
status=$(curl -s -o /dev/null -w '%{http_code}' --data-binary @"$work/binding.json" \
  -H 'Content-Type: application/json' "$url/v1/entries")
[[ $status == 201 ]] || { echo "binding refused: $status"; exit 1; }

log_size() { curl -s "$url/v1/log/checkpoint" | sed -n 2p; }

# One registration run: wrk posts envelopes after line SKIP for at most SECONDS. Prints the
# registrations (the log's growth: the 201s, with those still in flight when wrk stopped), the
# rate over the time wrk ran, the latencies, wrk's own CPU per request (the whole process, and its
# sending threads alone) and the server's.
post_run() { # NAME SECONDS SKIP
  local out=$work/wrk-$1.txt before ticks by_thread
  before=$(log_size) ticks=$(server_ticks) by_thread=$(thread_ticks)
  local timed=()
  [[ ! -x /usr/bin/time ]] || timed=(/usr/bin/time -f "wrk CPU: %U s user, %S s system" \
    -o "$work/wrk-$1.time")
  SKIP=$3 THREADS=$threads ENVELOPES=$envelopes "${timed[@]}" wrk -t"$threads" -c"$conns" \
    -d"$2s" --latency -s bench/wrk/post-entries.lua "$url" >"$out" &
  local job=$! wrk_pid
  wrk_pid=$job
  if [[ ${#timed[@]} -gt 0 ]]; then
    for _ in $(seq 1 50); do
      wrk_pid=$(pgrep -P "$job" -x wrk || true)
      [[ -z $wrk_pid ]] || break
      sleep 0.02
    done
  fi
  # The CPU of wrk's sending threads alone: its main thread reads the envelope file and formats
  # the requests before they start, which costs as much whatever the run's length. Polled, since
  # the threads end before wrk does (the last poll's value of each thread counts); one awk a
  # poll, twice a second, as a process per thread five times a second took about 1.5 % of the
  # cores the server runs on.
  # The same poll notes when the sending threads have all ended: a run that ran out of envelopes
  # ends there, while wrk itself waits out its whole duration and reports that.
  : >"$work/wrk-$1.threads"
  local polled seen="" stopped="" exited
  while [[ -n $wrk_pid ]] && kill -0 "$job" 2>/dev/null; do
    polled=$(awk -v main="$wrk_pid" '$1 != main {
      split(substr($0, index($0, ") ") + 2), f, " "); print $1, f[12] + f[13] }' \
      /proc/"$wrk_pid"/task/*/stat 2>/dev/null || true)
    if [[ -n $polled ]]; then
      echo "$polled" >>"$work/wrk-$1.threads"
      seen=1
    elif [[ -n $seen && -z $stopped ]]; then
      stopped=$(date +%s.%N)
    fi
    sleep 0.5
  done
  exited=$(date +%s.%N)
  wait "$job"
  sleep 0.2 # the last answers' entries are durable by now
  local created=$(( $(log_size) - before ))
  local early=0
  if grep -q "^ran out" "$out" && [[ -n $stopped ]]; then
    early=$(awk -v a="$stopped" -v b="$exited" 'BEGIN { printf "%.3f", b - a }')
  fi
  # Registrations over the time the senders ran: wrk's duration less the time after they all
  # stopped (within the 0.5 s of the poll), when they ran out of envelopes.
  awk -v c="$created" -v early="$early" '/^seconds: / { s = $2 - early
    printf "registrations: %d (201) in %.1f s = %.0f/s", c, s, c / s
    if (early > 0) printf " (the senders stopped %.1f s before wrk did: envelopes ran out)", early
    printf "\n" }' "$out"
  grep -E "^(envelopes sent|latency p|ran out)" "$out"
  [[ ! -s $work/wrk-$1.time ]] || awk \
    -v n="$(awk '/^envelopes sent: / { sub(/,/, "", $5); print $5 }' "$out")" \
    '{ printf "%s; %.0f us per answer\n", $0, (n > 0 ? 1e6 * ($3 + $6) / n : 0) }' \
    "$work/wrk-$1.time"
  awk -v hz="$hz" -v n="$(awk '/^envelopes sent: / { sub(/,/, "", $5); print $5 }' "$out")" \
    '{ if ($2 > t[$1]) t[$1] = $2 } END { for (i in t) s += t[i]
      if (n > 0 && s > 0) printf "wrk sending threads: %.0f us per answer\n", 1e6 * s / hz / n }' \
    "$work/wrk-$1.threads"
  server_cpu "$ticks" "$by_thread" "$created"
}

skip=0
if [[ $warmup != 0 ]]; then
  # Two wrk runs, so that the measured run's connections are not the first to close and open
  # again: with one, the JIT recompiled the event loop's paths (about 300 methods) during the
  # measured run, after the warm-up's connections closed and new ones came.
  half=$(( (warmup + 1) / 2 ))
  for part in 1 2; do
    echo "== warm-up registrations, part $part of 2: $conns connections, $threads threads, ${half}s"
    post_run "warmup$part" "$half" "$skip" | sed 's/^/  /'
    # Every envelope sent may have been registered, answered or not: skip them all.
    skip=$(awk '/^last envelope line posted: / { print $5 }' "$work/wrk-warmup$part.txt")
    left=$(( $(wc -l <"$envelopes") - 1 - skip ))
    (( left >= threads )) || { echo "the warm-up used the envelopes up: make more with -n"; exit 1; }
  done
  # At the second warm-up's rate, would the measured run use the rest up before its end? It
  # would then end early, on fewer connections as threads run out: warn before, not after.
  need=$(awk -v s="$seconds" '/^seconds: / { t = $2 } /^envelopes sent: / { n = $3 }
    END { sub(/,/, "", n); if (t > 0) printf "%d", 1.1 * n / t * s }' "$work/wrk-warmup2.txt")
  if [[ -n $need ]] && (( left < need )); then
    echo "== note: $left envelopes left, about $need needed for ${seconds}s at the warm-up's rate:" \
      "the run may end early (make more with -n)"
  fi
fi

echo "== registrations: $conns connections, $threads threads, at most ${seconds}s"
post_run post "$seconds" "$skip"

if [[ $reads == 1 ]]; then
  size=$(log_size)
  echo "== reads (checkpoint + inclusion proofs in a log of $size): $conns connections, ${seconds}s"
  ticks=$(server_ticks) by_thread=$(thread_ticks)
  SIZE=$size wrk -t"$threads" -c"$conns" -d"${seconds}s" --latency -s bench/wrk/reads.lua "$url" \
    >"$work/wrk-reads.txt"
  grep -E "reads/s|latency p|Socket|Non-2xx" "$work/wrk-reads.txt"
  server_cpu "$ticks" "$by_thread" "$(awk '/^reads\/s: / { sub(/\(/, "", $3); print $3 }' "$work/wrk-reads.txt")"
fi
echo "== server $server_jar: $(nproc) cores on this machine; JAVA_OPTS=${JAVA_OPTS:-none}"
