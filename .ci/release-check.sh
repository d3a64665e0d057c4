#!/usr/bin/env bash
# Usage: .ci/release-check.sh RELEASE_REPO [maven args]
# Run after `mvn -Prelease deploy -DaltDeploymentRepository=id::file://RELEASE_REPO` (verify.sh
# does). Fails unless RELEASE_REPO holds exactly the published artifacts: dynamodel-parent and
# dynamodel-bom (POMs), and the jar, -sources.jar, -javadoc.jar and POM of dynamodel-core,
# dynamodel-annotation-processor, dynamodel-local, dynamodel-streams, dynamodel-micrometer and
# dynamodel-spring-boot-starter; nothing of tests, examples, docs or benchmarks. Then builds the published modules
# a second time from clean, with the release profile and signing on (a throwaway GnuPG key made here), and fails unless
#   - every jar (jar, -sources, -javadoc of core, annotation-processor, local, streams, micrometer and the starter) is
#     byte-identical to the first build's: the build is reproducible;
#   - every published artifact (those jars, their POMs, the BOM and the parent POM they name) has
#     a signature that gpg verifies.
# Extra arguments go to Maven.
set -euo pipefail
cd "$(dirname "$0")/.."
fail() { echo "release-check: $*" >&2; exit 1; }
signing=yes
if ! command -v gpg > /dev/null; then
  [ "${CI:-}" = true ] && fail "gpg is needed to check signing"
  echo "release-check: no gpg: the signing check is SKIPPED (in CI it is required)" >&2
  signing=
fi
[ $# -ge 1 ] && [ -d "$1/dev/dynamodel" ] || fail "usage: .ci/release-check.sh RELEASE_REPO [maven args]; no dev/dynamodel in '${1:-}'"
repo=$1
shift

published=$(ls "$repo/dev/dynamodel" | tr '\n' ' ')
[ "$published" = "dynamodel-annotation-processor dynamodel-bom dynamodel-core dynamodel-local dynamodel-micrometer dynamodel-parent dynamodel-spring-boot-starter dynamodel-streams " ] \
  || fail "deployed artifacts are [$published]; expected the parent, the BOM, core, annotation-processor, local, streams, micrometer and the Spring Boot starter only"
for artifact in dynamodel-parent dynamodel-bom dynamodel-core dynamodel-annotation-processor dynamodel-local dynamodel-streams dynamodel-micrometer dynamodel-spring-boot-starter; do
  files=("$artifact-*.pom")
  case $artifact in dynamodel-parent | dynamodel-bom) ;; *) files+=("$artifact-*[0-9].jar" "$artifact-*-sources.jar" "$artifact-*-javadoc.jar") ;; esac
  for pattern in "${files[@]}"; do
    compgen -G "$repo/dev/dynamodel/$artifact/*/$pattern" > /dev/null || fail "no $pattern deployed for $artifact"
  done
done
echo "release-check: deployed the parent and BOM POMs, and jar, sources, javadoc and POM of core, annotation-processor, local, streams, micrometer and the Spring Boot starter; nothing else"
jar_modules=(core annotation-processor local streams micrometer spring-boot-starter)
modules=(. bom "${jar_modules[@]}")
jars() { for m in "${jar_modules[@]}"; do ls "$m"/target/dynamodel-*.jar 2> /dev/null || true; done; }

work=$(mktemp -d)
export GNUPGHOME="$work/gnupg"
trap 'gpgconf --kill gpg-agent 2> /dev/null || true; rm -rf "$work"' EXIT
mkdir -m 700 "$GNUPGHOME"

[ -n "$(jars)" ] || fail "no jars in target/: build with -Prelease first"
jars | xargs sha256sum > "$work/sums"
expected=$(wc -l < "$work/sums")
mkdir "$work/first"
jars | while read -r jar; do mkdir -p "$work/first/$(dirname "$jar")"; cp "$jar" "$work/first/$jar"; done
# On a mismatch, say which entries differ, so that a failure in CI can be acted on.
explain() {
  sha256sum --quiet -c "$work/sums" 2> /dev/null | sed 's/: FAILED$//' | while read -r jar; do
    echo "release-check: $jar differs; entries that differ:" >&2
    rm -rf "$work/a" "$work/b"; mkdir "$work/a" "$work/b"
    (cd "$work/a" && unzip -q "$work/first/$jar") && (cd "$work/b" && unzip -q "$OLDPWD/$jar")
    diff -rq "$work/a" "$work/b" >&2 || true
    unzip -Z1 "$work/first/$jar" > "$work/a.list"; unzip -Z1 "$jar" > "$work/b.list"
    cmp -s "$work/a.list" "$work/b.list" || echo "release-check: the entry order differs" >&2
  done
}

sign=()
if [ -n "$signing" ]; then
  gpg --batch --quiet --passphrase '' --quick-gen-key 'Dynamodel release check <release-check@invalid>' ed25519 sign 1d
  sign=("-Dgpg.keyname=$(gpg --list-keys --with-colons 2> /dev/null | awk -F: '/^fpr/ { print $10; exit }')")
fi
mvn -B -q -Prelease "${sign[@]}" clean verify -Dmaven.test.skip=true \
  -pl "$(IFS=,; echo "${modules[*]}")" "$@"

[ "$(jars | wc -l)" -eq "$expected" ] || fail "the second build made other jars: $(jars | tr '\n' ' ')"
sha256sum --quiet -c "$work/sums" || { explain; fail "two builds of the same sources gave different jars (above)"; }

if [ -z "$signing" ]; then
  echo "release-check: $expected jars byte-identical in two clean builds; signatures not checked (no gpg)"
  exit 0
fi
signed=0
for m in "${modules[@]}"; do
  for artifact in "$m"/target/dynamodel-*.jar "$m"/target/dynamodel-*.pom; do
    [ -e "$artifact" ] || continue
    gpg --batch --quiet --verify "$artifact.asc" "$artifact" 2> /dev/null || fail "$artifact has no good signature"
    signed=$((signed + 1))
  done
done
[ "$signed" -eq $((expected + ${#modules[@]})) ] || fail "$signed artifacts signed; expected $expected jars and ${#modules[@]} POMs"
echo "release-check: $expected jars byte-identical in two clean builds; $signed artifacts signed and verified"
