#!/usr/bin/env bash
# Everything CI checks (.ci/run runs this), in order:
#   1. JDK 17: build, every test, the release artifacts (jar, -sources, -javadoc; Javadoc without
#      warnings), installed into the local Maven repository for step 3 and deployed into a
#      temporary directory;
#   2. that directory holds the published artifacts only; they are byte-identical when built
#      again from clean, and all signed when a key is given (a throwaway key);
#   3. a user's projects (consumer-check/) on the installed artifacts, on JDK 17;
#   4. JDK 25: build and every test again;
#   5. the user's projects on JDK 25.
# Arguments go to every Maven call, e.g. ./verify.sh -Dmaven.repo.local=/tmp/m2 to install
# somewhere else than ~/.m2. JDK25_HOME overrides where JDK 25 is.
set -euo pipefail
cd "$(dirname "$0")"
jdk25=${JDK25_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
[ -x "$jdk25/bin/java" ] || { echo "verify.sh: no JDK 25 at $jdk25; set JDK25_HOME" >&2; exit 1; }

release_repo=$(mktemp -d)
trap 'rm -rf "$release_repo"' EXIT

echo "== 1/5 build, all tests, release artifacts, install and deploy (to $release_repo)"
mvn -B -V -ntp -Prelease deploy -DaltDeploymentRepository="release-check::file://$release_repo" "$@"
echo "== 2/5 published artifacts: only the libraries, reproducible, signed"
.ci/release-check.sh "$release_repo" "$@"
echo "== 3/5 consumer projects"
.ci/consumer-check.sh "$@"
echo "== 4/5 JDK 25: build and all tests"
JAVA_HOME=$jdk25 mvn -B -V -ntp verify "$@"
echo "== 5/5 JDK 25: consumer projects"
JAVA_HOME=$jdk25 .ci/consumer-check.sh "$@"
echo "verify.sh: all five steps passed"
