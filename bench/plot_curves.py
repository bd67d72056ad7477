#!/usr/bin/env python3
"""Cost curves of bench/curves.sh (issue 17): a Markdown table and an SVG chart from curves.tsv.

    bench/plot_curves.py bench/out/curves.tsv [--run RUN | --latest] [--md OUT.md] [--svg OUT.svg]

Rows: those of one run (--run, default the run of the file's last row), or with --latest the
newest row of each size whatever its run (runs of different builds then share a chart; the table
names each row's run). The table goes to --md (and stdout without --md); the chart, four small
multiples against corpus size on a log axis, to --svg: index build time (kuzyret wall and CPU,
the FTS5 insert, the one-act re-index), parse time (kuzyret and libxml2), peak RSS, search
latency (kuzyret and naive FTS5, p50 and p99). The SVG is written by hand (no matplotlib), 900
px wide.
"""
import argparse
import csv
import math
import sys
from xml.sax.saxutils import escape

# --------------------------------------------------------------------------------------------
# Rows


def load(path, run, latest):
    with open(path, newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t"))
    if not rows:
        sys.exit("plot_curves: %s has no rows" % path)
    if latest:
        newest = {}
        for row in rows:
            newest[row["mb"]] = row  # later rows replace earlier ones
        chosen = list(newest.values())
    else:
        run = run or rows[-1]["run"]
        chosen = [row for row in rows if row["run"] == run]
        if not chosen:
            sys.exit("plot_curves: no rows of run %s in %s" % (run, path))
    for row in chosen:
        for key, value in row.items():
            if key not in ("run", "commit", "kuzyret"):
                row[key] = float(value) if value not in ("", None) else math.nan
    return sorted(chosen, key=lambda row: row["bytes"])


def ratio(a, b):
    return a / b if b and b > 0 else math.nan


def fmt(value, digits=2):
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "–"
    return "{:,.{d}f}".format(value, d=digits)


def table(rows):
    lines = []
    runs = sorted({(row["run"], row["commit"], row["kuzyret"]) for row in rows})
    for run, commit, binary in runs:
        lines.append("Run %s, commit %s, kuzyret sha256 %s." % (run, commit, binary))
    lines.append("")
    lines.append(
        "| MB | files | provision texts | word forms "
        "| parse: libxml2 CPU s | parse: kuzyret CPU s | parse CPU ratio "
        "| index: FTS5 CPU s / wall s | index: kuzyret CPU s / wall s | index CPU ratio | index wall ratio | index peak RSS MB "
        "| re-index one act s | search p50 / p99 ms | naive FTS5 p50 / p99 ms |"
    )
    lines.append("|" + "---:|" * 4 + "---:|" * 3 + "---:|" * 5 + "---:|" * 3)
    for r in rows:
        mb = r["bytes"] / 1e6
        lines.append(
            "| %s | %s | %s | %s | %s | %s | %s× | %s / %s | %s / %s | %s× | %s× | %s | %s | %s / %s | %s / %s |"
            % (
                fmt(mb, 1 if mb < 10 else 0),
                fmt(r["files"], 0),
                fmt(r["provisions"], 0),
                fmt(r["word_forms"], 0),
                fmt(r["lx_cpu"]),
                fmt(r["kp_cpu"]),
                fmt(ratio(r["kp_cpu"], r["lx_cpu"])),
                fmt(r["fts_cpu"]),
                fmt(r["fts_wall"]),
                fmt(r["ix_cpu"]),
                fmt(r["ix_wall"]),
                fmt(ratio(r["fts_cpu"], r["ix_cpu"])),
                fmt(ratio(r["fts_wall"], r["ix_wall"])),
                fmt(r["ix_rss_kb"] / 1024, 0),
                fmt(r["rx_wall"]),
                fmt(r["s_p50"]),
                fmt(r["s_p99"]),
                fmt(r["n_p50"]),
                fmt(r["n_p99"]),
            )
        )
    lines.append("")
    lines.append(
        "MB = 10^6 bytes of HTML and Markdown. Parse: the HTML files only, libxml2 DOM parse "
        "(`bench/libxml2_baseline.c`) against `kuzyret parse --format json`; ratio = kuzyret CPU / libxml2 CPU "
        "(the cost of everything above the parser). Index: the sqlite3 shell importing every provision text into "
        "an FTS5 unicode61 table in one transaction (the storage baseline) against `kuzyret index` from scratch; "
        "the ratios are throughputs, FTS5 time / kuzyret time (1 = as fast as the bare insert). Re-index: wall "
        "time of `kuzyret index` after one Markdown act gained a point. Search: 1,000 queries (700 words, 300 "
        "phrases), `kuzyret search --batch` against naive FTS5 (bm25 over every match, ORDER BY rank LIMIT 20) "
        "on the baseline table. Word forms: distinct lower-cased `\\w+` tokens, digits left out."
    )
    return "\n".join(lines) + "\n"


# --------------------------------------------------------------------------------------------
# SVG

WIDTH = 900
PANEL_W, PANEL_H = 450, 352
TOP = 58
PLOT_L, PLOT_R, PLOT_T, PLOT_H = 66, 18, 34, 214  # inside a panel
BLUE, LIGHTBLUE, ORANGE, GREEN, PURPLE, BROWN, GREY = (
    "#1f5fbf", "#6a9be0", "#d9730d", "#2e8b57", "#7b3fb0", "#8a6d3b", "#9a9a9a")


def nice_number(value):
    if value >= 100:
        return "{:,.0f}".format(value)
    if value >= 1:
        return "%g" % round(value, 2)
    return "%g" % float("%.2g" % value)


def log_ticks(lo, hi):
    """1-2-5 ticks between lo and hi (thinned to powers of ten over wide ranges)."""
    ticks = []
    for k in range(math.floor(math.log10(lo)) - 1, math.ceil(math.log10(hi)) + 1):
        for m in (1, 2, 5):
            t = m * 10 ** k
            if lo * 0.999 <= t <= hi * 1.001:
                ticks.append(t)
    if len(ticks) > 8:
        ticks = [t for t in ticks if abs(math.log10(t) - round(math.log10(t))) < 1e-9]
    return ticks


def linear_ticks(hi):
    step = 10 ** math.floor(math.log10(hi / 4)) if hi > 0 else 1
    for m in (1, 2, 2.5, 5, 10):
        if hi / (m * step) <= 5:
            step *= m
            break
    top = math.ceil(hi / step) * step
    return [i * step for i in range(int(round(top / step)) + 1)], top


class Panel:
    def __init__(self, out, x, y, title, ylabel, xs, series, ylog=True, reference=None):
        self.out, self.x, self.y = out, x, y
        self.title, self.ylabel, self.xs, self.series = title, ylabel, xs, series
        self.ylog, self.reference = ylog, reference

    def draw(self):
        out, x0, y0 = self.out, self.x, self.y
        left, top = x0 + PLOT_L, y0 + PLOT_T
        width = PANEL_W - PLOT_L - PLOT_R
        values = [v for s in self.series for v in s["ys"] if v is not None and not math.isnan(v) and v > (0 if self.ylog else -1)]
        xs = self.xs
        # x: log, padded a little on each side (a single size gets a factor of 2 either way)
        xlo, xhi = min(xs), max(xs)
        if xhi / xlo < 1.01:
            xlo, xhi = xlo / 2, xhi * 2
        pad = (math.log10(xhi) - math.log10(xlo)) * 0.07
        lxlo, lxhi = math.log10(xlo) - pad, math.log10(xhi) + pad
        sx = lambda v: left + (math.log10(v) - lxlo) / (lxhi - lxlo) * width
        # y
        if self.ylog:
            positive = [v for v in values if v > 0] or [1]
            ylo, yhi = min(positive), max(positive)
            ylo, yhi = 10 ** math.floor(math.log10(ylo) + 1e-9), yhi
            if yhi / ylo < 10:
                yhi = ylo * 10
            yticks = log_ticks(ylo, yhi)
            ytop = max(yhi, yticks[-1]) * 1.3
            lylo, lyhi = math.log10(ylo), math.log10(ytop)
            sy = lambda v: top + PLOT_H - (math.log10(v) - lylo) / (lyhi - lylo) * PLOT_H
        else:
            yticks, ytop = linear_ticks(max(values) if values else 1)
            sy = lambda v: top + PLOT_H - v / ytop * PLOT_H

        out.append('<text x="%d" y="%d" class="title">%s</text>' % (x0 + 12, y0 + 20, escape(self.title)))
        out.append('<rect x="%.1f" y="%.1f" width="%.1f" height="%.1f" class="frame"/>' % (left, top, width, PLOT_H))
        for t in yticks:
            y = sy(t)
            out.append('<line x1="%.1f" y1="%.1f" x2="%.1f" y2="%.1f" class="grid"/>' % (left, y, left + width, y))
            out.append('<text x="%.1f" y="%.1f" class="tick" text-anchor="end">%s</text>' % (left - 5, y + 4, nice_number(t)))
        for t in log_ticks(10 ** lxlo, 10 ** lxhi):
            xx = sx(t)
            out.append('<line x1="%.1f" y1="%.1f" x2="%.1f" y2="%.1f" class="grid"/>' % (xx, top, xx, top + PLOT_H))
            out.append('<text x="%.1f" y="%.1f" class="tick" text-anchor="middle">%s</text>' % (xx, top + PLOT_H + 15, nice_number(t)))
        out.append('<text x="%.1f" y="%.1f" class="axis" text-anchor="middle">corpus size, MB (log scale)</text>' % (left + width / 2, top + PLOT_H + 32))
        cy = top + PLOT_H / 2
        out.append('<text x="%.1f" y="%.1f" class="axis" text-anchor="middle" transform="rotate(-90 %.1f %.1f)">%s</text>'
                   % (x0 + 16, cy, x0 + 16, cy, escape(self.ylabel + (" (log scale)" if self.ylog else ""))))

        series = list(self.series)
        if self.reference is not None and self.ylog:
            # ∝ corpus size through the reference series' first point
            base = next((s for s in series if s["label"] == self.reference), None)
            if base and base["ys"] and base["ys"][0] and not math.isnan(base["ys"][0]):
                x1, y1 = xs[0], base["ys"][0]
                x2 = 10 ** lxhi
                y2 = y1 * x2 / x1
                x1b = 10 ** lxlo
                y1b = y1 * x1b / x1
                clip = "clip%d%d" % (x0, y0)
                out.append('<clipPath id="%s"><rect x="%.1f" y="%.1f" width="%.1f" height="%.1f"/></clipPath>' % (clip, left, top, width, PLOT_H))
                out.append('<line x1="%.1f" y1="%.1f" x2="%.1f" y2="%.1f" stroke="%s" stroke-width="1.2" stroke-dasharray="1.5 3" clip-path="url(#%s)"/>'
                           % (sx(x1b), sy(y1b), sx(x2), sy(y2), GREY, clip))
                series.append({"label": "∝ corpus size (slope 1)", "color": GREY, "dash": "1.5 3", "marker": None, "ys": []})
        for s in self.series:
            points = [(sx(xv), sy(yv)) for xv, yv in zip(xs, s["ys"]) if yv is not None and not math.isnan(yv) and (yv > 0 or not self.ylog)]
            if len(points) > 1:
                out.append('<polyline points="%s" fill="none" stroke="%s" stroke-width="2"%s/>'
                           % (" ".join("%.1f,%.1f" % p for p in points), s["color"], ' stroke-dasharray="%s"' % s["dash"] if s["dash"] else ""))
            for px, py in points:
                out.append(marker(s, px, py))
        # legend, two columns under the plot
        ly = top + PLOT_H + 50
        for i, s in enumerate(series):
            lx = x0 + 20 + (i % 2) * 215
            yy = ly + (i // 2) * 17
            out.append('<line x1="%d" y1="%.1f" x2="%d" y2="%.1f" stroke="%s" stroke-width="2"%s/>'
                       % (lx, yy - 4, lx + 24, yy - 4, s["color"], ' stroke-dasharray="%s"' % s["dash"] if s["dash"] else ""))
            if s["marker"]:
                out.append(marker(s, lx + 12, yy - 4))
            out.append('<text x="%d" y="%.1f" class="legend">%s</text>' % (lx + 30, yy, escape(s["label"])))


def marker(series, x, y):
    if series["marker"] == "square":
        return '<rect x="%.1f" y="%.1f" width="7" height="7" fill="%s"/>' % (x - 3.5, y - 3.5, series["color"])
    if series["marker"] == "open":
        return '<circle cx="%.1f" cy="%.1f" r="3.6" fill="white" stroke="%s" stroke-width="1.6"/>' % (x, y, series["color"])
    return '<circle cx="%.1f" cy="%.1f" r="3.6" fill="%s"/>' % (x, y, series["color"])


def svg(rows):
    xs = [r["bytes"] / 1e6 for r in rows]
    col = lambda key, scale=1.0: [r[key] * scale for r in rows]
    S = lambda label, key, color, dash=None, mark="dot", scale=1.0: {
        "label": label, "ys": col(key, scale), "color": color, "dash": dash, "marker": mark}
    panels = [
        ("Index build from scratch; re-index", "seconds", [
            S("kuzyret index, wall", "ix_wall", BLUE),
            S("kuzyret index, CPU", "ix_cpu", BLUE, "6 4", "open"),
            S("FTS5 insert, wall", "fts_wall", ORANGE, None, "square"),
            S("FTS5 insert, CPU", "fts_cpu", ORANGE, "6 4", "square"),
            S("re-index after one act, wall", "rx_wall", GREEN),
        ], True, "kuzyret index, wall"),
        ("Parse of the HTML files", "seconds", [
            S("kuzyret parse, wall", "kp_wall", BLUE),
            S("kuzyret parse, CPU", "kp_cpu", BLUE, "6 4", "open"),
            S("libxml2 DOM parse, wall", "lx_wall", ORANGE, None, "square"),
            S("libxml2 DOM parse, CPU", "lx_cpu", ORANGE, "6 4", "square"),
        ], True, "kuzyret parse, wall"),
        ("Peak memory", "peak RSS, MB", [
            S("kuzyret index", "ix_rss_kb", BLUE, scale=1 / 1024),
            S("kuzyret parse", "kp_rss_kb", PURPLE, scale=1 / 1024),
            S("sqlite3 FTS5 insert", "fts_rss_kb", ORANGE, None, "square", 1 / 1024),
            S("libxml2 DOM parse", "lx_rss_kb", BROWN, None, "square", 1 / 1024),
        ], False, None),
        ("Search latency, 1,000 queries", "ms per query", [
            S("kuzyret search, p50", "s_p50", BLUE),
            S("kuzyret search, p99", "s_p99", BLUE, "6 4", "open"),
            S("naive FTS5 bm25, p50", "n_p50", ORANGE, None, "square"),
            S("naive FTS5 bm25, p99", "n_p99", ORANGE, "6 4", "square"),
        ], True, None),
    ]
    height = TOP + 2 * PANEL_H + 26
    out = [
        '<svg xmlns="http://www.w3.org/2000/svg" width="%d" height="%d" viewBox="0 0 %d %d" font-family="DejaVu Sans, Helvetica, Arial, sans-serif">' % (WIDTH, height, WIDTH, height),
        "<style>.title{font-size:15px;font-weight:bold;fill:#222}.axis{font-size:12px;fill:#333}.tick{font-size:11px;fill:#555}"
        ".legend{font-size:11.5px;fill:#222}.grid{stroke:#e3e3e3;stroke-width:1}.frame{fill:none;stroke:#999;stroke-width:1}"
        ".head{font-size:17px;font-weight:bold;fill:#111}.note{font-size:11px;fill:#555}</style>",
        '<rect width="100%" height="100%" fill="white"/>',
        '<text x="12" y="26" class="head">Kuzyret cost curves against corpus size (bench/curves.sh, issue 17)</text>',
    ]
    runs = sorted({(r["run"], r["commit"]) for r in rows})
    out.append('<text x="12" y="45" class="note">%s</text>' % escape(
        "; ".join("run %s, commit %s" % run for run in runs)
        + "; sizes " + ", ".join(nice_number(x) for x in xs) + " MB; baselines in orange"))
    for i, (title, ylabel, series, ylog, reference) in enumerate(panels):
        Panel(out, (i % 2) * PANEL_W, TOP + (i // 2) * PANEL_H, title, ylabel, xs, series, ylog, reference).draw()
    out.append('<text x="12" y="%d" class="note">%s</text>' % (height - 24, escape(
        "Wall and CPU (user + system) seconds and peak RSS from /usr/bin/time. Index baseline: the sqlite3 shell inserting")))
    out.append('<text x="12" y="%d" class="note">%s</text>' % (height - 10, escape(
        "the same provision texts into an FTS5 unicode61 table, one transaction. Figures: bench/out/curves.md.")))
    out.append("</svg>")
    return "\n".join(out) + "\n"


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("tsv")
    parser.add_argument("--run", help="rows of this run (default: the run of the last row)")
    parser.add_argument("--latest", action="store_true", help="the newest row of each size, whatever its run")
    parser.add_argument("--md", help="write the Markdown table here (default: stdout)")
    parser.add_argument("--svg", help="write the SVG chart here")
    args = parser.parse_args()
    rows = load(args.tsv, args.run, args.latest)
    text = "# Kuzyret cost curves (bench/curves.sh)\n\n" + table(rows)
    if args.md:
        with open(args.md, "w", encoding="utf-8") as handle:
            handle.write(text)
    else:
        sys.stdout.write(text)
    if args.svg:
        with open(args.svg, "w", encoding="utf-8") as handle:
            handle.write(svg(rows))


if __name__ == "__main__":
    main()
