#!/usr/bin/env bash
# bench/run.sh — how fast `kuzyret parse --format json` reads statutes, against a bare libxml2 parse.
#
# One command:  bench/run.sh            (300 MB corpus; see bench/README.md)
#   1. builds kuzyret in release mode (swift build -c release --product kuzyret), unless
#      KUZYRET_BIN names a binary to use instead (then nothing is built);
#   2. builds bench/out/libxml2_baseline from bench/libxml2_baseline.c (gcc -O2, pkg-config libxml-2.0);
#   3. generates two corpora with bench/gen_corpus.py: BENCH_MB (default 300) and a quarter of it
#      (BENCH_SMALL_MB), each kept under bench/out/ and reused while the generator and its
#      arguments are unchanged;
#   4. for each corpus and each input set (the HTML files, the Markdown files, all files) times
#      the libxml2 baseline and kuzyret, one process per xargs batch (xargs splits only when the
#      argument list is too long), with /usr/bin/time -f "%e %M" per process: the wall seconds are
#      summed over the batches, the peak RSS is the largest of any one process;
#   5. prints the table and writes it, with the machine, to bench/out/results.md.
#
# Environment:
#   BENCH_MB=300         size of the large corpus in MB (10^6 bytes)
#   BENCH_SMALL_MB       size of the small corpus (default BENCH_MB/4)
#   BENCH_SEED=1         generator seed
#   BENCH_RUNS=1         timed runs of each measurement; the fastest is reported
#   KUZYRET_BIN=PATH     use this kuzyret and skip the release build (e.g. .build/debug/kuzyret)
#   BENCH_NO_GNU_TIME=1  pretend /usr/bin/time is missing (tests the fallback: bash `time` with
#                        TIMEFORMAT for wall seconds, VmHWM polled from /proc for peak RSS)
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$HERE/.." && pwd)
OUT="$HERE/out"

die() {
    echo "bench: error: $*" >&2
    exit 1
}
say() { echo "bench: $*" >&2; }

# --------------------------------------------------------------------------------------------
# Helper mode, run by xargs once per batch:  run.sh --measure LOG COMMAND [ARGS…]
# Runs COMMAND and appends "WALL_SECONDS PEAK_RSS_KB EXIT_STATUS CPU_SECONDS" to LOG.
# --------------------------------------------------------------------------------------------

measure_gnu() {
    local log=$1
    shift
    local tmp rc=0
    tmp=$(mktemp)
    /usr/bin/time -f "%e %M %U %S" -o "$tmp" "$@" || rc=$?
    # GNU time puts "Command exited with non-zero status N" before the format line on failure.
    local wall rss user sys
    read -r wall rss user sys < <(tail -n 1 "$tmp")
    echo "$wall $rss $rc $(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%.2f", u + s }')" >>"$log"
    rm -f "$tmp"
    return "$rc"
}

measure_bash() {
    # Fallback without GNU time: bash's `time` (TIMEFORMAT=%R) for the wall seconds; the peak RSS
    # is VmHWM from /proc/PID/status, polled every 20 ms while the process runs (VmHWM only grows,
    # so the last reading is the peak, short of whatever the final 20 ms added).
    local log=$1
    shift
    local TIMEFORMAT='%R' tmp pid rc=0 hwm=0 key value _unit
    tmp=$(mktemp)
    exec 3>&2
    {
        time {
            "$@" 2>&3 &
            pid=$!
            while kill -0 "$pid" 2>/dev/null; do
                if [[ -r /proc/$pid/status ]]; then
                    while read -r key value _unit; do
                        if [[ $key == VmHWM: ]]; then
                            ((value > hwm)) && hwm=$value
                            break
                        fi
                    done <"/proc/$pid/status" 2>/dev/null || true
                fi
                sleep 0.02
            done
            wait "$pid" || rc=$?
        }
    } 2>"$tmp"
    exec 3>&-
    # No CPU time without GNU time: the wall seconds stand in for it.
    local wall
    wall=$(tail -n 1 "$tmp")
    echo "$wall $hwm $rc $wall" >>"$log"
    rm -f "$tmp"
    return "$rc"
}

if [[ ${1:-} == --measure ]]; then
    shift
    log=$1
    shift
    if [[ ${KZB_TIMER:-gnu} == gnu ]]; then measure_gnu "$log" "$@"; else measure_bash "$log" "$@"; fi
    exit $?
fi

# --------------------------------------------------------------------------------------------
# Settings and prerequisites
# --------------------------------------------------------------------------------------------

