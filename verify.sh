#!/usr/bin/env bash
# Everything CI checks (.ci/run runs this), in order:
#   1. JDK 17: build from clean (once, without clean, the Javadoc jars differed from step 2's
#      clean rebuild; the cause was not found, so nothing from an earlier build is reused), every
#      test, the release artifacts (jar, -sources, -javadoc; Javadoc without warnings), installed
#      into the local Maven repository for step 3 and deployed into a temporary directory;
#   2. that directory holds the published artifacts only; they are byte-identical when built
#      again from clean, and all signed when a key is given (a throwaway key);
#   3. a user's projects (consumer-check/) on the installed artifacts, on JDK 17;
#   4. JDK 25: build and every test again;
#   5. the user's projects on JDK 25.
# Arguments go to every Maven call, e.g. ./verify.sh -Dmaven.repo.local=/tmp/m2 to install
# somewhere else than ~/.m2. JDK25_HOME overrides where JDK 25 is.
#
# On a machine with only Java 17 and Maven, the steps that need more are skipped, each with a
# line that says so: the JDK 25 steps without a JDK 25, the signing check without gpg. In CI
# (CI=true) nothing is skipped: a missing JDK 25 or gpg fails the run.
set -euo pipefail
cd "$(dirname "$0")"
jdk25=${JDK25_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
if [ ! -x "$jdk25/bin/java" ]; then
  [ "${CI:-}" = true ] && { echo "verify.sh: no JDK 25 at $jdk25; set JDK25_HOME" >&2; exit 1; }
  echo "verify.sh: no JDK 25 at $jdk25 (set JDK25_HOME): steps 4 and 5 will be skipped" >&2
  jdk25=
fi

release_repo=$(mktemp -d)
trap 'rm -rf "$release_repo"' EXIT

echo "== 1/5 build, all tests, release artifacts, install and deploy (to $release_repo)"
mvn -B -V -ntp -Prelease clean deploy -DaltDeploymentRepository="release-check::file://$release_repo" "$@"
echo "== 2/5 published artifacts: only the libraries, reproducible, signed"
.ci/release-check.sh "$release_repo" "$@"
echo "== 3/5 consumer projects"
.ci/consumer-check.sh "$@"
if [ -z "$jdk25" ]; then
  echo "verify.sh: steps 1 to 3 passed; steps 4 and 5 (JDK 25) SKIPPED: no JDK 25"
  exit 0
fi
echo "== 4/5 JDK 25: build and all tests"
JAVA_HOME=$jdk25 mvn -B -V -ntp verify "$@"
echo "== 5/5 JDK 25: consumer projects"
JAVA_HOME=$jdk25 .ci/consumer-check.sh "$@"
echo "verify.sh: all five steps passed"
