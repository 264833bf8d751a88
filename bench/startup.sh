#!/usr/bin/env bash
# Start-up against a bare Spring Boot jar (issue 18): builds, in a temporary directory, a Spring Boot (the version
# of Pulseboard's pom) web + actuator application with nothing else, then starts it and Pulseboard's packaged jar
# alternately ROUNDS times each with `java -jar`, the same JVM options (JAVA_OPTS, default the README's small-box
# flags) and a fresh data directory, and times each from the command to the first {"status":"UP"} of
# /actuator/health. Prints every round, the medians and the ratio Pulseboard / bare.
# With CDS=1 it also makes a class-data-sharing archive of each jar by a training run (-XX:ArchiveClassesAtExit,
# the jars extracted with -Djarmode=tools as the image does) and times both again from their archives.
# With DEPS=1 it also builds there a third jar, deps: Pulseboard's pom.xml less its test dependencies (the same
# runtime dependencies, versions and BOMs) around no code but an @SpringBootApplication class (its main method and one
# SecurityFilterChain that lets /actuator/health through), with Boot's defaults otherwise (no auto-configuration
# excluded): an H2 file database in the run's --pulseboard.data-dir, Spring Session's JDBC schema made at start and
# one Flyway migration, db-scheduler's table. The `java -jar` loop then alternates bare, deps and Pulseboard and
# prints the medians with the ratios deps / bare, Pulseboard / bare and Pulseboard / deps: how much of the gap is the
# dependency set itself. (CDS=1 still compares bare and Pulseboard only.)
# With AOT=1 it also times a start from JDK 25's AOT cache (JEP 483, 514, 515; measured, not what the image does):
# on the JDK in AOT_JAVA_HOME (default the first of /usr/lib/jvm/* of release 25 or later), both jars extracted with
# -Djarmode=tools, an AOT cache of each made by a training run (-XX:AOTCacheOutput, -Dspring.context.exit=onRefresh),
# then started from it (-XX:AOTCache, -XX:AOTMode=on). Its loop alternates the bare jar's `java -jar` on the default
# java, Pulseboard from its cache and the bare jar from its cache, and prints the ratios Pulseboard's cache start /
# bare `java -jar` and cache / cache.
# Usage: [DEPS=1] [CDS=1] [AOT=1] bench/startup.sh [port] [rounds]
set -euo pipefail
PORT=${1:-18191}
ROUNDS=${2:-5}
JAVA_OPTS=${JAVA_OPTS:--Xms64m -Xmx320m -XX:+UseSerialGC}
cd "$(dirname "${BASH_SOURCE[0]}")/.."
ROOT=$(pwd)
[ -f target/pulseboard.jar ] || ./mvnw -q -B -DskipTests package
BOOT=$(sed -n '/<parent>/,/<\/parent>/s/.*<version>\(.*\)<\/version>.*/\1/p' pom.xml)
WORK=$(mktemp -d)
PID=
trap 'if [ -n "$PID" ]; then kill $PID 2>/dev/null || true; wait $PID 2>/dev/null || true; fi; rm -rf "$WORK"' EXIT

mkdir -p "$WORK/bare/src/main/java/bare"
cat >"$WORK/bare/pom.xml" <<EOF
<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
         xsi:schemaLocation="http://maven.apache.org/POM/4.0.0 https://maven.apache.org/xsd/maven-4.0.0.xsd">
  <modelVersion>4.0.0</modelVersion>
  <parent>
    <groupId>org.springframework.boot</groupId>
    <artifactId>spring-boot-starter-parent</artifactId>
    <version>$BOOT</version>
    <relativePath/>
  </parent>
  <groupId>bench</groupId>
  <artifactId>bare</artifactId>
  <version>1</version>
  <properties><java.version>17</java.version></properties>
  <dependencies>
    <dependency><groupId>org.springframework.boot</groupId><artifactId>spring-boot-starter-webmvc</artifactId></dependency>
    <dependency><groupId>org.springframework.boot</groupId><artifactId>spring-boot-starter-actuator</artifactId></dependency>
  </dependencies>
  <build>
    <finalName>bare</finalName>
    <plugins><plugin><groupId>org.springframework.boot</groupId><artifactId>spring-boot-maven-plugin</artifactId></plugin></plugins>
  </build>
</project>
EOF
cat >"$WORK/bare/src/main/java/bare/BareApplication.java" <<'EOF'
package bare;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class BareApplication {

    public static void main(String[] args) {
        SpringApplication.run(BareApplication.class, args);
    }
}
EOF
./mvnw -q -B -DskipTests -f "$WORK/bare/pom.xml" package
cp target/pulseboard.jar "$WORK/pulseboard.jar"

if [ "${DEPS:-0}" = 1 ]; then
  mkdir -p "$WORK/deps/src/main/java/deps" "$WORK/deps/src/main/resources/db/migration"
  # Pulseboard's pom.xml, named bench:deps:1, without its test dependencies and with a plain build section.
  python3 - pom.xml "$WORK/deps/pom.xml" <<'EOF'
