#!/usr/bin/env bash
# Spark local[2] against the command line with 2 threads on the same 2,000 corpus files.
#
#   bench/spark-vs-cli.sh [FILES]      (FILES defaults to 2000)
#
# The files: every 5th of ../shared/corpus/*/** in byte order of their relative paths, the first
# FILES of them, linked (not copied) into a temporary folder so both runs read one folder.
# Spark runs through spark-submit when SPARK_HOME or spark-submit is there, otherwise as a plain
# JVM on the module's Maven classpath (Spark 4.0.1, the same jars the tests use) with the fat jar.
# The CLI (the jar bin/zhextract runs) uses --threads 2 when it has that option, else runs
# sequentially (and says so).
# Both timings are wall clock from process start to exit: JVM and Spark start-up included.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
corpus="$(cd "$root/../shared/corpus" && pwd)"
count="${1:-2000}"
work="$(mktemp -d /tmp/zhextract-bench.XXXXXX)"
trap 'rm -rf "$work"' EXIT

# --- inputs --------------------------------------------------------------------------------
(cd "$corpus" && find . -mindepth 2 -type f | sed 's|^\./||' | LC_ALL=C sort) \
  | awk -v count="$count" 'NR % 5 == 1 && ++taken <= count' > "$work/files.txt"
while IFS= read -r relative; do
  mkdir -p "$work/in/$(dirname "$relative")"
  ln -s "$corpus/$relative" "$work/in/$relative"
done < "$work/files.txt"
echo "inputs: $(wc -l < "$work/files.txt") files, $(cd "$corpus" && tr '\n' '\0' < "$work/files.txt" | du -ch --files0-from=- | tail -1 | cut -f1)"

# --- builds (not timed) --------------------------------------------------------------------
(cd "$root" && mvn -q -B -DskipTests -pl extract-cli,extract-spark -am package) >&2
# Copies, so that a rebuild during the runs cannot change the jars under them.
cp "$root/extract-cli/target/zhextract.jar" "$work/zhextract.jar"
cp "$root/extract-spark/target/zhextract-spark.jar" "$work/zhextract-spark.jar"
jar="$work/zhextract-spark.jar"
cli() { java -Xss4m -jar "$work/zhextract.jar" "$@"; }
java_options="-Xss4m $(sed -n 's:.*<spark.jvm.options>\(.*\)</spark.jvm.options>.*:\1:p' "$root/extract-spark/pom.xml")"

now() { date +%s.%N; }

# --- CLI -----------------------------------------------------------------------------------
cli_threads=""
if cli extract --help 2>&1 | grep -q -- '--threads'; then
  cli_threads="--threads 2"
fi
start=$(now)
cli extract "$work/in" -o "$work/cli-out" $cli_threads > "$work/cli.log" 2>&1 || true
cli_seconds=$(echo "$(now) - $start" | bc)
tail -1 "$work/cli.log"

# --- Spark local[2] ------------------------------------------------------------------------
spark_submit="$(command -v spark-submit || true)"
[ -n "${SPARK_HOME:-}" ] && spark_submit="$SPARK_HOME/bin/spark-submit"
if [ -n "$spark_submit" ]; then
  run_spark() {
    "$spark_submit" --master 'local[2]' --driver-java-options -Xss4m \
      --class org.zhextract.spark.ExtractJob "$jar" "$work/in" "$work/spark-out"
  }
else
  (cd "$root" && mvn -o -q -B dependency:build-classpath -pl extract-spark -am \
      -Dmdep.outputFile="$work/classpath.txt") >&2
  # Spark's classpath: the module's test classpath without zhextract and its own dependencies.
  spark_classpath="$(tr ':' '\n' < "$work/classpath.txt" | grep -v -e zhextract-core -e /core/target/ -e /hanlp/ -e /jsoup/ | paste -sd:)"
  run_spark() {
    # shellcheck disable=SC2086
    java $java_options -Dspark.master='local[2]' -Dspark.ui.enabled=false \
      -cp "$spark_classpath:$jar" org.zhextract.spark.ExtractJob "$work/in" "$work/spark-out"
  }
fi
start=$(now)
run_spark > "$work/spark.log" 2>&1 || { tail -40 "$work/spark.log"; exit 1; }
spark_seconds=$(echo "$(now) - $start" | bc)
grep -E '^[0-9]+ documents' "$work/spark.log"

# --- the same documents? -------------------------------------------------------------------
cli_docs=$(find "$work/cli-out" -name '*.json' | wc -l)
spark_docs=$(cat "$work/spark-out"/documents/part-*.jsonl | wc -l)
printf 'CLI (%s):     %6.1f s, %d documents\n' "${cli_threads:-sequential, no --threads yet}" "$cli_seconds" "$cli_docs"
printf 'Spark local[2]: %6.1f s, %d documents\n' "$spark_seconds" "$spark_docs"
printf 'Spark / CLI time: %.2f\n' "$(echo "$spark_seconds / $cli_seconds" | bc -l)"
echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
