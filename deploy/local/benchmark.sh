#!/usr/bin/env bash
# Runs the JMH benchmarks of the parser and the analysis core and prints JMH's report.
#   deploy/local/benchmark.sh            both benchmarks
#   deploy/local/benchmark.sh Parse      only those whose name matches (further JMH options follow: -p input=seed)
# The analysis benchmark's "seed" case reads ../shared/seeds/003_*.txt when it is there.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
cd "$ROOT"
mvn -B -q install -DskipTests -pl benchmarks -am
seed=$(ls "$ROOT"/../shared/seeds/003_*.txt 2>/dev/null | head -1 || true)
exec java -Dclaimstream.seed="$seed" -jar benchmarks/target/benchmarks.jar "${@:-.}" -rf text -rff benchmarks/target/jmh-report.txt
