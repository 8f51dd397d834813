# Shared by bench/run and the scenario scripts (source it). Assumes the working directory is the project root.

# The harness's Java tools and their dependencies (built by bench/run: ./mvnw package -pl bench -am).
BENCH_CP="${BENCH_CP:-bench/target/bench.jar:bench/target/lib/*}"

# bench_java <main class in org.shortagewatch.bench, or a fully qualified one> [args...]
bench_java() {
  local main="$1"; shift
  [[ "$main" == *.* ]] || main="org.shortagewatch.bench.$main"
  java ${BENCH_JAVA_OPTIONS:-} -cp "$BENCH_CP" "$main" "$@"
}

# figure <key> <label> <value> <unit> [goal] [limit key] [note]: one line of this scenario's figures.tsv
figure() {
  bench_java Figures "$@"
}

# smoke <value for a smoke run> <value for a full run>
smoke() {
  if [[ "${BENCH_SMOKE:-0}" == 1 ]]; then echo "$1"; else echo "$2"; fi
}