import sys, xml.etree.ElementTree as ET
NS = 'http://maven.apache.org/POM/4.0.0'
ET.register_namespace('', NS)
def q(tag):
    return '{%s}%s' % (NS, tag)
tree = ET.parse(sys.argv[1])
pom = tree.getroot()
pom.find(q('groupId')).text = 'bench'
pom.find(q('artifactId')).text = 'deps'
pom.find(q('version')).text = '1'
dependencies = pom.find(q('dependencies'))
for d in list(dependencies):
    if d.findtext(q('scope')) == 'test':
        dependencies.remove(d)
pom.remove(pom.find(q('build')))
build = ET.SubElement(pom, q('build'))
ET.SubElement(build, q('finalName')).text = 'deps'
plugin = ET.SubElement(ET.SubElement(build, q('plugins')), q('plugin'))
ET.SubElement(plugin, q('groupId')).text = 'org.springframework.boot'
ET.SubElement(plugin, q('artifactId')).text = 'spring-boot-maven-plugin'
tree.write(sys.argv[2], xml_declaration=True, encoding='UTF-8')
EOF
  cat >"$WORK/deps/src/main/java/deps/DepsApplication.java" <<'EOF'
package deps;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

@SpringBootApplication
public class DepsApplication {

    public static void main(String[] args) {
        SpringApplication.run(DepsApplication.class, args);
    }

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
        return http.authorizeHttpRequests(requests -> requests.requestMatchers("/actuator/health").permitAll()
                .anyRequest().authenticated()).build();
    }
}
EOF
  cat >"$WORK/deps/src/main/resources/application.properties" <<'EOF'
spring.datasource.url=jdbc:h2:file:${pulseboard.data-dir}/db
spring.datasource.username=sa
spring.datasource.password=
spring.session.jdbc.initialize-schema=always
management.endpoints.web.exposure.include=health
EOF
  # db-scheduler's table (Pulseboard's own H2 migration of it), so that its scheduler polls without errors.
  cp src/main/resources/db/vendor/h2/V5__scheduler.sql "$WORK/deps/src/main/resources/db/migration/V1__scheduler.sql"
  ./mvnw -q -B -DskipTests -f "$WORK/deps/pom.xml" package
fi

# time_to_healthy JAR [extra java options...]: milliseconds from `java -jar` to {"status":"UP"}.
time_to_healthy() {
  local jar=$1 data start t
  shift
  data=$(mktemp -d -p "$WORK")
  start=$(date +%s%3N)
  # shellcheck disable=SC2086
  ${JAVA:-java} $JAVA_OPTS "$@" -jar "$jar" --server.port="$PORT" --pulseboard.data-dir="$data" >"$data/log" 2>&1 &
  PID=$!
  local deadline=$(( $(date +%s) + 120 ))
  until curl -sf "http://localhost:$PORT/actuator/health" 2>/dev/null | grep -q '"UP"'; do
    [ "$(date +%s)" -lt "$deadline" ] || { echo "timed out: $jar" >&2; tail -20 "$data/log" >&2; kill "$PID"; exit 1; }
    kill -0 "$PID" 2>/dev/null || { echo "died: $jar" >&2; tail -20 "$data/log" >&2; exit 1; }
    sleep 0.02
  done
  t=$(( $(date +%s%3N) - start ))
  kill "$PID"; wait "$PID" 2>/dev/null || true; PID=
  rm -rf "$data"
  echo "$t"
}

median() { python3 -c "import sys, statistics; print(int(statistics.median(int(x) for x in sys.argv[1:])))" "$@"; }

compare() { # label bare-jar pulseboard-jar [extra java options for each, as one word each: BARE_OPTS PB_OPTS]
  local label=$1 bare=$2 pb=$3 b p bs=() ps=()
  for r in $(seq 1 "$ROUNDS"); do
    # shellcheck disable=SC2086
    b=$(time_to_healthy "$bare" ${BARE_OPTS:-})
    # shellcheck disable=SC2086
    p=$(time_to_healthy "$pb" ${PB_OPTS:-})
    echo "$label round $r: bare ${b} ms, pulseboard ${p} ms"
    bs+=("$b"); ps+=("$p")
  done
  local mb mp
  mb=$(median "${bs[@]}"); mp=$(median "${ps[@]}")
  echo "$label median: bare ${mb} ms, pulseboard ${mp} ms, ratio $(python3 -c "print(round($mp / $mb, 2))")"
}

