#!/usr/bin/env bash
# Builds the published jars (jar, -sources, -javadoc of core, annotation-processor and local) a
# second time from clean and fails unless every byte is the same as in the build before.
# Run after `mvn -Prelease install` (verify.sh does); extra arguments go to Maven.
set -euo pipefail
cd "$(dirname "$0")/.."
modules=(core annotation-processor local)
sums=$(mktemp)
trap 'rm -f "$sums"' EXIT
jars() { for m in "${modules[@]}"; do ls "$m"/target/dynamodel-*.jar; done; }
if [ -z "$(jars)" ]; then echo "reproducible.sh: no jars in target/: build with -Prelease first" >&2; exit 1; fi
jars | xargs sha256sum > "$sums"
expected=$(wc -l < "$sums")
mvn -B -q -Prelease clean package -Dmaven.test.skip=true -pl "$(IFS=,; echo "${modules[*]}")" "$@"
if [ "$(jars | wc -l)" -ne "$expected" ]; then echo "reproducible.sh: the second build made other jars" >&2; exit 1; fi
if ! sha256sum --quiet -c "$sums"; then
  echo "reproducible.sh: two builds of the same sources gave different jars (above)" >&2
  exit 1
fi
echo "reproducible: $expected jars byte-identical in two clean builds"
