#!/usr/bin/env bash
# Builds the user projects in consumer-check/ against the Dynamodel artifacts in the local Maven
# repository (run after `mvn -Prelease install`; verify.sh does), runs their tests (embedded
# database, HTTP mode, SLF4J 1.7 logging) and checks what they resolve: no Netty, one AWS SDK
# version (the build's), and slf4j-api 1.7.36 for the SLF4J 1.7 application.
# Extra arguments go to Maven, such as -Dmaven.repo.local=DIR.
set -euo pipefail
cd "$(dirname "$0")/.."
fail() { echo "consumer-check: $*" >&2; exit 1; }
property() { sed -n "s|.*<$1>\(.*\)</$1>.*|\1|p" "$2" | head -1; }

sdk=$(property awssdk.version pom.xml)
bom_sdk=$(property awssdk.version bom/pom.xml)
[ -n "$sdk" ] && [ "$sdk" = "$bom_sdk" ] || fail "bom/pom.xml pins AWS SDK '$bom_sdk' but the build uses '$sdk'"

# Fully qualified: the dependency plugin that Maven picks by default is old and formats differently.
list_goal=org.apache.maven.plugins:maven-dependency-plugin:3.8.1:list
for project in consumer-check consumer-check/slf4j-1.7; do
  echo "consumer-check: $project"
  mvn -B -ntp -f "$project/pom.xml" clean verify "$@"
  list="$project/target/dependencies.txt"
  mvn -B -q -f "$project/pom.xml" "$list_goal" -DincludeScope=test -DoutputFile="$PWD/$list" "$@"
  if grep -q ' io\.netty:' "$list"; then
    fail "$project resolves Netty, which a synchronous user never needs: $(grep ' io\.netty:' "$list" | tr -d ' ' | tr '\n' ' ')"
  fi
  versions=$(grep ' software\.amazon\.awssdk:' "$list" | cut -d: -f4 | sort -u | tr '\n' ' ')
  [ "$versions" = "$sdk " ] || fail "$project resolves AWS SDK versions [$versions], expected only $sdk (see $list)"
done
grep -q ' org\.slf4j:slf4j-api:jar:1\.7\.36:' consumer-check/slf4j-1.7/target/dependencies.txt \
  || fail "the SLF4J 1.7 application does not resolve its own slf4j-api 1.7.36 (see consumer-check/slf4j-1.7/target/dependencies.txt)"
echo "consumer-check: both projects pass; no Netty, AWS SDK $sdk only, the SLF4J 1.7 application keeps slf4j-api 1.7.36"