BENCH_MB=${BENCH_MB:-300}
BENCH_SEED=${BENCH_SEED:-1}
BENCH_RUNS=${BENCH_RUNS:-1}
[[ $BENCH_MB =~ ^[0-9]+([.][0-9]+)?$ ]] || die "BENCH_MB=$BENCH_MB is not a number of megabytes"
[[ $BENCH_SEED =~ ^[0-9]+$ ]] || die "BENCH_SEED=$BENCH_SEED is not a whole number"
[[ $BENCH_RUNS =~ ^[1-9][0-9]*$ ]] || die "BENCH_RUNS=$BENCH_RUNS is not a positive whole number"
BENCH_SMALL_MB=${BENCH_SMALL_MB:-$(awk -v mb="$BENCH_MB" 'BEGIN { printf "%g", mb / 4 }')}
[[ $BENCH_SMALL_MB =~ ^[0-9]+([.][0-9]+)?$ ]] || die "BENCH_SMALL_MB=$BENCH_SMALL_MB is not a number of megabytes"

for tool in python3 gcc pkg-config awk xargs find sort; do
    command -v "$tool" >/dev/null || die "$tool not found; the benchmark needs gcc, pkg-config, libxml2-dev and python3 (apt-get install build-essential pkg-config libxml2-dev python3)"
done
pkg-config --exists libxml-2.0 || die "pkg-config does not know libxml-2.0; install libxml2-dev"

if [[ ${BENCH_NO_GNU_TIME:-0} != 1 && -x /usr/bin/time ]] && /usr/bin/time -f "%e %M" -o /dev/null true 2>/dev/null; then
    export KZB_TIMER=gnu
    TIMER_NOTE='/usr/bin/time -f "%e %M %U %S" per process (CPU = user + system)'
else
    [[ -r /proc/self/status ]] || die "/usr/bin/time (GNU time) is missing and /proc is not readable, so peak memory cannot be measured; apt-get install time"
    export KZB_TIMER=bash
    TIMER_NOTE="bash time (TIMEFORMAT=%R) per process and VmHWM polled every 20 ms (GNU /usr/bin/time not available)"
    say "GNU /usr/bin/time not available: falling back to bash time + VmHWM polling"
fi

mkdir -p "$OUT/logs"

# --------------------------------------------------------------------------------------------
# 1. kuzyret
# --------------------------------------------------------------------------------------------

if [[ -n ${KUZYRET_BIN:-} ]]; then
    [[ -f $KUZYRET_BIN && -x $KUZYRET_BIN ]] || die "KUZYRET_BIN=$KUZYRET_BIN is not an executable file"
    KUZYRET=$(cd "$(dirname "$KUZYRET_BIN")" && pwd)/$(basename "$KUZYRET_BIN")
    BUILD_NOTE="\`$KUZYRET\` (given by KUZYRET_BIN; not built by this run)"
    say "using $KUZYRET (KUZYRET_BIN); skipping the release build"
else
    command -v swift >/dev/null || die "swift not found: install the Swift toolchain, or set KUZYRET_BIN to a built kuzyret binary"
    say "building kuzyret (swift build -c release --product kuzyret) …"
    (cd "$ROOT" && swift build -c release --product kuzyret) >&2 || die "the release build failed (see above)"
    KUZYRET="$(cd "$ROOT" && swift build -c release --show-bin-path)/kuzyret"
    [[ -x $KUZYRET ]] || die "the build finished but $KUZYRET is not there"
    BUILD_NOTE="\`swift build -c release --product kuzyret\` → \`$KUZYRET\`"
fi

# --------------------------------------------------------------------------------------------
# 2. libxml2 baseline
# --------------------------------------------------------------------------------------------

BASELINE="$OUT/libxml2_baseline"
say "compiling $BASELINE …"
# shellcheck disable=SC2046  # pkg-config prints several words on purpose
gcc -O2 -o "$BASELINE" "$HERE/libxml2_baseline.c" $(pkg-config --cflags --libs libxml-2.0) ||
    die "compiling libxml2_baseline.c failed (is libxml2-dev installed?)"

# --------------------------------------------------------------------------------------------
# 3. corpora
# --------------------------------------------------------------------------------------------

GEN_HASH=$(python3 -c 'import hashlib, sys; print(hashlib.sha256(open(sys.argv[1], "rb").read()).hexdigest()[:16])' "$HERE/gen_corpus.py")

# make_corpus MB → prints the corpus directory; generates it unless an identical one is there.
make_corpus() {
    local mb=$1 dir stamp
    dir="$OUT/corpus-${mb}mb-seed$BENCH_SEED"
    stamp="generator=$GEN_HASH mb=$mb seed=$BENCH_SEED"
    if [[ -f $dir/.complete && $(cat "$dir/.complete") == "$stamp" ]]; then
        say "reusing $dir ($stamp)"
    else
        say "generating $mb MB into $dir …"
        rm -f "$dir/.complete"
        mkdir -p "$dir"
        python3 "$HERE/gen_corpus.py" --out "$dir" --mb "$mb" --seed "$BENCH_SEED" --force --quiet >&2 ||
            die "gen_corpus.py failed"
        echo "$stamp" >"$dir/.complete"
    fi
    echo "$dir"
}

