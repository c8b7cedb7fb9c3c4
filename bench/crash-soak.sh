#!/usr/bin/env bash
# Crash soak: runs the crash test (SIGKILL a ledger process while it appends from 16 threads,
# reopen, check every acknowledged entry, the chain and the root) many more times than verify does.
# Not part of verify. Usage: bench/crash-soak.sh [runs, default 50]
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-50}"
./mvnw -B -o -pl ledger/core,ledger/rocksdb -am verify \
  -Dtest=CrashTest -Dsurefire.failIfNoSpecifiedTests=false -Dcrash.runs="$runs"
