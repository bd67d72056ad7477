# bench/lib.sh — shared parts of bench/index.sh and bench/curves.sh (sourced, not run).
#
#   say MESSAGE…                     progress line on stderr ("bench: …")
#   die MESSAGE…                     error line on stderr, exit 1
#   bench_kuzyret ROOT               sets KUZYRET: $KUZYRET_BIN if set, else a release build
#   bench_baseline OUTDIR            sets BASELINE: OUTDIR/libxml2_baseline (gcc -O2)
#   generator_hash HERE              16 hex digits: sha256 of gen_corpus.py and of the bench/*.py
#                                    modules it imports (the corpus cache key)
#   timed LOG COMMAND…               runs COMMAND under /usr/bin/time, stdout to /dev/null, stderr
#                                    to LOG.err; writes "wall rss_kb cpu" (cpu = user + system) to
#                                    LOG and COMMAND's exit status to LOG.status
#   timed_out LOG COMMAND…           the same, COMMAND's stdout kept in LOG.out
#   extract_texts KUZYRET DIR SEED [PAIR_STRIDE]
#                                    every provision text of DIR/html and DIR/md (`kuzyret parse
#                                    --format json`) to DIR/texts.csv (one CSV field a row, for the
#                                    sqlite3 shell's .import), 1,000 queries to DIR/queries.txt
#                                    (700 words, 300 quoted two-word phrases, drawn by corpus
#                                    frequency, seeded), and the number of distinct word forms to
#                                    DIR/word-forms.txt. Word pairs are counted in every
#                                    PAIR_STRIDE-th text only (default 1: all), which keeps the
#                                    pair counter small on a large corpus; the 5,000 most frequent
#                                    pairs the phrases are drawn from barely change.
#   naive_search DB QUERIES          the queries as naive FTS5 searches on table t of DB (python3's
#                                    sqlite3, `ORDER BY rank LIMIT 20`: bm25 over every match);
#                                    prints "queries N results R p50_ms X p99_ms Y mean_ms Z", the
#                                    line `kuzyret search --batch` prints
#   field NAME LINE                  the word after NAME in LINE ("p50_ms" in a search line)

say() { echo "bench: $*" >&2; }
die() {
    echo "bench: error: $*" >&2
    exit 1
}

bench_kuzyret() {
    local root=$1
    if [ -n "${KUZYRET_BIN:-}" ]; then
        [ -f "$KUZYRET_BIN" ] && [ -x "$KUZYRET_BIN" ] || die "KUZYRET_BIN=$KUZYRET_BIN is not an executable file"
        KUZYRET=$(cd "$(dirname "$KUZYRET_BIN")" && pwd)/$(basename "$KUZYRET_BIN")
    else
        (cd "$root" && swift build -c release --product kuzyret >&2) || die "the release build failed (see above)"
        KUZYRET="$(cd "$root" && swift build -c release --show-bin-path)/kuzyret"
    fi
}

bench_baseline() {
    mkdir -p "$1"
    BASELINE="$1/libxml2_baseline"
    # shellcheck disable=SC2046  # pkg-config prints several words on purpose
    gcc -O2 -o "$BASELINE" "$(dirname "${BASH_SOURCE[0]}")/libxml2_baseline.c" $(pkg-config --cflags --libs libxml-2.0) ||
        die "compiling libxml2_baseline.c failed (is libxml2-dev installed?)"
}

generator_hash() {
    python3 - "$1" <<'PY'
import hashlib, os, re, sys
here = sys.argv[1]
digest = hashlib.sha256()
for name in ["gen_corpus"] + sorted(set(re.findall(r"^\s*(?:from|import)\s+(\w+)", open(os.path.join(here, "gen_corpus.py"), encoding="utf-8").read(), re.M))):
    path = os.path.join(here, name + ".py")
    if os.path.exists(path):
        digest.update(name.encode() + b"\0" + open(path, "rb").read())
print(digest.hexdigest()[:16])
PY
}

timed_to() {  # timed_to STDOUT LOG COMMAND…
    local stdout=$1 log=$2 rc=0
    shift 2
    /usr/bin/time -f "%e %M %U %S" -o "$log.tmp" "$@" >"$stdout" 2>"$log.err" || rc=$?
    tail -n 1 "$log.tmp" | awk '{ printf "%s %s %.2f\n", $1, $2, $3 + $4 }' >"$log"
    echo "$rc" >"$log.status"
    rm -f "$log.tmp"
}
timed() {
    local log=$1
    shift
    timed_to /dev/null "$log" "$@"
}
timed_out() {
    local log=$1
    shift
    timed_to "$log.out" "$log" "$@"
}

extract_texts() {
    local kuzyret=$1 dir=$2 seed=$3 stride=${4:-1}
    find "$dir/html" "$dir/md" -type f | sort | xargs "$kuzyret" parse --format json 2>/dev/null |
        python3 -c '
import csv, json, random, sys, collections, re
out = csv.writer(open(sys.argv[1], "w", newline=""))
stride = int(sys.argv[5])
forms = collections.Counter(); pairs = collections.Counter(); texts = 0
def walk(node):
    global texts
    text = node.get("text") or ""
    if text:
        out.writerow([text])
        tokens = re.findall(r"\w+", text.lower())
        forms.update(t for t in tokens if not t.isdigit())
        if texts % stride == 0:
            pairs.update(" ".join(p) for p in zip(tokens, tokens[1:]) if all(len(t) > 3 for t in p))
        texts += 1
    for child in node.get("children", []): walk(child)
for line in sys.stdin:
    for node in json.loads(line)["provisions"]: walk(node)
rng = random.Random(int(sys.argv[3]))
vocabulary = [(w, c) for w, c in forms.items() if len(w) > 3]
phrases = list(pairs.most_common(5000))
queries = [w for w, _ in rng.choices(vocabulary, weights=[c for _, c in vocabulary], k=700)]
queries += ["\"%s\"" % p for p, _ in rng.choices(phrases, weights=[c for _, c in phrases], k=300)]
open(sys.argv[2], "w").write("\n".join(queries) + "\n")
open(sys.argv[4], "w").write("%d\n" % len(forms))
' "$dir/texts.csv" "$dir/queries.txt" "$seed" "$dir/word-forms.txt" "$stride"
}

naive_search() {
    python3 - "$1" "$2" <<'PY'
import sqlite3, sys, time
db = sqlite3.connect(sys.argv[1])
times, results = [], 0
for query in open(sys.argv[2], encoding="utf-8").read().split("\n"):
    if not query: continue
    start = time.perf_counter()
    try:
        results += len(db.execute("SELECT rowid, snippet(t, 0, '[', ']', '…', 16) FROM t WHERE t MATCH ? ORDER BY rank LIMIT 20", (query,)).fetchall())
    except sqlite3.Error:
        pass
    times.append((time.perf_counter() - start) * 1000)
times.sort()
pick = lambda p: times[min(len(times) - 1, int(len(times) * p))]
print("queries %d results %d p50_ms %.2f p99_ms %.2f mean_ms %.2f" % (len(times), results, pick(0.5), pick(0.99), sum(times) / len(times)))
PY
}

field() { awk -v k="$1" '{ for (i = 1; i < NF; i++) if ($i == k) { print $(i + 1); exit } }' <<<"$2"; }