# --------------------------------------------------------------------------------------------
# 4. measurements
# --------------------------------------------------------------------------------------------

ROWS=()  # "corpus|input|files|bytes|tool|wall|rss_kb|procs|cpu"
KUZYRET_WARNINGS=0
KUZYRET_ERRORS=0

# file_list DIR SET → writes a NUL-separated, sorted list of the set's files and prints its path.
file_list() {
    local dir=$1 set=$2 list="$OUT/logs/$(basename "$1").$2.files"
    case $set in
    html) find "$dir/html" -type f -name '*.html' -print0 ;;
    md) find "$dir/md" -type f -name '*.md' -print0 ;;
    all) find "$dir/html" "$dir/md" -type f \( -name '*.html' -o -name '*.md' \) -print0 ;;
    esac | sort -z >"$list"
    echo "$list"
}

# timed NAME LIST COMMAND… → "WALL RSS_KB PROCS FAILED CPU": COMMAND FILE… once per xargs batch,
# fastest of BENCH_RUNS; FAILED counts processes that exited non-zero. The tool's stderr goes to
# logs/NAME.stderr.
timed() {
    local name=$1 list=$2
    shift 2
    local best="" bestcpu="" rss=0 procs=0 failed=0 run log sums wall r n bad cpu
    for ((run = 1; run <= BENCH_RUNS; run++)); do
        log="$OUT/logs/$name.run$run.time"
        : >"$log"
        if ! xargs -0 "$BASH" "$HERE/run.sh" --measure "$log" "$@" <"$list" >/dev/null 2>"$OUT/logs/$name.stderr"; then
            say "$name: a process failed; see $OUT/logs/$name.stderr"
            sed -n '1,5p' "$OUT/logs/$name.stderr" >&2
        fi
        sums=$(awk 'NF >= 4 && $1 ~ /^[0-9.]+$/ { wall += $1; if ($2 > rss) rss = $2; n++; if ($3 != 0) bad++; cpu += $4 }
                    END { printf "%.3f %d %d %d %.2f", wall, rss, n, bad, cpu }' "$log")
        read -r wall r n bad cpu <<<"$sums"
        failed=$((failed + bad))
        ((r > rss)) && rss=$r
        procs=$n
        if [[ -z $best ]] || awk -v a="$wall" -v b="$best" 'BEGIN { exit !(a < b) }'; then best=$wall bestcpu=$cpu; fi
    done
    echo "$best $rss $procs $failed $bestcpu"
}
FAILED_MEASUREMENTS=()

# record CORPUS SET FILES BYTES TOOL "WALL RSS PROCS FAILED CPU"
record() {
    local wall rss procs failed cpu
    read -r wall rss procs failed cpu <<<"$6"
    ROWS+=("$1|$2|$3|$4|$5|$wall|$rss|$procs|$cpu")
    ((failed == 0)) || FAILED_MEASUREMENTS+=("$1 $2 $5")
}

measure_corpus() {
    local label=$1 dir=$2 set list files bytes result
    for set in html md all; do
        list=$(file_list "$dir" "$set")
        files=$(tr -cd '\0' <"$list" | wc -c)
        ((files > 0)) || die "no $set files in $dir"
        # Reading every file once also puts the corpus in the page cache before timing.
        bytes=$(xargs -0 cat <"$list" | wc -c)
        say "$label $set: $files files, $(awk -v b="$bytes" 'BEGIN { printf "%.1f", b / 1e6 }') MB"

        result=$(timed "$label.$set.libxml2" "$list" "$BASELINE")
        record "$label" "$set" "$files" "$bytes" libxml2 "$result"

        result=$(cd "$ROOT" && timed "$label.$set.kuzyret" "$list" "$KUZYRET" parse --format json)
        record "$label" "$set" "$files" "$bytes" kuzyret "$result"
        local stderr="$OUT/logs/$label.$set.kuzyret.stderr"
        KUZYRET_WARNINGS=$((KUZYRET_WARNINGS + $(grep -c ': warning: ' "$stderr" || true)))
        KUZYRET_ERRORS=$((KUZYRET_ERRORS + $(grep -c '^error: ' "$stderr" || true)))
    done
}

SMALL_DIR=$(make_corpus "$BENCH_SMALL_MB")
LARGE_DIR=$(make_corpus "$BENCH_MB")
measure_corpus "${BENCH_SMALL_MB}MB" "$SMALL_DIR"
measure_corpus "${BENCH_MB}MB" "$LARGE_DIR"

# --------------------------------------------------------------------------------------------
# 5. report
# --------------------------------------------------------------------------------------------

TABLE=$(printf '%s\n' "${ROWS[@]}" | awk -F'|' '
    BEGIN {
        print "| corpus | input | files | MB | tool | wall s | MB/s | CPU s | peak RSS MB | processes | kuzyret/libxml2 wall | kuzyret/libxml2 CPU |"
        print "|---|---|---:|---:|---|---:|---:|---:|---:|---:|---:|---:|"
    }
    {
        mb = $4 / 1e6; wall = $6; rate = wall > 0 ? mb / wall : 0
        key = $1 "|" $2
        if ($5 == "libxml2") { base[key] = wall; basecpu[key] = $9 }
        ratio = ($5 == "kuzyret" && base[key] > 0) ? sprintf("%.2f×", wall / base[key]) : ""
        cratio = ($5 == "kuzyret" && basecpu[key] > 0) ? sprintf("%.2f×", $9 / basecpu[key]) : ""
        printf "| %s | %s | %d | %.1f | %s | %.2f | %.1f | %.2f | %.1f | %d | %s | %s |\n", $1, $2, $3, mb, $5, wall, rate, $9, $7 / 1024, $8, ratio, cratio
    }')

largest_mb() { find "$1/html" "$1/md" -type f \( -name '*.html' -o -name '*.md' \) -printf '%s\n' | sort -n | tail -n 1 | awk '{ printf "%.2f", $1 / 1e6 }'; }
rss_of() { printf '%s\n' "${ROWS[@]}" | awk -F'|' -v c="$1" '$1 == c && $2 == "all" && $5 == "kuzyret" { printf "%.1f", $7 / 1024 }'; }
SMALL_RSS=$(rss_of "${BENCH_SMALL_MB}MB")
LARGE_RSS=$(rss_of "${BENCH_MB}MB")

cpu=$(awk -F': ' '/^model name/ { print $2; exit }' /proc/cpuinfo 2>/dev/null || true)
cores=$(nproc 2>/dev/null || echo "?")
mem=$(awk '/^MemTotal/ { printf "%.1f GB", $2 / 1048576 }' /proc/meminfo 2>/dev/null || true)
os=$( (. /etc/os-release 2>/dev/null && echo "$PRETTY_NAME") || uname -s)
swift_version=$( (swift --version 2>/dev/null || true) | head -n 1)
kuzyret_version=$("$KUZYRET" --version 2>/dev/null || true)

RESULTS="$OUT/results.md"
{
    echo "# Kuzyret parse benchmark"
    echo
    echo "Run $(date -u '+%Y-%m-%d %H:%M UTC') by \`bench/run.sh\`."
    echo
    echo "- machine: ${cpu:-unknown CPU}, $cores cores, ${mem:-? GB} RAM; $os; kernel $(uname -r)"
    echo "- kuzyret: $BUILD_NOTE${kuzyret_version:+ (version $kuzyret_version)}"
    echo "- swift: ${swift_version:-not on PATH}"
    echo "- libxml2: $(pkg-config --modversion libxml-2.0); baseline \`bench/libxml2_baseline.c\` built with gcc -O2"
    echo "- corpora: \`bench/gen_corpus.py --mb $BENCH_SMALL_MB\` and \`--mb $BENCH_MB\`, seed $BENCH_SEED (generator $GEN_HASH)"
    echo "- timing: $TIMER_NOTE; wall seconds summed over the processes (one per xargs batch), fastest of $BENCH_RUNS run(s); peak RSS = largest of any one process"
    echo "- kuzyret: \`kuzyret parse --format json FILE… > /dev/null\`, run from the repository root; $KUZYRET_WARNINGS warning(s), $KUZYRET_ERRORS error(s) on stderr"
    echo
    echo "$TABLE"
    echo
    echo "Memory as the corpus grows: kuzyret's peak RSS over all files is ${SMALL_RSS} MB for the ${BENCH_SMALL_MB} MB corpus" \
        "(largest file $(largest_mb "$SMALL_DIR") MB) and ${LARGE_RSS} MB for the ${BENCH_MB} MB corpus (largest file $(largest_mb "$LARGE_DIR") MB)." \
        "Kuzyret holds one statute at a time, so its peak should follow the largest file, not the corpus."
    echo
    echo "MB = 10^6 bytes. libxml2 reads .md files with its HTML parser, as text (see the header of libxml2_baseline.c)."
} >"$RESULTS"

echo
cat "$RESULTS"
echo
say "written to $RESULTS (raw per-process figures in $OUT/logs/)"

if ((KUZYRET_ERRORS > 0)) || ((${#FAILED_MEASUREMENTS[@]} > 0)); then
    die "some processes failed (${FAILED_MEASUREMENTS[*]:-}); $KUZYRET_ERRORS kuzyret error(s): see $OUT/logs/*.stderr — the figures above are not valid"
fi
