# Starts the mview launcher; sourced by ./mview (a checkout) and by bin/mview (the distribution).
# The caller sets:
#   java_home           a JDK 22+ (bin/find-jdk)
#   classpath           the launcher, the language, Truffle and JLine
#   polyglot_classpath  GraalJS and GraalPy (added for .js/.mjs/.py scripts only: they slow every start-up)
#   compiler_dir        the Graal compiler jars (the optimizing runtime); may be empty or missing
#   cache_dir           where the start-up cache goes; not written when it cannot be made
#   training            the .mv program of the cache's training run
# then calls run_mview "$@".

run_mview() {
  local polyglot=0 i=0 args=("$@")
  while [ "$i" -lt "${#args[@]}" ]; do
    case "${args[$i]}" in
      -c) break ;;                         # the program follows; no script file
      --map|--map-rw) i=$((i + 2)) ;;      # NAME=PATH follows
      -*) i=$((i + 1)) ;;
      *.js|*.mjs|*.py) classpath="$classpath:$polyglot_classpath"; polyglot=1; break ;;
      *) break ;;
    esac
  done
  local flags=()
  local common=(--enable-native-access=ALL-UNNAMED --sun-misc-unsafe-memory-access=allow)
  # Runtime choice (docs/performance.md, start-up). mview programs (-c, .mv files, the REPL) have no loops:
  # their work runs in builtins compiled by the JVM's own JIT either way, so they start on Truffle's fallback
  # runtime with a start-up cache: on JDK 25+ an AOT cache (classes loaded and linked ahead of time) from a
  # training run, made once per build and JDK (~4 s, silently, written atomically); on older JDKs an AppCDS
  # archive created on the first run. .js/.py/.mjs scripts drive views from hot guest loops: they get the
  # optimizing runtime, which needs the Graal compiler jars on the upgrade module path (and that disables
  # class-data sharing). MVIEW_JIT=1 forces the optimizing runtime, MVIEW_JIT=0 the fallback.
  local jit="${MVIEW_JIT:-$polyglot}"
  if [ "$jit" = 1 ] && [ -d "$compiler_dir" ] && [ "$(ls -A "$compiler_dir")" ]; then
    flags+=(-XX:+UnlockExperimentalVMOptions -XX:+EnableJVMCI "--upgrade-module-path=$compiler_dir")
  else
    flags+=(-Dtruffle.UseFallbackRuntime=true -Dpolyglot.engine.WarnInterpreterOnly=false -XX:+UseSerialGC)
    mkdir -p "$cache_dir" 2>/dev/null || true
    # One cache per JDK: a cache made by another JDK is refused by the JVM.
    local java_major jdk_key
    java_major="$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$java_home/release" 2>/dev/null || true)"
    jdk_key="$(basename "$java_home")"
    if [ "${java_major:-0}" -ge 25 ]; then
      local cache="$cache_dir/mview-$jdk_key.aot"
      drop_if_stale "$cache"
      drop_if_stale "$cache.failed"
      # A training run that failed (marker file) is not retried on every start, only after the next build.
      if [ ! -f "$cache" ] && [ ! -f "$cache.failed" ] && [ -w "$cache_dir" ]; then
        local tmp="$cache.$$.tmp"
        if "$java_home/bin/java" "${flags[@]}" "${common[@]}" "-XX:AOTCacheOutput=$tmp" -Xlog:aot=off -Xlog:cds=off \
            -cp "$classpath" org.mview.launcher.MViewMain "$training" >/dev/null 2>&1 && [ -f "$tmp" ]; then
          mv -f "$tmp" "$cache"
        else
          rm -f "$tmp" "$tmp.config"
          touch "$cache.failed"
        fi
      fi
      if [ -f "$cache" ]; then
        flags+=("-XX:AOTCache=$cache" -Xlog:aot=off -Xlog:cds=off)
      fi
    elif [ -w "$cache_dir" ]; then
      local archive="$cache_dir/mview-$jdk_key.jsa"
      drop_if_stale "$archive"
      flags+=("-XX:SharedArchiveFile=$archive" -XX:+AutoCreateSharedArchive -Xlog:cds=off -Xlog:cds+dynamic=off)
    fi
  fi
  # MVIEW_JAVA_OPTS: extra JVM options, word-split on purpose.
  # shellcheck disable=SC2086
  exec "$java_home/bin/java" "${flags[@]}" "${common[@]}" ${MVIEW_JAVA_OPTS:-} \
    -cp "$classpath" \
    org.mview.launcher.MViewMain "$@"
}

# A cache is stale once a class path jar is newer (a rebuild): the JVM would ignore it and, for a dynamic
# CDS archive, not even write a new one (start-up stays ~0.35 s slower), so it is dropped and made again.
drop_if_stale() {
  local jar jars
  if [ -f "$1" ]; then
    IFS=: read -r -a jars <<< "$classpath"
    for jar in "${jars[@]}"; do
      if [ "$jar" -nt "$1" ]; then
        rm -f "$1"
        return
      fi
    done
  fi
}
