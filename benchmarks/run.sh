#!/usr/bin/env bash
# Builds the benchmarks jar, runs every benchmark and writes benchmarks/results/latest.json and
# benchmarks/results/latest.svg. Quick mode (default) takes about 7 minutes on 2 cores.
#   benchmarks/run.sh            # quick: 1 fork, 3 x 1 s warm-up, 4 x 1 s measurement, 10 cold starts, 10 rounds of
#                                # first-request cold starts (3 subjects x 2 clients, primed/unprimed), 9 bulk loads
#   benchmarks/run.sh --full     # 3 forks, 5 x 2 s + 5 x 2 s, 30 cold starts, 21 bulk loads (about 30 minutes)
# Only the first-request cold starts (DynamoDB Local's server on loopback, fresh JVMs), 10 rounds:
#   java -cp benchmarks/target/benchmarks.jar dev.dynamodel.benchmarks.coldstart.FirstRequestRunner 10
set -euo pipefail
cd "$(dirname "$0")/.."
mode="${1:---quick}"
mvn -q -pl benchmarks -am package -DskipTests
java -cp benchmarks/target/benchmarks.jar dev.dynamodel.benchmarks.RunAll "$mode" \
    --out benchmarks/results/latest.json
java_version="$(java -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.vm.version = //p')"
python3 benchmarks/report.py benchmarks/results/latest.json --svg benchmarks/results/latest.svg \
    --note "${mode#--} mode, $(nproc) cores, Java ${java_version}, $(date -u +%F)"
