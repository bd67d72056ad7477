#!/usr/bin/env python3
"""Vocabulary growth (Heaps' law) of the real statutes and of generated benchmark corpora.

Counts distinct lower-cased word forms V against word tokens n, in reading order, per language:
for the real statutes in ../shared/statutes (read as bench/gen_corpus.py reads them: markup
stripped, a repeated line of another edition left out, files in path order), and for each
corpus directory written by gen_corpus.py (its HTML and Markdown files in generation order, as
manifest.tsv lists them, markup stripped crudely: scripts, tags, entities, front matter, Markdown
marks). A word is a run of letters with inner hyphens (gen_corpus.WORD_RE); numbers are not words.

Fits V = K·n^β to each curve (least squares in log-log over n ≥ 1000; for a long generated
curve also over n ≥ 10^5, past the real statutes' size), prints a Markdown table and draws
bench/vocabulary.svg: log-log axes, one line per language and corpus, the real
statutes' fitted law dashed and extended across the plot.

Usage: vocabulary.py [--statutes DIR] [--svg FILE] [LABEL=]CORPUS_DIR ...
       vocabulary.py /tmp/corpus40 old=/tmp/old40
"""

import argparse
import html
import math
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import gen_corpus  # noqa: E402  (the reading of the real statutes and the word definition)

WORD_RE = gen_corpus.WORD_RE
HERE = os.path.dirname(os.path.abspath(__file__))


class Curve:
    """V(n) of one word stream, sampled at n growing by 10 %."""

    def __init__(self):
        self.seen = set()
        self.n = 0
        self.points = []
        self.mark = 10

    def add(self, words):
        seen, points = self.seen, self.points
        n, mark = self.n, self.mark
        for word in words:
            seen.add(word)
            n += 1
            if n >= mark:
                points.append((n, len(seen)))
                mark = max(mark + 1, int(mark * 1.1))
        self.n, self.mark = n, mark

    def finish(self):
        if self.n and (not self.points or self.points[-1][0] != self.n):
            self.points.append((self.n, len(self.seen)))
        return self


def real_curves(root):
    lines = gen_corpus.read_statutes(root)
    curves = {}
    for lang in gen_corpus.LANGS:
        curve = Curve()
        for _, line in lines[lang]:
            curve.add(WORD_RE.findall(line.lower()))
        curves[lang] = curve.finish()
    return curves


def strip_html(text):
    text = re.sub(r"<(script|style)\b.*?</\1>", " ", text, flags=re.S | re.I)
    text = re.sub(r"<[^>]+>", " ", text)
    return html.unescape(text)


def strip_markdown(text):
    if text.startswith("---\n"):
        end = text.find("\n---", 4)
        text = text[end + 4:] if end >= 0 else text
    text = re.sub(r"<[^>]+>", " ", text)
    return re.sub(r"[#>*\\]", " ", text)


def corpus_files(folder):
    """(path, lang) of a generated corpus, in generation order (manifest.tsv), else sorted."""
    manifest = os.path.join(folder, "manifest.tsv")
    if os.path.exists(manifest):
        with open(manifest, encoding="utf-8") as handle:
            rows = [line.rstrip("\n").split("\t") for line in handle][1:]
        return [(os.path.join(folder, row[0]), row[2]) for row in rows if len(row) >= 3]
    found = []
    for sub, _, files in sorted(os.walk(folder)):
        for name in sorted(files):
            if name.endswith((".html", ".md")):
                path = os.path.join(sub, name)
                lang = next((l for l in gen_corpus.LANGS if l in re.split(r"[/._-]", path)), None)
                if lang:
                    found.append((path, lang))
    return found


def corpus_curves(folder):
    curves = {lang: Curve() for lang in gen_corpus.LANGS}
    files = corpus_files(folder)
    if not files:
        raise SystemExit(f"vocabulary.py: no generated files in {folder}")
    for path, lang in files:
        with open(path, encoding="utf-8", errors="replace") as handle:
            text = handle.read()
        text = strip_html(text) if path.endswith(".html") else strip_markdown(text)
        curves[lang].add(WORD_RE.findall(text.lower()))
    return {lang: curve.finish() for lang, curve in curves.items() if curve.n}


