#!/usr/bin/env bash
# Usage: .ci/dependency-size.sh PROJECT_DIR [maven args]: how many jars, and how many MB
# (10^6 bytes), the run-time (compile + runtime scopes) and test class paths of a project hold.
# docs/installation.md quotes it for consumer-check.
set -euo pipefail
dir=$1; shift
out=$(mktemp)
mvn -q -B -f "$dir/pom.xml" "$@" org.apache.maven.plugins:maven-dependency-plugin:3.8.1:list -DoutputAbsoluteArtifactFilename=true -DoutputFile="$out" -DincludeScope=test >/dev/null
for label in "runtime|compile runtime" "test|compile runtime test"; do
  name=${label%%|*}; scopes=${label#*|}
  # Lines look like "  group:artifact:type[:classifier]:version:scope:/path/x.jar -- module ..."
  sed -E 's/ -- module.*$//' "$out" | awk -F: -v scopes=" $scopes " -v name="$name" 'NF>=6 { scope=$(NF-1); path=$NF; if (index(scopes, " " scope " ") && path ~ /\.jar$/) { n++; cmd="stat -c %s " path; cmd | getline s; close(cmd); b+=s } }
    END { printf "%s: %d jars, %.1f MB\n", name, n, b/1000000 }'
done
rm -f "$out"