compare3() { # label bare-jar deps-jar pulseboard-jar
  local label=$1 bare=$2 deps=$3 pb=$4 b d p bs=() ds=() ps=()
  for r in $(seq 1 "$ROUNDS"); do
    b=$(time_to_healthy "$bare")
    d=$(time_to_healthy "$deps")
    p=$(time_to_healthy "$pb")
    echo "$label round $r: bare ${b} ms, deps ${d} ms, pulseboard ${p} ms"
    bs+=("$b"); ds+=("$d"); ps+=("$p")
  done
  local mb md mp
  mb=$(median "${bs[@]}"); md=$(median "${ds[@]}"); mp=$(median "${ps[@]}")
  echo "$label median: bare ${mb} ms, deps ${md} ms, pulseboard ${mp} ms," \
    "deps/bare $(python3 -c "print(round($md / $mb, 2))")," \
    "pulseboard/bare $(python3 -c "print(round($mp / $mb, 2))")," \
    "pulseboard/deps $(python3 -c "print(round($mp / $md, 2))")"
}

echo "boot=$BOOT java_opts=$JAVA_OPTS rounds=$ROUNDS load_before=$(cut -d' ' -f1-3 /proc/loadavg)"
if [ "${DEPS:-0}" = 1 ]; then
  compare3 "java -jar" "$WORK/bare/target/bare.jar" "$WORK/deps/target/deps.jar" "$WORK/pulseboard.jar"
else
  compare "java -jar" "$WORK/bare/target/bare.jar" "$WORK/pulseboard.jar"
fi

if [ "${CDS:-0}" = 1 ]; then
  for app in bare pulseboard; do
    jar=$([ $app = bare ] && echo "$WORK/bare/target/bare.jar" || echo "$WORK/pulseboard.jar")
    java -Djarmode=tools -jar "$jar" extract --destination "$WORK/$app-x" >/dev/null
    train=$(mktemp -d -p "$WORK")
    # shellcheck disable=SC2086
    java $JAVA_OPTS -XX:ArchiveClassesAtExit="$WORK/$app.jsa" -Dspring.context.exit=onRefresh \
      -jar "$WORK/$app-x/$(basename "$jar")" --pulseboard.data-dir="$train" --server.port="$PORT" >/dev/null 2>&1 || true
  done
  BARE_OPTS="-XX:SharedArchiveFile=$WORK/bare.jsa" PB_OPTS="-XX:SharedArchiveFile=$WORK/pulseboard.jsa" \
    compare "CDS" "$WORK/bare-x/bare.jar" "$WORK/pulseboard-x/pulseboard.jar"
fi

if [ "${AOT:-0}" = 1 ]; then
  release() { "$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = \([0-9]*\).*/\1/p'; }
  AOT_JAVA=
  for home in ${AOT_JAVA_HOME:-} /usr/lib/jvm/*; do
    r=$(release "$home/bin/java" 2>/dev/null || true)
    if [ -n "$r" ] && [ "$r" -ge 25 ]; then AOT_JAVA=$home/bin/java; break; fi
  done
  [ -n "$AOT_JAVA" ] || { echo "AOT=1 needs a JDK 25 or later (AOT_JAVA_HOME)" >&2; exit 1; }
  echo "aot java: $("$AOT_JAVA" -version 2>&1 | head -1)"
  for app in bare pulseboard; do
    jar=$([ $app = bare ] && echo "$WORK/bare/target/bare.jar" || echo "$WORK/pulseboard.jar")
    rm -rf "$WORK/$app-a"
    "$AOT_JAVA" -Djarmode=tools -jar "$jar" extract --destination "$WORK/$app-a" >/dev/null
    train=$(mktemp -d -p "$WORK")
    # shellcheck disable=SC2086
    "$AOT_JAVA" $JAVA_OPTS -XX:AOTCacheOutput="$WORK/$app.aot" -Dspring.context.exit=onRefresh \
      -jar "$WORK/$app-a/$(basename "$jar")" --pulseboard.data-dir="$train" --server.port="$PORT" >"$train.log" 2>&1 \
      || { tail -20 "$train.log" >&2; exit 1; }
  done
  bs=(); ps=(); cs=()
  for r in $(seq 1 "$ROUNDS"); do
    b=$(time_to_healthy "$WORK/bare/target/bare.jar")
    p=$(JAVA=$AOT_JAVA time_to_healthy "$WORK/pulseboard-a/pulseboard.jar" -XX:AOTCache="$WORK/pulseboard.aot" -XX:AOTMode=on)
    c=$(JAVA=$AOT_JAVA time_to_healthy "$WORK/bare-a/bare.jar" -XX:AOTCache="$WORK/bare.aot" -XX:AOTMode=on)
    echo "aot round $r: bare java -jar ${b} ms, pulseboard from its AOT cache ${p} ms, bare from its AOT cache ${c} ms"
    bs+=("$b"); ps+=("$p"); cs+=("$c")
  done
  mb=$(median "${bs[@]}"); mp=$(median "${ps[@]}"); mc=$(median "${cs[@]}")
  echo "aot median: bare java -jar ${mb} ms, pulseboard from its AOT cache ${mp} ms, bare from its AOT cache ${mc} ms," \
    "pulseboard-aot/bare-java-jar $(python3 -c "print(round($mp / $mb, 2))")," \
    "cache/cache $(python3 -c "print(round($mp / $mc, 2))")"
fi
echo "load_after=$(cut -d' ' -f1-3 /proc/loadavg)"
