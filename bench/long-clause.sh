#!/usr/bin/env bash
# How the cost of reading one provision grows with its length (issue 14: every stage linear).
#
#   bench/long-clause.sh [N]          # N repetitions (default 6000) against 4×N, for each shape
#   KUZYRET_BIN=.build/debug/kuzyret bench/long-clause.sh 1500
#   BENCH_ACTOR=aul-akim KUZYRET_BIN=old/kuzyret bench/long-clause.sh   # a build without rural-tier
#
# Each shape is one clause that repeats a phrase naming actors N times: «аким района и аким
# села», agents of passive verbs with flag phrases, Kazakh coordinated akims, Kazakh conditions
# and consents, English akims. For each, `kuzyret competences --actor rural-tier --from FILE`
# and `kuzyret index` are timed (wall seconds, /usr/bin/time) on N and on 4×N repetitions; a
# linear stage costs about 4× on the longer clause, a quadratic one about 16×. Before the fix
# of issue 14, «аким района и аким села» took 1.2 s at 1,500 and 15.5 s at 6,000 (12.9×).
set -euo pipefail
cd "$(dirname "$0")/.."
n="${1:-6000}"
actor="${BENCH_ACTOR:-rural-tier}"
if [ -z "${KUZYRET_BIN:-}" ]; then swift build -c release --product kuzyret >&2; KUZYRET_BIN="$(swift build -c release --show-bin-path)/kuzyret"; fi
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
python3 - "$work" "$n" <<'PY'
import sys
work, n = sys.argv[1], int(sys.argv[2])
shapes = {
    "rus-akims": ("#### Статья 1. Компетенция акима села\n\n1. ", "аким района и аким села ", "организуют работу.\n"),
    "rus-agents": ("#### Статья 1. Порядок\n\n1. ",
                   "положение утверждается акимом района и согласовывается с маслихатом по представлению акима села ",
                   "в порядке, установленном законодательством.\n"),
    "kaz-akims": ("#### 1-бап. Ауыл әкімінің құзыреті\n\n1. ", "аудан әкімі мен ауыл әкімі ", "жұмысты ұйымдастырады.\n"),
    "kaz-consent": ("#### 1-бап. Ауыл әкімінің құзыреті\n\n1. ",
                    "егер аудан әкімімен келісу бойынша ауыл әкімі жергілікті қоғамдастық жиналысымен ", "келіспесе, шешеді.\n"),
    "eng-akims": ("#### Article 1. Competence of the village akim\n\n1. ", "the district akim and the akim of the village ",
                  "shall organise work.\n"),
}
for name, (head, unit, tail) in shapes.items():
    for count in (n, 4 * n):
        with open(f"{work}/{name}.{count}.md", "w") as out:
            out.write(head + unit * count + tail)
PY
seconds() { /usr/bin/time -f %e "$@" 2>&1 >/dev/null | tail -1; }
printf '| shape | stage | %s | %s | ratio |\n|---|---|---:|---:|---:|\n' "$n" "$((4 * n))"
for file in "$work"/*."$n".md; do
  shape=$(basename "$file" ".$n.md"); long="$work/$shape.$((4 * n)).md"
  a=$(seconds "$KUZYRET_BIN" competences --actor "$actor" --from "$file")
  b=$(seconds "$KUZYRET_BIN" competences --actor "$actor" --from "$long")
  printf '| %s | competences | %s s | %s s | %.1f× |\n' "$shape" "$a" "$b" "$(awk "BEGIN { print $b / $a }")"
  rm -rf "$work/idx"; mkdir -p "$work/idx"; cp "$file" "$work/idx/"
  a=$(seconds "$KUZYRET_BIN" index "$work/idx" --db "$work/short.sqlite")
  rm -rf "$work/idx"; mkdir -p "$work/idx"; cp "$long" "$work/idx/"
  b=$(seconds "$KUZYRET_BIN" index "$work/idx" --db "$work/long.sqlite")
  printf '| %s | index | %s s | %s s | %.1f× |\n' "$shape" "$a" "$b" "$(awk "BEGIN { print $b / $a }")"
done