# ---------------------------------------------------------------------------
# SVG
# ---------------------------------------------------------------------------

COLORS = {"rus": "#1f5fa8", "kaz": "#c0392b"}
REAL_STYLE = ("5", "", "0.35")  # (stroke width, dash pattern, opacity): a broad pale band
STYLES = [  # per generated corpus, in the order given
    ("1.6", "", "1"), ("1.6", "1 3", "1"), ("1.6", "8 3 2 3", "1"), ("1.2", "2 2", "0.8")]
FIT_STYLE = ("1", "6 4", "0.9")


def svg(series, fits, path, title):
    """series: [(label, lang, points, style)]; fits: {lang: (K, beta)} drawn dashed."""
    width, height = 900, 540
    left, right, top, bottom = 80, 300, 40, 60
    n_max = max(p[-1][0] for _, _, p, _ in series)
    v_max = max(max(v for _, v in p) for _, _, p, _ in series)
    x0, x1 = 2, math.ceil(math.log10(n_max))
    y0, y1 = 1, math.ceil(math.log10(max(v_max, max(K * (10 ** x1) ** b for K, b in fits.values()))))

    def x(n):
        return left + (math.log10(n) - x0) / (x1 - x0) * (width - left - right)

    def y(v):
        return height - bottom - (math.log10(v) - y0) / (y1 - y0) * (height - top - bottom)

    out = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
           f'viewBox="0 0 {width} {height}" font-family="sans-serif" font-size="12">',
           f'<rect width="{width}" height="{height}" fill="white"/>',
           f'<text x="{left}" y="22" font-size="15">{html.escape(title)}</text>']
    def grid(first, last, place, line, label):
        """Decade grid lines (minor ones fainter) and 10^e labels along one log axis."""
        for e in range(first, last + 1):
            for m in range(1, 10):
                if m * 10 ** e > 10 ** last:
                    break
                out.append(line(place(m * 10 ** e), "ccc" if m == 1 else "eee"))
            out.append(label(place(10 ** e), e))

    grid(x0, x1, x,
         lambda X, shade: f'<line x1="{X:.1f}" y1="{top}" x2="{X:.1f}" y2="{height - bottom}" stroke="#{shade}"/>',
         lambda X, e: f'<text x="{X:.1f}" y="{height - bottom + 18}" text-anchor="middle">10'
                      f'<tspan dy="-6" font-size="9">{e}</tspan></text>')
    grid(y0, y1, y,
         lambda Y, shade: f'<line x1="{left}" y1="{Y:.1f}" x2="{width - right}" y2="{Y:.1f}" stroke="#{shade}"/>',
         lambda Y, e: f'<text x="{left - 8}" y="{Y + 4:.1f}" text-anchor="end">10'
                      f'<tspan dy="-6" font-size="9">{e}</tspan></text>')
    out.append(f'<rect x="{left}" y="{top}" width="{width - left - right}" height="{height - top - bottom}" '
               f'fill="none" stroke="#444"/>')
    out.append(f'<text x="{(left + width - right) / 2}" y="{height - 18}" text-anchor="middle">'
               f'word tokens n (log scale)</text>')
    out.append(f'<text transform="translate(22 {(top + height - bottom) / 2}) rotate(-90)" text-anchor="middle">'
               f'distinct word forms V (log scale)</text>')

    legend = []
    for lang, (K, beta) in fits.items():
        points = [(10 ** (x0 + i * (x1 - x0) / 60),) for i in range(61)]
        d = " ".join(f"{'M' if i == 0 else 'L'}{x(n):.1f},{y(K * n ** beta):.1f}"
                     for i, (n,) in enumerate(points) if y0 <= math.log10(K * n ** beta) <= y1)
        out.append(f'<path d="{d}" fill="none" stroke="{COLORS[lang]}" stroke-width="{FIT_STYLE[0]}" '
                   f'stroke-dasharray="{FIT_STYLE[1]}" opacity="{FIT_STYLE[2]}"/>')
        legend.append((f"real {lang} fitted: V = {K:.2f}·n^{beta:.3f}", lang, FIT_STYLE))
    for label, lang, points, style in series:
        width_, dash, opacity = style
        d = " ".join(f"{'M' if i == 0 else 'L'}{x(n):.1f},{y(v):.1f}"
                     for i, (n, v) in enumerate(p for p in points if p[0] >= 10 ** x0))
        dash_attr = f' stroke-dasharray="{dash}"' if dash else ""
        out.append(f'<path d="{d}" fill="none" stroke="{COLORS[lang]}" stroke-width="{width_}"{dash_attr} '
                   f'opacity="{opacity}"/>')
        legend.insert(len([l for l in legend if " fitted: " not in l[0]]), (label, lang, style))
    lx, ly = width - right + 14, top + 6
    for i, (label, lang, (width_, dash, opacity)) in enumerate(legend):
        Y = ly + i * 20
        dash_attr = f' stroke-dasharray="{dash}"' if dash else ""
        out.append(f'<line x1="{lx}" y1="{Y}" x2="{lx + 26}" y2="{Y}" stroke="{COLORS[lang]}" '
                   f'stroke-width="{width_}"{dash_attr} opacity="{opacity}"/>')
        base, _, power = html.escape(label).partition("^")
        power = f'<tspan dy="-5" font-size="8">{power}</tspan>' if power else ""
        out.append(f'<text x="{lx + 32}" y="{Y + 4}" font-size="11">{base}{power}</text>')
    out.append("</svg>")
    with open(path, "w", encoding="utf-8") as handle:
        handle.write("\n".join(out) + "\n")


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpora", nargs="*", metavar="[LABEL=]DIR", help="gen_corpus.py output directories")
    parser.add_argument("--statutes", default=gen_corpus.DEFAULT_STATUTES, help="the real statutes")
    parser.add_argument("--svg", default=os.path.join(HERE, "vocabulary.svg"), help="SVG to write")
    args = parser.parse_args(argv)

    real = real_curves(args.statutes)
    fits = {lang: gen_corpus.fit_heaps(curve.points) for lang, curve in real.items()}
    rows = [("real statutes", lang, curve, fits[lang]) for lang, curve in real.items()]
    series = [(f"real statutes {lang}", lang, curve.points, REAL_STYLE) for lang, curve in real.items()]
    for i, spec in enumerate(args.corpora):
        label, _, folder = spec.rpartition("=")
        label = label or f"generated {os.path.basename(os.path.normpath(folder))}"
        for lang, curve in corpus_curves(folder).items():
            rows.append((label, lang, curve, gen_corpus.fit_heaps(curve.points)))
            series.append((f"{label} {lang}", lang, curve.points, STYLES[i % len(STYLES)]))

    print("| corpus | lang | tokens n | forms V | K | β | β over n ≥ 10^5 | real law K·n^β at n |")
    print("|---|---|---:|---:|---:|---:|---:|---:|")
    for label, lang, curve, (K, beta) in rows:
        K0, b0 = fits[lang]
        tail = f"{gen_corpus.fit_heaps(curve.points, 10 ** 5)[1]:.3f}" if curve.n >= 3 * 10 ** 5 else "–"
        print(f"| {label} | {lang} | {curve.n:,} | {len(curve.seen):,} | {K:.2f} | {beta:.3f} | {tail} | "
              f"{K0 * curve.n ** b0:,.0f} |")
    svg(series, fits, args.svg, "Vocabulary growth: real statutes and generated corpora")
    print(f"\nwrote {args.svg}", file=sys.stderr)


if __name__ == "__main__":
    main()
