#!/usr/bin/env bash
# bench/index.sh — how fast `kuzyret index` builds and `kuzyret search` answers, against a bare
# libxml2 parse and a raw FTS5 bulk insert of the same provision texts (issue 4).
#
# One command:  bench/index.sh           (BENCH_INDEX_MB=500 by default; about 1 M provisions)
#   1. builds kuzyret in release mode (or uses KUZYRET_BIN) and bench/out/libxml2_baseline;
#   2. generates a rus + kaz statute corpus with bench/gen_corpus.py (HTML and Markdown), kept in
#      bench/out/index-corpus-MB and reused;
#   3. extracts every provision text once (`kuzyret parse --format json`, not timed) and the
#      1,000 queries: words and word pairs drawn by corpus frequency (seeded; bench/out/…/queries.txt);
#   4. times, in this one run: libxml2 over the HTML files; the sqlite3 shell importing the texts
#      into an FTS5 table (unicode61) in one transaction, as the storage baseline; `kuzyret index`
#      from scratch (wall, CPU, peak RSS); `kuzyret index` again (nothing changed);
#      `kuzyret search --batch` over the queries (p50, p99), and the same queries as naive FTS5
#      searches (bm25 over every match, python3's sqlite3) on the baseline table;
#   5. prints the table and writes it to bench/out/index-results.md.
# The shared parts (binary, baseline, extraction, timing, naive search) are in bench/lib.sh.
set -euo pipefail
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$HERE/.." && pwd)
# shellcheck source=bench/lib.sh
. "$HERE/lib.sh"
MB=${BENCH_INDEX_MB:-500}
SEED=${BENCH_SEED:-1}
OUT="$HERE/out/index-corpus-$MB"

bench_kuzyret "$ROOT"
bench_baseline "$HERE/out"

if [ ! -f "$OUT/manifest.tsv" ]; then
    say "generating $MB MB corpus in $OUT"
    python3 "$HERE/gen_corpus.py" --out "$OUT" --mb "$MB" --seed "$SEED" --force --quiet >&2
fi
bytes=$(find "$OUT/html" "$OUT/md" -type f -printf '%s\n' | awk '{ s += $1 } END { print s }')
html_bytes=$(find "$OUT/html" -type f -printf '%s\n' | awk '{ s += $1 } END { print s }')

if [ ! -f "$OUT/texts.csv" ]; then
    say "extracting provision texts and queries (not timed)"
    extract_texts "$KUZYRET" "$OUT" "$SEED"
fi
provisions=$(python3 -c 'import csv,sys; csv.field_size_limit(1 << 30); print(sum(1 for _ in csv.reader(open(sys.argv[1]))))' "$OUT/texts.csv")

say "libxml2 over the HTML files"
timed "$OUT/t.libxml2" sh -c "find '$OUT/html' -type f | sort | xargs '$BASELINE'"
say "sqlite3: FTS5 (unicode61) bulk insert of the same texts"
rm -f "$OUT/fts5.sqlite"
timed "$OUT/t.fts5" sqlite3 "$OUT/fts5.sqlite" "CREATE VIRTUAL TABLE t USING fts5(text, tokenize='unicode61');" ".mode csv" ".import '$OUT/texts.csv' t"
say "kuzyret index (from scratch)"
rm -f "$OUT/kuzyret.sqlite" "$OUT/kuzyret.sqlite.building"
timed "$OUT/t.index" "$KUZYRET" index "$OUT/html" "$OUT/md" --index "$OUT/kuzyret.sqlite"
say "kuzyret index (again, nothing changed)"
timed "$OUT/t.reindex" "$KUZYRET" index "$OUT/html" "$OUT/md" --index "$OUT/kuzyret.sqlite"
say "kuzyret search: $(wc -l <"$OUT/queries.txt") queries"
latency=$("$KUZYRET" search --batch "$OUT/queries.txt" --index "$OUT/kuzyret.sqlite")
say "naive FTS5 search over the baseline table: bm25 over every match (ORDER BY rank LIMIT 20)"
naive=$(naive_search "$OUT/fts5.sqlite" "$OUT/queries.txt")

mbps() { awk -v b="$1" -v s="$2" 'BEGIN { printf "%.1f", (s > 0 ? b / 1e6 / s : 0) }'; }
read -r lx_wall lx_rss lx_cpu <"$OUT/t.libxml2"
read -r f_wall f_rss f_cpu <"$OUT/t.fts5"
read -r i_wall i_rss i_cpu <"$OUT/t.index"
read -r r_wall r_rss r_cpu <"$OUT/t.reindex"
{
    echo "# kuzyret index benchmark ($(date -u +%Y-%m-%d), $(nproc) cores)"
    echo
    echo "Corpus: bench/gen_corpus.py --mb $MB --seed $SEED: $(awk -v b="$bytes" 'BEGIN { printf "%.0f", b / 1e6 }') MB, $provisions provision texts (HTML $(awk -v b="$html_bytes" 'BEGIN { printf "%.0f", b / 1e6 }') MB)."
    echo
    echo "| measurement | wall s | MB/s | CPU s | peak RSS MB |"
    echo "|---|---:|---:|---:|---:|"
    echo "| libxml2 parse, HTML only | $lx_wall | $(mbps "$html_bytes" "$lx_wall") | $lx_cpu | $((lx_rss / 1024)) |"
    echo "| sqlite3 FTS5 unicode61 bulk insert of the texts (storage baseline) | $f_wall | $(mbps "$bytes" "$f_wall") | $f_cpu | $((f_rss / 1024)) |"
    echo "| kuzyret index, from scratch | $i_wall | $(mbps "$bytes" "$i_wall") | $i_cpu | $((i_rss / 1024)) |"
    echo "| kuzyret index, again (unchanged) | $r_wall | | $r_cpu | $((r_rss / 1024)) |"
    echo
    echo "Index build / FTS5 baseline (MB/s ratio): $(awk -v a="$f_wall" -v b="$i_wall" 'BEGIN { printf "%.2f", a / b }'). Re-index / first build (time): $(awk -v a="$r_wall" -v b="$i_wall" 'BEGIN { printf "%.3f", a / b }')."
    echo
    echo "Search (kuzyret, rus + kaz tables, champion lists): $latency"
    echo
    echo "Search baseline (naive FTS5 bm25, unicode61 table, same queries): $naive"
} | tee "$HERE/out/index-results.md"
