#!/usr/bin/env bash
# bench/curves.sh — cost curves (issue 17): how parse, index build, re-index, memory and search
# grow with the corpus, each against its baseline, measured side by side at several sizes.
#
# One command:  bench/curves.sh        (BENCH_SIZES="100 300 1000" MB; by bench/index.sh's 500 MB
#                                       figures, about half an hour on 2 cores once the corpora
#                                       exist, two thirds of it at 1,000 MB; the first run also
#                                       generates the corpora and extracts their texts, about as
#                                       long again)
# A quick check:  KUZYRET_BIN=.build/release/kuzyret BENCH_SIZES="2 5" bench/curves.sh  (30 s)
#   1. uses KUZYRET_BIN, or builds kuzyret in release mode; builds bench/out/libxml2_baseline;
#   2. for each size MB: generates the corpus with bench/gen_corpus.py into
#      bench/out/curve-corpus-MB, reused while its stamp (.complete: size, seed, sha256 of the
#      generator and the bench/*.py it imports) matches;
#   3. extracts every provision text once (`kuzyret parse --format json`, not timed; kept in the
#      corpus directory as texts.csv with queries.txt and word-forms.txt, and reused with the
#      corpus): 1,000 queries, 700 words and 300 two-word phrases drawn by corpus frequency
#      (seeded), as bench/index.sh does (shared code in bench/lib.sh);
#   4. times, in this one run, each under /usr/bin/time (wall, CPU = user + system, peak RSS), the
#      corpus first read once into the page cache:
#      - parse: libxml2 DOM parse of the HTML files (bench/libxml2_baseline.c) and
#        `kuzyret parse --format json` of the same files (> /dev/null); ratio = kuzyret CPU /
#        libxml2 CPU;
#      - index: the sqlite3 shell importing the texts into an FTS5 unicode61 table in one
#        transaction (the storage baseline), and `kuzyret index html md --index DB` from
#        scratch; throughput ratios FTS5 / kuzyret by CPU and by wall, kuzyret's peak RSS;
#      - re-index one act: the first Markdown act (by path) gets a new numbered point or part
#        with fresh words after the last one of its last article (without any, words appended
#        to that article's last paragraph), `kuzyret index` runs again on the same directories (wall;
#        its summary must say one file read), and the file is restored byte for byte with its
#        modification time (a trap restores it if the run stops half-way);
#      - search: `kuzyret search --batch` (p50, p99) and the same queries as naive FTS5 searches
#        on the baseline table (python3's sqlite3, bm25 ORDER BY rank LIMIT 20);
#      then deletes the FTS5 database and the kuzyret index of that size (the corpora stay);
#   5. appends one row per size to bench/out/curves.tsv (column `run` tells runs apart), and
#      with bench/plot_curves.py writes this run's rows as a table to bench/out/curves.md and as
#      charts against corpus size to bench/curves.svg; prints the table on stdout.
#   Progress goes to stderr; the tools' own stderr to bench/out/curve-logs/MB.*.err.
#
# Environment:
#   BENCH_SIZES="100 300 1000"  corpus sizes in MB (10^6 bytes), in the order measured
#   BENCH_SEED=1                generator and query seed
#   KUZYRET_BIN=PATH            use this kuzyret and skip the release build
#   BENCH_REEXTRACT=1           extract texts and queries again even if the corpus has them
#                               (they are kept with the corpus, not with the kuzyret binary)
#
# Disk: a corpus of MB megabytes takes about 2×MB (the files and texts.csv) and is kept; while
# its size is measured, the FTS5 table and the kuzyret index take more (about 5×MB for the index
# by bench/index.sh's 500 MB run; curves.tsv records both sizes, fts_bytes and ix_bytes).
set -euo pipefail
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$HERE/.." && pwd)
# shellcheck source=bench/lib.sh
. "$HERE/lib.sh"

SIZES=${BENCH_SIZES:-100 300 1000}
SEED=${BENCH_SEED:-1}
[[ $SEED =~ ^[0-9]+$ ]] || die "BENCH_SEED=$SEED is not a whole number"
for mb in $SIZES; do
    [[ $mb =~ ^[0-9]+([.][0-9]+)?$ ]] || die "BENCH_SIZES: $mb is not a number of megabytes"
done
for tool in python3 gcc pkg-config sqlite3 sha256sum awk xargs find sort; do
    command -v "$tool" >/dev/null || die "$tool not found"
done
[ -x /usr/bin/time ] && /usr/bin/time -f "%e %M" -o /dev/null true 2>/dev/null || die "GNU /usr/bin/time is needed (apt-get install time)"

