#!/usr/bin/env bash
# Counts the public types of dynamodel-core: those a user's module can reach (the packages
# core's module-info exports) per package, then every public type (what a class-path user sees).
# A type counts when it and every type enclosing it are public. Run after a build of core.
#   .ci/public-types.sh [maven args]
set -euo pipefail
cd "$(dirname "$0")/.."
cp_file=$(mktemp)
trap 'rm -f "$cp_file"' EXIT
mvn -q -pl core org.apache.maven.plugins:maven-dependency-plugin:3.8.1:build-classpath \
    -Dmdep.outputFile="$cp_file" "$@"
exports=$(javap core/target/classes/module-info.class | awk '/exports/ { gsub(";", "", $2); print $2 }' | paste -sd, -)
echo "== exported (module path)"
java .ci/PublicTypes.java core/target/classes "$(cat "$cp_file")" "$exports"
echo "== all public types (class path)"
java .ci/PublicTypes.java core/target/classes "$(cat "$cp_file")"
