#!/usr/bin/env bash
# Times `pedigree hash DIR` against `openssl dgst -sha256` and `sha256sum` over the same files with
# the same parallelism (xargs -P), and prints the median seconds, the median CPU seconds (user +
# system) and the throughput ratios of both; on a loaded machine the CPU ratio is the steadier.
# Not part of `verify`. Run from the repository root after `./mvnw -B -DskipTests package`.
#
# Usage: bench/hash-bench.sh [-n FILES] [-s MIB] [-r RUNS] [-j THREADS] [-d DIR] [-k]
#   -n FILES    number of files (default 8)
#   -s MIB      size of each file in MiB (default 512)
#   -r RUNS     timed runs per tool (default 5)
#   -j THREADS  parallelism for all three tools (default: nproc)
#   -d DIR      where to write the data (default: a new directory under ${TMPDIR:-/tmp})
#   -k          keep the data afterwards
# Environment: JAR (default verifier-cli/target/pedigree.jar), JAVA (default java), JAVA_OPTS;
#   BASELINE_JAR, another build timed as "baseline" in the same round robin (before/after pairs).
#
# The files are read once before timing, so all three tools hash from the page cache; with more
# data than free memory every tool measures the disk instead. The pedigree time includes the JVM's
# start (about 0.1 s of CPU), which dominates at small sizes.
set -euo pipefail

files=8 mib=512 runs=5 threads=$(nproc 2>/dev/null || echo 1) dir="" keep=0
while getopts "n:s:r:j:d:kh" opt; do
  case "$opt" in
    n) files=$OPTARG ;; s) mib=$OPTARG ;; r) runs=$OPTARG ;; j) threads=$OPTARG ;;
    d) dir=$OPTARG ;; k) keep=1 ;;
    *) sed -n '2,19p' "$0" | sed 's/^# \{0,1\}//'; exit 2 ;;
  esac
done
jar=${JAR:-verifier-cli/target/pedigree.jar}
java=${JAVA:-java}
[[ -f $jar ]] || { echo "hash-bench: $jar not found; build it with ./mvnw -B -DskipTests package" >&2; exit 2; }
baseline=${BASELINE_JAR:-}
[[ -z $baseline || -f $baseline ]] || { echo "hash-bench: $baseline not found" >&2; exit 2; }
for tool in openssl sha256sum xargs; do
  command -v "$tool" >/dev/null || { echo "hash-bench: $tool is required" >&2; exit 2; }
done

total_mib=$((files * mib))
if [[ -z $dir ]]; then
  dir=$(mktemp -d "${TMPDIR:-/tmp}/hash-bench.XXXXXX")
else
  mkdir -p "$dir"
fi
[[ $keep == 1 ]] || trap 'rm -rf "$dir"' EXIT
free_mib=$(df -Pm "$dir" | awk 'NR == 2 { print $4 }')
echo "hash-bench: writing $files x $mib MiB = $total_mib MiB to $dir ($free_mib MiB free on that disk)" >&2
if (( free_mib < total_mib + 256 )); then
  echo "hash-bench: not enough free disk space; lower -n or -s, or choose -d" >&2
  exit 2
fi

# Random data, generated fast: AES-CTR keystream from openssl, /dev/urandom as a fallback.
for ((i = 0; i < files; i++)); do
  f=$(printf '%s/file-%03d.bin' "$dir" "$i")
  [[ -s $f && $(stat -c %s "$f") -eq $((mib << 20)) ]] && continue
  if ! openssl enc -aes-128-ctr -nosalt -pass "pass:bench-$i" -in /dev/zero 2>/dev/null \
      | head -c $((mib << 20)) > "$f"; then
    head -c $((mib << 20)) /dev/urandom > "$f"
  fi
done
cat "$dir"/file-*.bin > /dev/null  # into the page cache

names=(pedigree openssl sha256sum)
cmds=(
  "$java ${JAVA_OPTS:-} -jar $jar hash --threads $threads $dir > /dev/null"
  "find $dir -type f -name 'file-*.bin' -print0 | xargs -0 -n 1 -P $threads openssl dgst -sha256 > /dev/null"
  "find $dir -type f -name 'file-*.bin' -print0 | xargs -0 -n 1 -P $threads sha256sum > /dev/null"
)
if [[ -n $baseline ]]; then
  names+=(baseline)
  cmds+=("$java ${JAVA_OPTS:-} -jar $baseline hash --threads $threads $dir > /dev/null")
fi

median_of() {
  tr ' ' '\n' | grep . | sort -n \
    | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

declare -A median cpu
if command -v hyperfine >/dev/null && command -v python3 >/dev/null; then
  json=$(mktemp)
  args=()
  for k in "${!names[@]}"; do args+=(-n "${names[$k]}" "${cmds[$k]}"); done
  hyperfine --warmup 1 --runs "$runs" --export-json "$json" "${args[@]}" >&2
  # hyperfine exports the median wall time but only the mean CPU time.
  while read -r name secs cpusecs; do median[$name]=$secs; cpu[$name]=$cpusecs; done < <(python3 -c '
import json, sys
for r in json.load(open(sys.argv[1]))["results"]:
    print(r["command"], r["median"], r["user"] + r["system"])' "$json")
  rm -f "$json"
else
  echo "hash-bench: hyperfine not found, timing with bash's time (round robin, $runs runs, 1 warm-up)" >&2
  declare -A times cputimes
  TIMEFORMAT='%R %U %S'
  for ((r = 0; r <= runs; r++)); do
    for k in "${!names[@]}"; do
      t=$( { time bash -c "${cmds[$k]}" 2>/dev/null; } 2>&1 )
      (( r == 0 )) && continue  # warm-up
      read -r real user sys <<< "$t"
      times[${names[$k]}]+="$real "
      cputimes[${names[$k]}]+="$(echo "$user $sys" | awk '{ printf "%.3f", $1 + $2 }') "
    done
  done
  for name in "${names[@]}"; do
    median[$name]=$(echo "${times[$name]}" | median_of)
    cpu[$name]=$(echo "${cputimes[$name]}" | median_of)
  done
fi

echo
echo "$files files x $mib MiB = $total_mib MiB, $threads threads, median of $runs runs"
for name in "${names[@]}"; do
  awk -v n="$name" -v s="${median[$name]}" -v c="${cpu[$name]}" -v m="$total_mib" \
    'BEGIN { printf "  %-10s %8.3f s %9.1f MiB/s %8.3f s CPU\n", n, s, m / s, c }'
done
ratios() {  # ratios NAME: NAME's throughput against openssl and sha256sum, by wall and CPU time
  awk -v n="$1" -v p="${median[$1]}" -v o="${median[openssl]}" -v s="${median[sha256sum]}" \
    -v pc="${cpu[$1]}" -v oc="${cpu[openssl]}" -v sc="${cpu[sha256sum]}" \
    'BEGIN { printf "throughput %s/openssl = %.2f, %s/sha256sum = %.2f (by CPU time: %.2f, %.2f)\n",
             n, o / p, n, s / p, oc / pc, sc / pc }'
}
ratios pedigree
[[ -z $baseline ]] || ratios baseline