started=$(date +%s)
RUN=$(date -u +%Y-%m-%dT%H:%M:%SZ)
OUT="$HERE/out"
LOGS="$OUT/curve-logs"
TSV="$OUT/curves.tsv"
mkdir -p "$LOGS"

bench_kuzyret "$ROOT"
say "kuzyret: $KUZYRET"
bench_baseline "$OUT"
GEN_HASH=$(generator_hash "$HERE")
KUZYRET_HASH=$(sha256sum "$KUZYRET" | cut -c1-12)
COMMIT=$(cd "$ROOT" && git rev-parse --short HEAD 2>/dev/null || echo unknown)
(cd "$ROOT" && git diff --quiet HEAD -- Sources Package.swift 2>/dev/null) || COMMIT="$COMMIT+changes"

HEADER="run	commit	kuzyret	mb	bytes	html_bytes	files	html_files	provisions	word_forms	lx_wall	lx_cpu	lx_rss_kb	kp_wall	kp_cpu	kp_rss_kb	fts_wall	fts_cpu	fts_rss_kb	ix_wall	ix_cpu	ix_rss_kb	rx_wall	rx_cpu	rx_rss_kb	rx_files_read	s_p50	s_p99	s_mean	s_results	n_p50	n_p99	n_mean	n_results	fts_bytes	ix_bytes"
if [ -f "$TSV" ] && [ "$(head -n 1 "$TSV")" != "$HEADER" ]; then
    say "$TSV has other columns; moved to $TSV.old"
    mv "$TSV" "$TSV.old"
fi
[ -f "$TSV" ] || echo "$HEADER" >"$TSV"

# The act changed for the re-index measurement is put back however the run ends (a run killed
# outright leaves its copy in DIR/.reindex-backup, put back by the next run); a run that stops
# early also deletes the databases of the size it was measuring.
BACKUP=""
CHANGED=""
DIR=""
FTS=""
DB=""
restore() {  # puts the kept copy back, with its modification time; removes the copy once identical
    if [ -n "$BACKUP" ] && [ -f "$BACKUP" ]; then
        cp -p "$BACKUP" "$CHANGED" && [ "$(sha256sum <"$BACKUP")" = "$(sha256sum <"$CHANGED")" ] && rm -f "$BACKUP"
    fi
    [ -z "$DIR" ] || [ ! -d "$DIR/.reindex-backup" ] || find "$DIR/.reindex-backup" -type d -empty -delete
}
cleanup() {
    restore || true
    [ -z "$FTS" ] || rm -f "$FTS"
    [ -z "$DB" ] || rm -f "$DB" "$DB.building" "$DB-wal" "$DB-shm"
}
trap cleanup EXIT
trap 'exit 130' INT TERM  # so that the EXIT trap runs

sum_sizes() { find "$@" -type f -printf '%s\n' | awk '{ s += $1 } END { printf "%d", s }'; }
check() {  # check LOG WHAT: dies with the tool's stderr if the timed command failed
    local rc
    rc=$(cat "$1.status")
    [ "$rc" = 0 ] || {
        tail -n 5 "$1.err" >&2
        die "$2 exited with status $rc (stderr in $1.err)"
    }
}
show() { read -r w r c <"$1" && say "  $2: wall $w s, CPU $c s, peak RSS $((r / 1024)) MB"; }

