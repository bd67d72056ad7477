#!/usr/bin/env bash
# The web interface under load (issue 15): `kuzyret serve` (release build) over the index of the
# real statutes, loaded by wrk from Debian on loopback, each URL for a bounded time.
#
#   bench/serve.sh                 # 10 s per URL, 8 connections, 2 wrk threads
#   BENCH_SECONDS=5 BENCH_CONNECTIONS=16 bench/serve.sh
#   KUZYRET_BIN=.build/debug/kuzyret bench/serve.sh
#
# Measured in the same run: the search page, a provision page, /api/search, and the stylesheet
# (a static file served by the same server: the baseline of what the server itself costs). Each
# line gives requests/s, p50 and p99 latency, errors, and the ratio of its requests/s to the
# stylesheet's. Targets (issue 15): search page p99 ≤ 50 ms at 8 connections; a provision page
# ≥ 1,000 requests/s on 2 cores. The server and wrk share the machine's cores.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${BENCH_SECONDS:-10}"
connections="${BENCH_CONNECTIONS:-8}"
statutes="${KUZYRET_SHARED_STATUTES:-../shared/statutes}"
if ! command -v wrk >/dev/null; then
  echo "bench/serve.sh: installing wrk (Debian package)" >&2
  sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq wrk >&2 || { $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq wrk >&2; }
fi
[ -d "$statutes" ] || { echo "bench/serve.sh: no statutes at $statutes" >&2; exit 1; }
if [ -z "${KUZYRET_BIN:-}" ]; then swift build -c release --product kuzyret >&2; KUZYRET_BIN="$(swift build -c release --show-bin-path)/kuzyret"; fi

work=$(mktemp -d)
server=""
cleanup() { [ -n "$server" ] && kill "$server" 2>/dev/null; wait 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT
"$KUZYRET_BIN" index "$statutes" --db "$work/index.sqlite" --catalog Statutes/catalog.json >&2
"$KUZYRET_BIN" serve --db "$work/index.sqlite" --port 0 2> "$work/serve.log" &
server=$!
for _ in $(seq 100); do grep -q "serves .* at http" "$work/serve.log" && break; sleep 0.1; done
base=$(grep -o 'http://[^ ]*/' "$work/serve.log" | head -1)
[ -n "$base" ] || { echo "bench/serve.sh: the server did not start:" >&2; cat "$work/serve.log" >&2; exit 1; }

# wrk prints its latency distribution with --latency; the Lua script adds errors as a line.
cat > "$work/report.lua" <<'LUA'
done = function(summary, latency, requests)
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.status + summary.errors.timeout
  io.write(string.format("RESULT %.1f %.2f %.2f %d %d\n", summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, errors, summary.requests))
end
LUA
declare -A urls=(
  [static]="static/kuzyret.css"
  [search-page]="search?q=%D0%BF%D0%BE%D0%B3%D1%80%D0%B5%D0%B1%D0%B5%D0%BD%D0%B8%D0%B5%20%D0%B1%D0%B5%D0%B7%D1%80%D0%BE%D0%B4%D0%BD%D1%8B%D1%85"
  [search-page-frequent]="search?q=%D0%B0%D0%BA%D0%B8%D0%BC"
  [provision-page]="act/Z010000148_/rus/art_35__para_1__point_21"
  [api-search]="api/search?q=%D0%BF%D0%BE%D0%B3%D1%80%D0%B5%D0%B1%D0%B5%D0%BD%D0%B8%D0%B5%20%D0%B1%D0%B5%D0%B7%D1%80%D0%BE%D0%B4%D0%BD%D1%8B%D1%85"
  [actor-page]="actor/aul-akim"
  [history-svg]="actor/rural-tier/history"
)
order=(static search-page search-page-frequent provision-page api-search actor-page history-svg)
echo "kuzyret serve at $base; wrk ${seconds}s per URL, $connections connections, 2 threads; $(nproc) cores" >&2
printf '| URL | requests/s | p50 ms | p99 ms | errors | requests | ÷ static |\n|---|---:|---:|---:|---:|---:|---:|\n'
static_rate=""
for name in "${order[@]}"; do
  curl -sf -o /dev/null "$base${urls[$name]}" || { echo "bench/serve.sh: $name answers an error" >&2; exit 1; }
  line=$(wrk -t2 -c"$connections" -d"${seconds}s" --timeout 5s -s "$work/report.lua" "$base${urls[$name]}" | grep '^RESULT')
  read -r _ rate p50 p99 errors requests <<< "$line"
  [ -z "$static_rate" ] && static_rate=$rate
  ratio=$(python3 -c "print(f'{$rate / $static_rate:.2f}')")
  printf '| %s | %s | %s | %s | %s | %s | %s |\n' "$name" "$rate" "$p50" "$p99" "$errors" "$requests" "$ratio"
done
echo "requests logged: $(grep -c ' ms$' "$work/serve.log")" >&2