for mb in $SIZES; do
    DIR="$OUT/curve-corpus-$mb"
    L="$LOGS/$mb"
    stamp="generator=$GEN_HASH mb=$mb seed=$SEED"
    # A leftover backup means an earlier run stopped before restoring its changed act.
    if [ -d "$DIR/.reindex-backup" ]; then
        while IFS= read -r -d '' saved; do
            rel=${saved#"$DIR/.reindex-backup/"}
            say "restoring $DIR/$rel from an interrupted run"
            cp -p "$saved" "$DIR/$rel" && rm -f "$saved"
        done < <(find "$DIR/.reindex-backup" -type f -print0)
        find "$DIR/.reindex-backup" -type d -empty -delete
    fi

    # 2. corpus
    if [ -f "$DIR/.complete" ] && [ "$(cat "$DIR/.complete")" = "$stamp" ]; then
        say "$mb MB: reusing $DIR ($stamp)"
    else
        free_mb=$(df -Pm "$OUT" | awk 'NR == 2 { print $4 }')
        awk -v need="$mb" -v free="$free_mb" 'BEGIN { exit !(free < need * 9) }' &&
            say "warning: $free_mb MB free; a $mb MB size needs about $(awk -v m="$mb" 'BEGIN { printf "%d", m * 9 }') MB while it is measured"
        say "$mb MB: generating into $DIR …"
        rm -f "$DIR/.complete" "$DIR/.extracted" "$DIR/texts.csv" "$DIR/queries.txt" "$DIR/word-forms.txt"
        mkdir -p "$DIR"
        python3 "$HERE/gen_corpus.py" --out "$DIR" --mb "$mb" --seed "$SEED" --force --quiet >&2 || die "gen_corpus.py failed"
        echo "$stamp" >"$DIR/.complete"
    fi
    bytes=$(sum_sizes "$DIR/html" "$DIR/md")
    html_bytes=$(sum_sizes "$DIR/html")
    files=$(find "$DIR/html" "$DIR/md" -type f | wc -l)
    html_files=$(find "$DIR/html" -type f | wc -l)
    [ "$html_files" -gt 0 ] || die "no HTML files in $DIR/html"

    # 3. texts and queries
    if [ "${BENCH_REEXTRACT:-0}" = 1 ] || [ ! -f "$DIR/.extracted" ] || [ "$(cat "$DIR/.extracted")" != "$stamp" ]; then
        say "$mb MB: extracting provision texts and queries (not timed) …"
        rm -f "$DIR/.extracted"
        # Word pairs counted in every (MB/100)-th text: every text below 200 MB, every 10th at 1,000 MB.
        extract_texts "$KUZYRET" "$DIR" "$SEED" "$(awk -v m="$mb" 'BEGIN { s = int(m / 100); print (s < 1 ? 1 : s) }')"
        echo "$stamp" >"$DIR/.extracted"
    fi
    provisions=$(python3 -c 'import csv,sys; csv.field_size_limit(1 << 30); print(sum(1 for _ in csv.reader(open(sys.argv[1], newline=""))))' "$DIR/texts.csv")
    word_forms=$(cat "$DIR/word-forms.txt")
    say "$mb MB: $files files ($html_files HTML), $(awk -v b="$bytes" 'BEGIN { printf "%.1f", b / 1e6 }') MB, $provisions provision texts, $word_forms word forms"
    find "$DIR/html" "$DIR/md" -type f -print0 | xargs -0 cat >/dev/null  # into the page cache

    # 4a. parse
    say "$mb MB: libxml2 DOM parse of the HTML files"
    timed "$L.libxml2" sh -c "find '$DIR/html' -type f -print0 | sort -z | xargs -0 '$BASELINE'"
    check "$L.libxml2" libxml2_baseline
    show "$L.libxml2" libxml2
    say "$mb MB: kuzyret parse --format json of the same files"
    timed "$L.parse" sh -c "find '$DIR/html' -type f -print0 | sort -z | xargs -0 '$KUZYRET' parse --format json"
    check "$L.parse" "kuzyret parse"
    show "$L.parse" "kuzyret parse"

    # 4b. index build
    FTS="$DIR/fts5.sqlite"
    DB="$DIR/kuzyret.sqlite"
    say "$mb MB: sqlite3 FTS5 (unicode61) import of the texts, one transaction"
    rm -f "$FTS"
    timed "$L.fts5" sqlite3 "$FTS" "CREATE VIRTUAL TABLE t USING fts5(text, tokenize='unicode61');" ".mode csv" ".import '$DIR/texts.csv' t"
    check "$L.fts5" sqlite3
    show "$L.fts5" "FTS5 insert"
    say "$mb MB: kuzyret index (from scratch)"
    rm -f "$DB" "$DB.building" "$DB-wal" "$DB-shm"
    timed_out "$L.index" "$KUZYRET" index "$DIR/html" "$DIR/md" --index "$DB"
    check "$L.index" "kuzyret index"
    show "$L.index" "kuzyret index"

    # 4c. re-index after changing one act
    CHANGED=$(find "$DIR/md" -type f -name '*.md' | sort | head -n 1)
    [ -n "$CHANGED" ] || die "no Markdown act in $DIR/md to change"
    BACKUP="$DIR/.reindex-backup/${CHANGED#"$DIR/"}"
    mkdir -p "$(dirname "$BACKUP")"
    cp -p "$CHANGED" "$BACKUP"
    python3 - "$CHANGED" <<'PY' >&2
import re, sys
path = sys.argv[1]
lines = open(path, encoding="utf-8").read().split("\n")
kaz = path.endswith("kaz.md")
fresh = ("аудандық зерттеме кеңесінің қорытпалық есебін бекітеді" if kaz
         else "утверждает сводный отчёт районного исследовательского совета по кривотестовым показателям")
heading = re.compile(r"^#+\s.*(Статья\s+\d|\d+(-\d+)*-бап)")
point = re.compile(r"^(\s*)(\d+)(?:-\d+)*\\?([.)])\s+\S")  # «12)», «12-1\)», «3.», «1-1.»
last = max([i for i, line in enumerate(lines) if heading.match(line)], default=-1)
points = [i for i in range(last + 1, len(lines)) if point.match(lines[i])]
if points:
    i = points[-1]
    indent, number, mark = point.match(lines[i]).group(1, 2, 3)
    lines[i + 1:i + 1] = ["", "%s%d%s %s%s" % (indent, int(number) + 1, mark, fresh if mark == ")" else fresh.capitalize(), ";" if mark == ")" else ".")]
    how = "new %s %d%s after line %d" % ("point" if mark == ")" else "part", int(number) + 1, mark, i + 1)
else:
    body = [i for i in range(last + 1, len(lines)) if lines[i][:1].isalpha()]
    i = body[-1] if body else len(lines) - 1
    lines[i] = lines[i].rstrip() + " " + fresh.capitalize() + "."
    how = "words appended to line %d" % (i + 1)
open(path, "w", encoding="utf-8").write("\n".join(lines))
print("bench:   changed %s: %s" % (path, how))
PY
    say "$mb MB: kuzyret index again, one act changed ($(basename "$(dirname "$CHANGED")")/$(basename "$CHANGED"))"
    timed_out "$L.reindex" "$KUZYRET" index "$DIR/html" "$DIR/md" --index "$DB"
    restore || true
    [ ! -f "$BACKUP" ] || die "$CHANGED was not restored (the original is in $BACKUP)"
    check "$L.reindex" "kuzyret index (re-index)"
    show "$L.reindex" "kuzyret re-index"
    summary=$(cat "$L.reindex.out")
    read_files=$(sed -n 's/.*(\([0-9]*\) file(s) read.*/\1/p' <<<"$summary" | head -n 1)
    [ "$read_files" = 1 ] || say "  warning: the re-index read ${read_files:-?} files, not 1: $summary"

    # 4d. search
    say "$mb MB: kuzyret search --batch ($(wc -l <"$DIR/queries.txt") queries)"
    latency=$("$KUZYRET" search --batch "$DIR/queries.txt" --index "$DB")
    say "  $latency"
    say "$mb MB: naive FTS5 search of the same queries (bm25 ORDER BY rank LIMIT 20)"
    naive=$(naive_search "$FTS" "$DIR/queries.txt")
    say "  $naive"
    fts_bytes=$(stat -c %s "$FTS")
    ix_bytes=$(stat -c %s "$DB")
    say "$mb MB: on disk: FTS5 table $((fts_bytes / 1000000)) MB, kuzyret index $((ix_bytes / 1000000)) MB (both deleted now)"
    rm -f "$FTS" "$DB" "$DB.building" "$DB-wal" "$DB-shm"

    # 5. one row
    read -r lx_wall lx_rss lx_cpu <"$L.libxml2"
    read -r kp_wall kp_rss kp_cpu <"$L.parse"
    read -r f_wall f_rss f_cpu <"$L.fts5"
    read -r i_wall i_rss i_cpu <"$L.index"
    read -r r_wall r_rss r_cpu <"$L.reindex"
    printf '%s\n' "$RUN" "$COMMIT" "$KUZYRET_HASH" "$mb" "$bytes" "$html_bytes" "$files" "$html_files" "$provisions" "$word_forms" \
        "$lx_wall" "$lx_cpu" "$lx_rss" "$kp_wall" "$kp_cpu" "$kp_rss" "$f_wall" "$f_cpu" "$f_rss" \
        "$i_wall" "$i_cpu" "$i_rss" "$r_wall" "$r_cpu" "$r_rss" "${read_files:-}" \
        "$(field p50_ms "$latency")" "$(field p99_ms "$latency")" "$(field mean_ms "$latency")" "$(field results "$latency")" \
        "$(field p50_ms "$naive")" "$(field p99_ms "$naive")" "$(field mean_ms "$naive")" "$(field results "$naive")" \
        "$fts_bytes" "$ix_bytes" |
        paste -sd '\t' >>"$TSV"
    say "$mb MB: done ($(($(date +%s) - started)) s since the start)"
done

python3 "$HERE/plot_curves.py" "$TSV" --run "$RUN" --md "$OUT/curves.md" --svg "$HERE/curves.svg"
say "written $OUT/curves.md, $HERE/curves.svg (rows appended to $TSV); $(($(date +%s) - started)) s in all"
cat "$OUT/curves.md"
