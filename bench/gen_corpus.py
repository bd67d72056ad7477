#!/usr/bin/env python3
"""Kuzyret benchmark corpus: synthetic Kazakh statutes, deterministic from a seed.

Writes statute-like files whose *structure* follows the real texts Kuzyret reads (the
kazakhstan-law/codes Markdown and the adilet.zan.kz HTML in ../shared/statutes), and whose *words*
are fitted, each time the script runs, to the real statutes in that folder: they are read there
(`--statutes DIR` for another copy) and no statute text is kept in this repository.

Words of the provisions (sections "Language model", "Morphology", "Vocabulary growth" below):

- A word trigram chain per language, interpolated with bigrams (Witten-Bell), fitted on the
  provisions of the real files: paragraphs cut into sentences, lead-ins ending with «:», points,
  definitions of an article «Основные понятия» / «… ұғымдар», article titles. Markup, front
  matter, footnotes, status lines («исключен …», «алып тасталды …») and chapter headings are
  left out of it, and a line that another edition already had is read once. Sentences of
  paragraphs, lead-ins, points (lower-case start, no final mark), definitions («term – …», the
  term a real one) and article titles each start from their own real first words and then share
  one table. So word frequencies and local word order are the real ones: actors («аким»,
  «акимат», «маслихат», «әкімі», «мәслихат»), modal words («вправе», «должны», «құқылы», «тиіс»)
  and duty verbs («обеспечивает», «қамтамасыз етеді») come at about their real rates (1.0-1.7
  times, mostly above: points, which start with a verb, are two thirds of the generated
  provisions' words against a half in the real ones). Lengths follow the real ones per kind
  (capped at 60 tokens, titles at 30); brackets and quotes close. It is Markov text: right word
  by word, meaningless over a sentence. The Russian chain also learns from the two technical
  regulations in markup-samples/ (electrical installations), a quarter of the Russian words read.
- Vocabulary growth: the chain alone knows only the real forms (about 8,400 Russian and 4,200
  Kazakh), while a corpus of many laws keeps meeting new ones. The real statutes follow Heaps'
  law V = K·n^β (V distinct lower-cased word forms after n word tokens, in file order; fitted at
  start-up, about 3.8·n^0.68 Russian and 2.6·n^0.72 Kazakh), and so does the corpus, counted
  over everything written, per language, in generation order: whenever V is below K·n^β, a
  replaceable word of the chain (a lower-case form with a stem and a paradigm, not among the
  300 most frequent forms nor the words of actors, places, modality and references) is written
  as a new form: another real ending of a coined stem, or a new stem, a real one with one to
  three letters changed within their class or with another real stem's first syllable, given
  the chain word's ending (endings and paradigms are learned from the real forms). Coined forms
  recur as in Simon's model (a replaceable word becomes an earlier coined form with its ending
  with probability coined uses / replaceable words so far, at most 1/2, chosen by past uses), so their
  frequencies are Zipf-like. At 40 MB the corpus has about 44,000 Russian and 60,000 Kazakh
  forms (the hand-written vocabulary this generator had before gave about 420 and 400), and
  about one word in eight is a coined form. bench/vocabulary.py draws the curves.
- Walks of the chain are kept in pools (POOL_SIZE per kind of unit); once a pool is full, a
  quarter of the units are new walks and the rest pooled ones, each written with its
  replaceable words drawn anew. A walk is thus written about four times.
- Footnotes, amendment references, statuses, chapter titles, act titles, the preamble's first
  words and the signature still come from the small hand-written lists below.

Layout of DIR (half of the files in each format, alternating Russian and Kazakh):

  DIR/html/<ACTID>.<lang>.html   an adilet.zan.kz-like page: page chrome, <h1> title, status badge,
                                 tab links (/rus/docs/<ACTID>, "Версия из ЭКБ"), and the text in
                                 <div class="container_gamma text text_upd"><div class="gs_12">
                                 <article> … </article> — the real pages' nesting; Kuzyret's HTML
                                 reader takes only <article> blocks as statute text. One <p id="zN">
                                 per block with the &nbsp; indent, chapters as <h3>, articles as
                                 <p><b>Статья 12-1. …</b></p>, footnotes as adilet writes them:
                                 <span class="note">Сноска. … от 01.02.2020 </span><a href=…>№ 10-VI</a>
                                 <span class="note"> (…).</span><br> (and sometimes <p class="note">).
  DIR/md/<ACTID>/<lang>.md       kazakhstan-law/codes Markdown: front matter
                                 `source: https://zan.gov.kz/client/#!/doc/<code>/<lang>/<DD.MM.YYYY>`,
                                 `# Title`, `> *Сноска. …*`, `## Глава 3.`, `<a id="st12-1"></a>`,
                                 `### Статья 12-1. …`, `1\\)` escapes, italic repealed points. The
                                 act folder is named by the adilet id, as in /work/shared/statutes,
                                 so Kuzyret takes the act id from it (the ЭКБ code is not in any
                                 catalog) and prints no warning.
  DIR/manifest.tsv               path, format, lang, bytes, articles — one line per file.

Inside: sections/chapters/paragraphs (codes), articles «Статья 12-1.» / «12-1-бап.», numbered
paragraphs «1.», «2-1.», sub-points «4)», «4-1)», repealed ranges «3)-6) исключены Законом РК
от …;» / «3)-6) алып тасталды - ҚР … Заңымен;», pending placeholders «вводится в действие с
01.01.2027 …» / «01.01.2027 бастап қолданысқа енгізіледі …», footnotes naming the article,
paragraph or sub-point they concern, population conditions («Сноска. Подпункт 4) исключен с
01.01.2018 для … с численностью населения более двух тысяч человек …» and the Kazakh twin), and
«Глава 3 дополнена статьей 38-1 …» with two population bands.

File sizes are log-uniform in 0.2–3 MB (1 MB = 10^6 bytes); the corpus stops once TOTAL_MB is
reached. The same --mb, --seed and statutes give byte-identical files. Speed, one core of the
2-core benchmark machine while a build ran on it: 40 MB in 12-16 s (about 1.5 s of it reading
the statutes and fitting), about 4 MB/s once the pools are full (past some 20 MB): 1 GB in
about 4-5 minutes.

Usage: gen_corpus.py --out DIR [--mb 300] [--seed 1] [--force] [--quiet] [--statutes DIR]
"""

import argparse
import array
import bisect
import html
import math
import os
import random
import re
import shutil
import sys
import time

MB = 1_000_000
MIN_FILE = 0.2 * MB
MAX_FILE = 3.0 * MB

# ---------------------------------------------------------------------------
# Hand-written wording of the structure (footnotes, act and chapter titles, signatures); the
# provisions' words come from the language model below.
# ---------------------------------------------------------------------------

RU_HEAD_GENITIVES = [
    "акима района", "местного исполнительного органа области", "маслихата города республиканского значения",
    "уполномоченного органа", "ревизионной комиссии", "аппарата акима", "государственной инспекции",
    "участников бюджетного процесса", "органов местного самоуправления", "сельского округа",
    "акима города районного значения, поселка, села", "постоянных комиссий маслихата", "собрания местного сообщества",
]
RU_TOPICS = [
    "ветеринарии", "жилищных отношениях", "гражданской защите", "энергосбережении и повышении энергоэффективности",
    "автомобильных дорогах", "государственном имуществе", "местном государственном управлении и самоуправлении",
    "благоустройстве территорий", "пастбищах", "воинской службе и статусе военнослужащих", "архитектурной деятельности",
    "социальной защите лиц с инвалидностью", "государственных услугах", "лесном хозяйстве", "туристской деятельности",
]
RU_CODES = [
    "Бюджетный кодекс Республики Казахстан", "Земельный кодекс Республики Казахстан",
    "Кодекс Республики Казахстан об административных правонарушениях", "Экологический кодекс Республики Казахстан",
    "Водный кодекс Республики Казахстан", "Предпринимательский кодекс Республики Казахстан",
]
RU_CHAPTERS = [
    "ОБЩИЕ ПОЛОЖЕНИЯ", "Компетенция местных исполнительных органов", "Организация деятельности маслихатов",
    "Бюджетный процесс на местном уровне", "Государственный контроль", "Заключительные положения",
    "Коммунальное имущество", "Местное самоуправление", "Права и обязанности участников",
    "Порядок рассмотрения обращений", "Финансовое обеспечение", "Ответственность за нарушение законодательства",
]
RU_SIGNATURE = "Президент Республики Казахстан"

KZ_HEAD_GENITIVES = [
    "Аудан әкімінің", "Облыстың жергілікті атқарушы органының", "Республикалық маңызы бар қала мәслихатының",
    "Уәкілетті органның", "Тексеру комиссиясының", "Әкім аппаратының", "Мемлекеттік инспекцияның",
    "Бюджет процесі қатысушыларының", "Жергілікті өзін-өзі басқару органдарының", "Ауылдық округтің",
    "Аудандық маңызы бар қала, кент, ауыл әкімінің", "Мәслихаттың тұрақты комиссияларының", "Жергілікті қоғамдастық жиналысының",
]
KZ_TOPICS = [
    "Ветеринария туралы", "Тұрғын үй қатынастары туралы", "Азаматтық қорғау туралы",
    "Энергия үнемдеу және энергия тиімділігін арттыру туралы", "Автомобиль жолдары туралы", "Мемлекеттік мүлік туралы",
    "Қазақстан Республикасындағы жергілікті мемлекеттік басқару және өзін-өзі басқару туралы",
    "Аумақтарды абаттандыру туралы", "Жайылымдар туралы", "Әскери қызмет және әскери қызметшілердің мәртебесі туралы",
    "Сәулет қызметі туралы", "Мүгедектігі бар адамдарды әлеуметтік қорғау туралы", "Мемлекеттік көрсетілетін қызметтер туралы",
]
KZ_CODES = [
    "Қазақстан Республикасының Бюджет кодексі", "Қазақстан Республикасының Жер кодексі",
    "Әкімшілік құқық бұзушылық туралы Қазақстан Республикасының кодексі", "Қазақстан Республикасының Экологиялық кодексі",
    "Қазақстан Республикасының Су кодексі", "Қазақстан Республикасының Кәсіпкерлік кодексі",
]
KZ_CHAPTERS = [
    "ЖАЛПЫ ЕРЕЖЕЛЕР", "Жергілікті атқарушы органдардың құзыреті", "Мәслихаттар қызметін ұйымдастыру",
    "Жергілікті деңгейдегі бюджет процесі", "Мемлекеттік бақылау", "Қорытынды ережелер", "Коммуналдық мүлік",
    "Жергілікті өзін-өзі басқару", "Қатысушылардың құқықтары мен міндеттері", "Өтініштерді қарау тәртібі",
    "Қаржылық қамтамасыз ету", "Заңнаманы бұзғаны үшін жауаптылық",
]
KZ_SIGNATURE = "Қазақстан Республикасының Президенті"

RU_MONTHS = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября",
             "ноября", "декабря"]
KZ_MONTHS = ["қаңтардағы", "ақпандағы", "наурыздағы", "сәуірдегі", "мамырдағы", "маусымдағы", "шілдедегі",
             "тамыздағы", "қыркүйектегі", "қазандағы", "қарашадағы", "желтоқсандағы"]

POP_RU = "для городов районного значения, сел, поселков, сельских округов с численностью населения"
POP_KZ = "аудандық маңызы бар қалалар, ауылдар, кенттер, ауылдық округтер үшін"


def convocation(year):
    """Roman numeral of the Parliament convocation that passed a law in `year`."""
    for start, roman in ((2023, "VIII"), (2021, "VII"), (2016, "VI"), (2012, "V"), (2007, "IV"), (2004, "III")):
        if year >= start:
            return roman
    return "II"


# ---------------------------------------------------------------------------
# The real statutes, read at run time (never copied into this repository): files, markup, tokens.
# ---------------------------------------------------------------------------

LANGS = ("rus", "kaz")
DEFAULT_STATUTES = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..",
                                                 "shared", "statutes"))

# A word form, as the vocabulary figures count it: letters, with inner hyphens («өзін-өзі»); digits
# split words («12-1-бап» holds the word «бап»). Lower-cased before counting.
WORD_RE = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
# Tokens of the language model: numbers with their dots, dashes and suffixes («01.01.2018»,
# «90-VI», «2-1-бап»), words, and the punctuation statutes use. Other characters (Markdown
# and HTML syntax: * # > < & | [ ] _ \) are dropped, so generated text never holds markup.
TOKEN_RE = re.compile(r"\d+(?:[.,:/]\d+)*(?:-[^\W_]+)*|[^\W\d_]+(?:[-'’][^\W\d_]+)*|[.,;:!?()«»\"“”„/%№–—+=-]")


def statute_files(root):
    """(path, lang, format) of the statute texts under `root`, in sorted path order: the act
    folders' Markdown (`<act>/rus.md`, `<act>/kaz/….md`) and the adilet pages in markup-samples/."""
    found = []
    for folder, dirs, files in os.walk(root):
        dirs.sort()
        for name in files:
            path = os.path.join(folder, name)
            rel = os.path.relpath(path, root)
            lang = next((l for l in LANGS if l in re.split(r"[/._-]", rel)), None)
            if lang is None or os.sep not in rel:
                continue  # SOURCES.md and other top-level notes
            if rel.startswith("markup-samples" + os.sep):
                if name.endswith(".html"):
                    found.append((path, lang, "html"))
            elif name.endswith(".md"):
                found.append((path, lang, "md"))
    found.sort(key=lambda f: os.path.relpath(f[0], root))
    return found


MD_HEADING = re.compile(r"^(#{1,6})\s+(.*)$")
ARTICLE_LABEL = re.compile(r"^(?:Статья\s+\d+(?:-\d+)*\.?|\d+(?:-\d+)*-бап\.?)\s*(.*)$")
NUMBERED_PARAGRAPH = re.compile(r"^\d+(?:-\d+)*\.\s+(.*)$")
NUMBERED_POINT = re.compile(r"^\d+(?:-\d+)*\\?\)\s+(.*)$")


def _numbered(line):
    """(kind, text): a numbered point «4-1) …», a numbered paragraph «2. …» (number dropped), or a line."""
    match = NUMBERED_POINT.match(line)
    if match:
        return "point", match.group(1)
    match = NUMBERED_PARAGRAPH.match(line)
    if match:
        return "para", match.group(1)
    return "line", line


def markdown_lines(text):
    """(kind, text) of a kazakhstan-law/codes Markdown file, markup stripped. Kinds: title, unit
    (section, chapter), heading (an article's title, without «Статья N.»), note (footnote),
    repealed (an italic status line), sign, para, point, line (unnumbered text)."""
    lines = text.split("\n")
    if lines and lines[0].strip() == "---":  # front matter
        end = next((i for i in range(1, len(lines)) if lines[i].strip() == "---"), 0)
        lines = lines[end + 1:]
    out = []
    for line in lines:
        line = line.strip()
        if not line or line.startswith(("<a ", "↑", "|")):
            continue
        line = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", line)  # links
        line = re.sub(r"<[^>]+>", "", line).strip()
        if not line:
            continue
        note = line.startswith(">")
        if note:
            line = line.lstrip("> ").strip()
        kind = None
        heading = MD_HEADING.match(line)
        if heading:
            body = heading.group(2).strip().strip("*")
            label = ARTICLE_LABEL.match(body)
            if label:
                kind, line = "heading", label.group(1)
            else:
                kind, line = ("title" if len(heading.group(1)) == 1 else "unit"), body
        bold = re.fullmatch(r"\*\*(.*)\*\*", line)
        if kind is None and bold:
            label = ARTICLE_LABEL.match(bold.group(1).strip())
            kind, line = ("heading", label.group(1)) if label else ("sign", bold.group(1))
        italic = kind is None and re.fullmatch(r"\*[^*].*\*", line) is not None
        if italic:
            line = line[1:-1].strip()
        line = line.replace("**", "").replace("\\", "").strip()
        if kind is None:
            if note or line.startswith(("Сноска.", "Ескерту.")):
                kind = "note"
            elif italic:
                kind = "repealed"
            else:
                kind, line = _numbered(line)
        if line:
            out.append((kind, line))
    return out


def html_lines(text):
    """(kind, text) of an adilet.zan.kz page: the <article> blocks only; <h3> are units, «class="note"»
    pieces footnotes; layout tables (signatures, approval stamps) are left out."""
    out = []
    for article in re.findall(r"<article>(.*?)(?:</article>|$)", text, re.S):
        article = re.sub(r"<table[^>]*>.*?</table>", "\n", article, flags=re.S)
        article = re.sub(r"(?=<(?:p|h3)[\s>])", "\n", article)
        article = re.sub(r"</p>|</h3>|<br\s*/?>", "\n", article)
        for piece in article.split("\n"):
            kind = "unit" if "<h3" in piece else ("note" if 'class="note"' in piece else None)
            line = html.unescape(re.sub(r"<[^>]+>", "", piece)).replace("\xa0", " ").strip()
            if not line:
                continue
            if kind is None:
                if line.startswith(("Сноска.", "Ескерту.")):
                    kind = "note"
                else:
                    kind, line = _numbered(line)
            out.append((kind, line))
    return out


def read_statutes(root):
    """{lang: [(kind, text), …]} of every statute file under `root`, in file order. A line of more
    than 30 characters that an earlier file already had is left out: the folder holds several
    editions and excerpts of one law (Z010000148_ in full and in chapters, art. 6 of 2019 and
    2026), and a corpus of different laws does not repeat itself."""
    if not os.path.isdir(root):
        raise FileNotFoundError(f"statutes folder not found: {root} (pass --statutes DIR)")
    per_lang = {lang: [] for lang in LANGS}
    seen = set()
    for path, lang, fmt in statute_files(root):
        with open(path, encoding="utf-8") as handle:
            text = handle.read()
        for kind, line in (markdown_lines(text) if fmt == "md" else html_lines(text)):
            if len(line) > 30:
                if (lang, line) in seen:
                    continue
                seen.add((lang, line))
            per_lang[lang].append((kind, line))
    if not all(per_lang.values()):
        raise ValueError(f"no {' or '.join(l for l in LANGS if not per_lang[l])} statute text under {root}")
    return per_lang


def heaps_curve(words, step=1.1):
    """[(n, V)]: distinct forms V after n tokens, at n growing by `step` (and at the end)."""
    seen, points, mark = set(), [], 10
    for n, word in enumerate(words, 1):
        seen.add(word)
        if n >= mark:
            points.append((n, len(seen)))
            mark = max(mark + 1, int(mark * step))
    if words and (not points or points[-1][0] != len(words)):
        points.append((len(words), len(seen)))
    return points


def fit_heaps(points, n_min=1000):
    """(K, beta) of V = K·n^beta: least squares of log V on log n over the points with n ≥ n_min
    (the points are spaced geometrically, so each stretch of the curve weighs by its log-length)."""
    xs = [math.log(n) for n, _ in points if n >= n_min]
    ys = [math.log(v) for n, v in points if n >= n_min]
    if len(xs) < 2:
        xs, ys = [math.log(n) for n, _ in points], [math.log(v) for _, v in points]
    mx, my = sum(xs) / len(xs), sum(ys) / len(ys)
    beta = sum((x - mx) * (y - my) for x, y in zip(xs, ys)) / sum((x - mx) ** 2 for x in xs)
    # Rounded, so that the last bit of a libm result cannot change a generated corpus.
    return round(math.exp(my - beta * mx), 4), round(beta, 4)


# ---------------------------------------------------------------------------
# Language model: a word trigram chain with Witten-Bell interpolation to bigrams, fitted on the
# provisions of the real statutes. Five kinds of unit start their own chains (the first words
# differ; later words share one table): S a sentence of a paragraph, C a lead-in (ends with «:»),
# P a point (lower-case start), D a definition point, H an article title.
# ---------------------------------------------------------------------------

END, START_S, START_C, START_P, START_D, START_H = range(6)
MAX_TOKENS = {START_S: 60, START_C: 60, START_P: 60, START_D: 60, START_H: 30}
MIN_TOKENS = {START_S: 3, START_C: 3, START_P: 2, START_D: 3, START_H: 2}
ABBREVIATIONS = {"г", "гг", "ст", "см", "п", "пп", "т", "тт", "д", "обл", "р", "ч", "им"}
STATUS_STARTS = ("исключ", "утрат", "алып", "алын", "күш", "вводит", "сноска", "ескерту")
NO_END_WORDS = {"или", "для", "при", "также", "либо", "через", "между", "после", "перед", "без", "под", "над",
                "және", "немесе", "мен", "бен", "пен", "не", "яки", "сондай-ақ"}
NO_SPACE_BEFORE = {",", ".", ";", ":", "!", "?", ")", "»", "”", "%", "/"}
NO_SPACE_AFTER = {"(", "«", "„", "“", "/"}
POOL_SIZE = {START_S: 10000, START_C: 3000, START_P: 10000, START_D: 1000, START_H: 3000}
FRESH_SHARE = 0.25


def training_units(lines):
    """(start symbol, tokens) of the provisions: paragraphs split into sentences, points, lead-ins,
    definitions (points of an article titled «… понятия» / «… ұғымдар»), article titles. The final
    mark is dropped (the generator puts its own); footnotes, status lines and headings of chapters
    are not provisions and are left out."""
    units = []
    definitions = False
    for kind, line in lines:
        if kind == "heading":
            definitions = re.search(r"понятия|понятий|ұғымдар", line, re.I) is not None
            tokens = TOKEN_RE.findall(line)
            if tokens and tokens[-1] == ".":
                tokens.pop()
            if tokens and not re.search(r"исключен|утратил|алып тасталды|алынып тасталды", line):
                units.append((START_H, tokens))
            continue
        if kind not in ("para", "point", "line"):
            continue
        if line.lower().startswith(STATUS_STARTS) or "вводится в действие" in line or "қолданысқа енгізіл" in line:
            continue
        tokens = TOKEN_RE.findall(line)
        if kind == "point":
            pieces = [tokens]
        else:
            pieces, current = [], []
            for i, token in enumerate(tokens):
                current.append(token)
                following = tokens[i + 1] if i + 1 < len(tokens) else ""
                if (token == "." and following[:1].isupper() and len(current) > 1
                        and current[-2].lower() not in ABBREVIATIONS):
                    pieces.append(current)
                    current = []
            if current:
                pieces.append(current)
        for piece in pieces:
            if not piece:
                continue
            mark = piece[-1]
            body = piece[:-1] if mark in (".", ";", ":") else piece
            if not body or not body[0][:1].isalpha():
                continue
            if mark == ":":
                start = START_C
            elif kind == "point":
                start = START_D if definitions else START_P
            else:
                start = START_P if mark == ";" else START_S
            units.append((start, body))
    return units


class Chain:
    """Trigram counts with Witten-Bell interpolation to bigrams: from context (a, b) the next token
    comes from the trigram table with probability N/(N+T) (N continuations seen, T distinct), from
    b's bigram table otherwise. Tokens are numbered; 0 ends a unit, 1-5 start one."""

    def __init__(self, units):
        self.text = ["</s>", "<S>", "<C>", "<P>", "<D>", "<H>"]
        ids = {}
        tri, bi = {}, {}
        for start, tokens in units:
            seq = [start, start]
            for token in tokens:
                number = ids.get(token)
                if number is None:
                    number = ids[token] = len(self.text)
                    self.text.append(token)
                seq.append(number)
            seq.append(END)
            for i in range(2, len(seq)):
                a, b, c = seq[i - 2], seq[i - 1], seq[i]
                counts = tri.setdefault((a << 20) | b, {})
                counts[c] = counts.get(c, 0) + 1
                counts = bi.setdefault(b, {})
                counts[c] = counts.get(c, 0) + 1
        self.count = len(self.text)
        assert self.count < 1 << 20

        def table(counts):
            """(cumulative probabilities, tokens, total count): bisect a uniform number in [0, 1)."""
            items = sorted(counts.items())
            total = sum(counts.values())
            cumulative, running = [], 0
            for _, count in items:
                running += count
                cumulative.append(running / total)
            cumulative[-1] = 2.0  # no rounding can push a draw past the last token
            return cumulative, [token for token, _ in items], total

        # A table with one token is (None, token): no draw.
        self.bigram = [None] * self.count
        self.open_bigram = [None] * self.count  # the bigram tables without the end
        for b, counts in bi.items():
            cumulative, nexts, _ = table(counts)
            self.bigram[b] = (cumulative, nexts) if len(nexts) > 1 else (None, nexts[0])
            going_on = {c: count for c, count in counts.items() if c != END}
            if going_on:
                cumulative, nexts, _ = table(going_on)
                self.open_bigram[b] = (cumulative, nexts)
        self.trigram = {}
        for key, counts in tri.items():
            cumulative, nexts, total = table(counts)
            lam = total / (total + len(nexts))
            self.trigram[key] = (cumulative, nexts, lam) if len(nexts) > 1 else (None, nexts[0], lam)
        # Unigram frequencies of the tokens (for the protected list).
        self.frequency = [0] * self.count
        for counts in bi.values():
            for c, count in counts.items():
                self.frequency[c] += count
        # 1 end, 2 «(», 3 «)», 4 straight quote, 5 no end after it, 6 number, 7 «««, 8 «»».
        self.code = bytearray(self.count)
        for i, token in enumerate(self.text):
            if i == END:
                self.code[i] = 1
            elif token == "(":
                self.code[i] = 2
            elif token == ")":
                self.code[i] = 3
            elif token == "«":
                self.code[i] = 7
            elif token == "»":
                self.code[i] = 8
            elif token == '"':
                self.code[i] = 4
            elif token in (",", "–", "—", "-", "№", "/") or token in NO_END_WORDS or (
                    token.isalpha() and token.islower() and len(token) <= 2):
                self.code[i] = 5
            elif token[:1].isdigit():
                self.code[i] = 6
        self.bad_start = bytearray(0 if (t[:1].isalpha() and not t.lower().startswith(STATUS_STARTS)) else 1
                                   for t in self.text)
        self.ends = bytearray(1 if bi.get(i, {}).get(END, 0) >= 0.02 * self.frequency[i] and self.code[i] != 5
                              else 0 for i in range(self.count))

    def walk(self, rand, start, minimum, limit, prefix=None):
        """Token numbers of one unit from `start` (after `prefix`, if given), or None. The unit does
        not end before `minimum` tokens, inside brackets or quotes, or after a comma, dash or
        preposition: the next token is drawn from the bigram table without the end. Past
        `minimum`, it ends with probability 1/2 after any token that often ends a real unit; past
        `limit`, it is cut back to the last such token (None if there was none). A closing
        bracket with nothing to close is left out."""
        trigram_get, bigram, open_bigram = self.trigram.get, self.bigram, self.open_bigram
        code, ends, draw = self.code, self.ends, bisect.bisect
        if prefix:
            out = list(prefix)
            a, b = (out[-2] if len(out) > 1 else start), out[-1]
        else:
            cumulative, nexts = bigram[start]
            for _ in range(20):
                c = nexts[draw(cumulative, rand())] if cumulative is not None else nexts
                if not self.bad_start[c]:
                    break
            else:
                return None
            out = [c]
            a, b = start, c
        append = out.append
        count = len(out)
        depth = quote = guillemets = last_end = 0
        while True:
            # One uniform number picks the table (trigram with probability lam) and the token in it.
            u = rand()
            entry = trigram_get((a << 20) | b)
            if entry is not None and u < entry[2]:
                c = entry[1] if entry[0] is None else entry[1][draw(entry[0], u / entry[2])]
            else:
                cumulative, nexts = bigram[b]
                c = nexts if cumulative is None else nexts[draw(cumulative, rand())]
            kind = code[c]
            if kind:
                if kind == 1:  # end
                    if depth == 0 and quote == 0 and guillemets == 0 and code[b] != 5 and count >= minimum:
                        return out
                    table = open_bigram[b]
                    if table is None:  # nothing but an end follows b in the real texts
                        return out if depth == 0 and quote == 0 and guillemets == 0 and code[b] != 5 else None
                    c = table[1][draw(table[0], rand())]
                    kind = code[c]
                if kind == 2:
                    depth += 1
                elif kind == 3 and code[b] != 6:  # not «4)»
                    if depth == 0:
                        a, b = b, c
                        continue
                    depth -= 1
                elif kind == 4:
                    quote ^= 1
                elif kind == 7:
                    guillemets += 1
                elif kind == 8:
                    if guillemets == 0:
                        a, b = b, c
                        continue
                    guillemets -= 1
            append(c)
            count += 1
            if ends[c] and depth == 0 and quote == 0 and guillemets == 0:
                if count >= minimum and rand() < 0.5:
                    return out
                last_end = count
            if count > limit:  # cut back to the last place where a real unit may end
                return out[:last_end] if last_end else None
            a, b = b, c


# ---------------------------------------------------------------------------
# Morphology: endings learned from the real word forms, stems, and new stems made from real ones.
#
# Endings: every final sequence of 0-4 letters of a real form, scored by the number of stems
# (what precedes it, at least 3 letters) that occur with at least three such sequences; the 80
# best are the language's endings (Russian «а ов ом ами ых ного ет ются ть ния …», Kazakh «ы ын
# ның ға да ды інің уға атын …»). A form splits into stem + ending at the ending whose stem has
# the largest paradigm (the set of listed endings it occurs with), if that paradigm has at least
# two endings: «обеспечива|ет» {ет, ется, ть, ются}, «аким|а» {-, а, ам, ами, ов, ом, у, ы},
# «әкім|інің» {-, ге, ді, нің, і, ін, іне, інің}.
#
# A new stem is a real stem changed a little: one to three letters replaced by another of the
# same class (vowels by vowels, Kazakh back vowels by back ones and front by front, so suffix
# harmony holds; voiced consonants by voiced, voiceless by voiceless, sonorants by sonorants), or
# the first syllable of another real stem put in place of its own. It keeps the real stem's
# paradigm, so it is inflected only with endings that real stem takes.
# ---------------------------------------------------------------------------

ENDING_COUNT = 80
MAX_ENDING = 4
MIN_STEM = 3
PROTECTED_TOP = 300
VOWELS = set("аеёиоуыэюяәөүұіi")
MUTATION_CLASSES = {
    "rus": ["аоу", "еи", "бвгдз", "пфкст", "лмнр", "жшщч"],
    "kaz": ["аоұы", "әөүіе", "бдзж", "птсш", "лмнр"],
}
HARMONY = {"kaz": ("аоұы", "әөүіеi")}
# Words the indexer reads actors, places, modality and references from: never replaced by new
# forms, so they occur at their real rates (besides the PROTECTED_TOP most frequent forms).
PROTECTED_PREFIXES = {
    "rus": ("аким", "аппарат", "маслихат", "собрани", "сход", "сообществ", "исполнительн", "представительн",
            "орган", "должностн", "лиц", "вышестоящ", "компетенц", "полномоч", "ведени", "поселк", "поселок",
            "сел", "аул", "област", "столиц", "город", "район", "округ", "значени", "вправе", "мож", "могут",
            "обязан", "долж", "запрещ", "несет", "несут", "ответствен", "подотчет", "подконтрол", "отнесен",
            "являет", "считает", "избира", "избран", "назнача", "освобожда", "прекраща", "населени", "жител",
            "граждан", "подпункт", "пункт", "стать", "глав", "закон", "кодекс", "утвержд", "одобр", "согласов",
            "имеет", "имеют", "прав", "облада", "обеспечива", "осуществля", "исключ", "утрат", "вводит"),
    "kaz": ("әкім", "аппарат", "мәслихат", "жергілікті", "қоғамдастық", "жиналыс", "жиын", "атқарушы", "өкілді",
            "орган", "өзін", "өзі", "басқару", "лауазым", "адам", "тұрған", "құзыр", "өкілетті", "тарапынан",
            "қала", "ауыл", "село", "аудан", "облыс", "республикалық", "маңыз", "кент", "округ", "астана",
            "құқ", "тыйым", "міндет", "тиіс", "жауап", "мүмкін", "табыл", "тұлға", "есептел", "сайлан",
            "тағайында", "босатыл", "тоқтатыл", "халқ", "халық", "тұрғын", "тармақ", "бап", "баб", "тарау", "заң",
            "кодекс", "қамтамасыз", "жүзеге", "асыр", "алып", "алын", "күш", "қолданыс"),
}


class Morphology:
    def __init__(self, lang, forms):
        """`forms`: the real word forms, lower case, with their counts."""
        self.lang = lang
        self.forms = set(forms)
        endings_of = {}
        for form in forms:
            for k in range(0, MAX_ENDING + 1):
                if len(form) - k < MIN_STEM:
                    break
                endings_of.setdefault(form[:len(form) - k], set()).add(form[len(form) - k:])
        score = {}
        for stem, endings in endings_of.items():
            if len(endings) >= 3:
                for ending in endings:
                    score[ending] = score.get(ending, 0) + 1
        ranked = sorted(score.items(), key=lambda item: (-item[1], item[0]))
        self.endings = [ending for ending, _ in ranked[:ENDING_COUNT]]
        listed = set(self.endings)
        paradigms = {}  # one frozenset object per distinct paradigm
        self.paradigm = {}
        for stem, endings in endings_of.items():
            own = frozenset(endings & listed)
            if len(own) >= 2:
                self.paradigm[stem] = paradigms.setdefault(own, own)
        self.stems = sorted(self.paradigm)

        self.classes = {}
        for group in MUTATION_CLASSES[lang]:
            for letter in group:
                self.classes[letter] = group
        self.harmony = HARMONY.get(lang)
        self.places, self.cuts = {}, {}  # per stem: letters mutate may change; first syllable
        self.heads = []  # (first syllable, its vowel harmony) of the real stems
        for stem in self.stems:
            cut = self.first_syllable(stem)
            if cut:
                self.heads.append((stem[:cut], self.vowel_class(stem[:cut])))

    def split(self, form):
        """(stem, ending, paradigm) of a real form, or None."""
        best = None
        for k in range(0, MAX_ENDING + 1):
            if len(form) - k < MIN_STEM:
                break
            paradigm = self.paradigm.get(form[:len(form) - k])
            ending = form[len(form) - k:]
            if paradigm is not None and ending in paradigm:
                if best is None or len(paradigm) > len(best[2]):
                    best = (form[:len(form) - k], ending, paradigm)
        return best

    def mutate(self, rand, stem):
        """`stem` with one to three letters (not the last) replaced by others of their class."""
        places = self.places.get(stem)
        if places is None:
            places = self.places[stem] = [i for i in range(len(stem) - 1) if stem[i] in self.classes]
        if not places:
            return None
        letters = list(stem)
        r = rand()
        for _ in range(1 if r < 0.6 else (2 if r < 0.9 else 3)):
            i = places[int(rand() * len(places))]
            group = self.classes[letters[i]]
            choice = group[int(rand() * (len(group) - 1))]
            letters[i] = choice if choice != letters[i] else group[-1]
        return "".join(letters)

    @staticmethod
    def first_syllable(stem):
        """Index just past the first syllable (V|CV, VC|CV), or None."""
        for i, letter in enumerate(stem):
            if letter in VOWELS:
                j = i + 1
                if j + 1 < len(stem) and stem[j] not in VOWELS and stem[j + 1] not in VOWELS:
                    j += 1
                return j if j < len(stem) else None
        return None

    def vowel_class(self, text):
        if self.harmony is None:
            return 0
        for letter in text:
            if letter in self.harmony[0]:
                return 1
            if letter in self.harmony[1]:
                return 2
        return 0

    def join(self, rand, stem):
        """Another real stem's first syllable in place of `stem`'s own (of the same vowel
        harmony in Kazakh)."""
        own = self.cuts.get(stem)
        if own is None:
            cut = self.first_syllable(stem)
            own = self.cuts[stem] = (cut, self.vowel_class(stem[:cut]) if cut else 0)
        cut, harmony = own
        if cut is None:
            return None
        heads = self.heads
        for _ in range(4):
            head, head_harmony = heads[int(rand() * len(heads))]
            if head_harmony and head_harmony != harmony:
                continue
            joined = head + stem[cut:]
            if len(joined) >= MIN_STEM + 1 and joined != stem:
                return joined
        return None


# ---------------------------------------------------------------------------
# Vocabulary growth. The corpus follows the real statutes' Heaps law V(n) = K·n^β (distinct
# lower-cased word forms V after n word tokens, per language, counted over everything written, in
# generation order). While V < K·n^β, a replaceable word of the chain (a lower-case form with a
# stem and a paradigm, not among the protected words) is written as a new form instead: half the
# time another ending of a coined stem already used (its paradigm is filled), else a new stem
# (see Morphology) with the chain word's ending. Coined forms come back as in Simon's model: a
# replaceable word is written as an earlier coined form with the same ending with probability
# (coined words so far) / (replaceable words so far), at most MAX_COINED_SHARE, picked by its past
# uses (preferential attachment), so their frequencies are Zipf-like: a few common, most rare.
# ---------------------------------------------------------------------------

FILL_SHARE = 0.5
MAX_COINED_SHARE = 0.5  # coined forms take at most half the replaceable words: real ones stay common


class Vocabulary:
    def __init__(self, lang, K, beta, morphology):
        self.lang, self.K, self.beta, self.morph = lang, K, beta, morphology
        self.n = 0            # word tokens written
        self.seen = set()     # distinct lower-cased forms written
        self.slots = 0        # replaceable words met
        self.stem = []        # coined lemma -> stem
        self.paradigm = []    # coined lemma -> endings it may take
        self.by_ending = {}   # ending -> array of coined lemmas, one entry per use
        self.takers = {}      # ending -> array of coined lemmas whose paradigm has it
        self.uses = array.array("I")  # every use of a coined lemma
        self.coined_stems = set()
        self.coined_forms = 0

    def target(self):
        return self.K * self.n ** self.beta

    def settle(self, start, texts):
        """Exact count of what was written since n was `start` (estimated until now)."""
        words = WORD_RE.findall(" ".join(texts).lower())
        self.n = start + len(words)
        self.seen.update(words)

    def use(self, lemma, ending):
        self.uses.append(lemma)
        uses = self.by_ending.get(ending)
        if uses is None:
            uses = self.by_ending[ending] = array.array("I")
        uses.append(lemma)
        return self.stem[lemma] + ending

    def reuse(self, rand, ending):
        """An earlier coined form with this ending, picked by its past uses, or None."""
        uses = self.by_ending.get(ending)
        return self.use(uses[int(rand() * len(uses))], ending) if uses else None

    def new_form(self, rand, stem, ending, paradigm):
        """A form not written before, for a word of the chain split as stem + ending, or None."""
        seen = self.seen
        if self.uses and rand() < FILL_SHARE:
            takers = self.takers.get(ending)
            for attempt in range(4):
                if attempt < 2:  # a lemma by its past uses: the common ones get more forms
                    lemma = self.uses[int(rand() * len(self.uses))]
                    if ending not in self.paradigm[lemma]:
                        continue
                elif takers:
                    lemma = takers[int(rand() * len(takers))]
                else:
                    break
                form = self.stem[lemma] + ending
                if form not in seen:
                    seen.add(form)
                    self.coined_forms += 1
                    return self.use(lemma, ending)
        morph = self.morph
        for _ in range(6):
            new = morph.mutate(rand, stem) if rand() < 0.6 else morph.join(rand, stem)
            if (new is None or new in morph.paradigm or new in self.coined_stems
                    or new + ending in seen or new + ending in morph.forms):
                continue
            lemma = len(self.stem)
            self.coined_stems.add(new)
            self.stem.append(new)
            self.paradigm.append(paradigm)
            for other in paradigm:
                takers = self.takers.get(other)
                if takers is None:
                    takers = self.takers[other] = array.array("I")
                takers.append(lemma)
            seen.add(new + ending)
            self.coined_forms += 1
            return self.use(lemma, ending)
        return None


class LanguageModel:
    """The chain, the morphology and the vocabulary of one language, fitted on the real statutes."""

    def __init__(self, lang, lines):
        self.lang = lang
        self.units = training_units(lines)
        present = {start for start, _ in self.units}
        if not present & {START_S, START_P}:
            raise ValueError(f"no {lang} provisions to fit the language model on")
        # A kind of unit the statutes lack is drawn as another: definitions and paragraph
        # sentences as points, lead-ins and titles as paragraph sentences (and back).
        fallback = {START_S: START_P, START_C: START_S, START_P: START_S, START_D: START_P, START_H: START_S}
        self.kind = {}
        for start in MAX_TOKENS:
            kind = start
            while kind not in present:
                kind = fallback[kind]
            self.kind[start] = kind
        chain = self.chain = Chain(self.units)
        words = [w for _, line in lines for w in WORD_RE.findall(line.lower())]
        self.real_tokens, self.real_forms = len(words), len(set(words))
        self.K, self.beta = fit_heaps(heaps_curve(words))
        counts = {}
        for w in words:
            counts[w] = counts.get(w, 0) + 1
        self.morph = Morphology(lang, counts)
        self.vocabulary = Vocabulary(lang, self.K, self.beta, self.morph)

        text = chain.text
        lowered = {}
        for token, count in zip(text, chain.frequency):
            lowered[token.lower()] = lowered.get(token.lower(), 0) + count
        top = set(sorted(lowered, key=lambda w: (-lowered[w], w))[:PROTECTED_TOP])
        prefixes = PROTECTED_PREFIXES[lang]
        self.is_word = bytearray(1 if i > START_H and WORD_RE.fullmatch(t) else 0 for i, t in enumerate(text))
        self.replaceable = [None] * len(text)
        for i, token in enumerate(text[START_H + 1:], START_H + 1):
            if (not token.isalpha() or token != token.lower() or len(token) < 4 or token in top
                    or token.replace("i", "і").startswith(prefixes)):
                continue
            self.replaceable[i] = self.morph.split(token)
        # Each token with the space before it; «(», «« and «/» take none after them (see prepare).
        self.spaced = [(" " + t if t not in NO_SPACE_BEFORE else t) for t in text]
        self.known = set()  # chain tokens whose form is in vocabulary.seen
        self.pools = {start: [] for start in MAX_TOKENS}
        self.gluing = {i for i, t in enumerate(text) if t in NO_SPACE_AFTER or t == '"'}
        # A definition is «term – what it means»: its term (up to the dash) is a real one, the rest
        # comes from the chain.
        ids = {t: i for i, t in enumerate(text)}
        self.terms = []
        for kind, tokens in self.units:
            dash = next((k for k, t in enumerate(tokens[:8]) if t in ("–", "-", "—")), None)
            if kind == START_D and dash:
                self.terms.append([ids[t] for t in tokens[:dash + 1]])

        # Lengths: a unit may not end before a minimum drawn from the real lengths of its kind,
        # less the chain's own run to an end (calibrated so that the mean length is the real one).
        self.lengths = {}
        self.run = {}
        calibration = random.Random(f"calibrate:{lang}")
        for start in sorted(set(self.kind.values())):
            real = [len(tokens) for kind, tokens in self.units if kind == start
                    and MIN_TOKENS[start] <= len(tokens) <= MAX_TOKENS[start]]
            self.lengths[start] = real or [MIN_TOKENS[start]]
            want = sum(self.lengths[start]) / len(self.lengths[start])
            self.run[start] = 0.0
            for _ in range(3):
                got = [len(self.walk(calibration.random, start)) for _ in range(200)]
                self.run[start] = round(self.run[start] + sum(got) / len(got) - want, 2)

    def walk(self, rand, start):
        lengths, run, limit = self.lengths[start], self.run[start], MAX_TOKENS[start]
        least = MIN_TOKENS[start]
        terms = self.terms if start == START_D else None
        for _ in range(10000):
            minimum = max(least, lengths[int(rand() * len(lengths))] - run)
            prefix = terms[int(rand() * len(terms))] if terms else None
            ids = self.chain.walk(rand, start, minimum, limit, prefix)
            if ids is not None and len(ids) >= least:
                return ids
        raise RuntimeError(f"the {self.lang} chain cannot finish a unit of kind {start}")

    def prepare(self, ids):
        """(pieces, word count, replaceable places) of a walk: each token with the space before it."""
        text, spaced, is_word, replaceable = self.chain.text, self.spaced, self.is_word, self.replaceable
        parts = [spaced[i] for i in ids]
        parts[0] = parts[0].lstrip()
        if not self.gluing.isdisjoint(ids):  # «(», «««, «/» or a straight quote
            quote_open = False
            for k in range(len(ids) - 1):
                token = text[ids[k]]
                if token == '"':
                    if quote_open:
                        parts[k] = '"'
                    quote_open = not quote_open
                    glue = quote_open
                else:
                    glue = token in NO_SPACE_AFTER
                if glue and parts[k + 1][:1] == " ":
                    parts[k + 1] = parts[k + 1][1:]
            if text[ids[-1]] == '"':
                parts[-1] = '"'
        slots = [(k, i, split) for k, i in enumerate(ids) if (split := replaceable[i]) is not None]
        fresh = set(ids) - self.known
        if fresh:
            seen, known = self.vocabulary.seen, self.known
            for i in fresh:
                if replaceable[i] is None:  # a replaceable word counts once written as it is
                    known.add(i)
                    if is_word[i]:
                        seen.add(text[i].lower())
        return parts, sum(map(is_word.__getitem__, ids)), slots

    def unit(self, rng, start):
        """One unit of text (a sentence, lead-in, point, definition or title), without its final
        mark, with new and coined word forms where the vocabulary is behind its Heaps curve.

        The chain's walks are kept in a pool per kind (POOL_SIZE); once it is full, a unit is a new
        walk with probability FRESH_SHARE (it takes a random place in the pool) and a pooled one
        otherwise. Its replaceable words are chosen anew each time it is written."""
        rand = rng.random
        start = self.kind[start]
        pool = self.pools[start]
        if len(pool) < POOL_SIZE[start]:
            entry = self.prepare(self.walk(rand, start))
            pool.append(entry)
        elif rand() < FRESH_SHARE:
            entry = self.prepare(self.walk(rand, start))
            pool[int(rand() * len(pool))] = entry
        else:
            entry = pool[int(rand() * len(pool))]
        parts, words, slots = entry
        vocabulary = self.vocabulary
        vocabulary.n += words
        if not slots:
            return "".join(parts)
        vocabulary.slots += len(slots)
        behind = vocabulary.K * vocabulary.n ** vocabulary.beta - len(vocabulary.seen)
        share = min(MAX_COINED_SHARE, len(vocabulary.uses) / vocabulary.slots)
        known = self.known
        out = None
        for k, i, split in slots:
            form = None
            if behind > 0:
                form = vocabulary.new_form(rand, *split)
                if form is not None:
                    behind -= 1
            elif share and rand() < share:
                form = vocabulary.reuse(rand, split[1])
            if form is None:
                if i not in known:  # the chain's own word, written for the first time
                    known.add(i)
                    vocabulary.seen.add(self.chain.text[i].lower())
                continue
            if out is None:
                out = list(parts)
            out[k] = " " + form if parts[k][:1] == " " else form
        return "".join(out if out is not None else parts)


def capitalized(text):
    return text[:1].upper() + text[1:]


def language_models(root):
    lines = read_statutes(root)
    return {lang: LanguageModel(lang, lines[lang]) for lang in LANGS}


class Language:
    """Wording of one language: headings, references to amending laws, footnotes, statuses."""

    def __init__(self, lang, model):
        self.lang = lang
        self.ru = lang == "rus"
        self.model = model  # LanguageModel: the provisions' words
        self.vocabulary = model.vocabulary

    # -- dates and amending laws ------------------------------------------------------------
    @staticmethod
    def date(rng, first=2004, last=2025):
        year = rng.randint(first, last)
        return f"{rng.randint(1, 28):02d}.{rng.randint(1, 12):02d}.{year}", year

    def law(self, rng, effect=True, first=2004):
        """(text, link text): «Законом РК от 01.02.2020 № 10-VI» / «ҚР 01.02.2020 № 10-VI Заңымен»."""
        date, year = self.date(rng, first)
        number = f"№ {rng.randint(1, 480)}-{convocation(year)}"
        if not effect:
            return (f"Законом РК от {date} {number}" if self.ru else f"ҚР {date} {number} Заңымен"), number
        if self.ru:
            effect = rng.choice([
                " (вводится в действие по истечении десяти календарных дней после дня его первого официального опубликования)",
                f" (вводится в действие с 01.01.{year + 1})", " (порядок введения в действие см. ст. 2)", "",
            ])
            return f"Законом РК от {date} {number}{effect}", number
        effect = rng.choice([
            " (алғашқы ресми жарияланған күнінен кейін күнтізбелік он күн өткен соң қолданысқа енгізіледі)",
            f" (01.01.{year + 1} бастап қолданысқа енгізіледі)", " (қолданысқа енгізілу тәртібін 2-баптан қараңыз)", "",
        ])
        return f"ҚР {date} {number}{effect} Заңымен", number

    # -- titles and headings ------------------------------------------------------------------
    def act_title(self, rng, code):
        if self.ru:
            if code:
                return rng.choice(RU_CODES)
            topic = rng.choice(RU_TOPICS)
            return f"{'Об' if topic[0] in 'аэиоуы' else 'О'} {topic}"
        return rng.choice(KZ_CODES) if code else rng.choice(KZ_TOPICS)

    def adoption(self, rng, code, number):
        day, month, year = rng.randint(1, 28), rng.randrange(12), rng.randint(1995, 2025)
        kind_ru = "Кодекс" if code else "Закон"
        if self.ru:
            return f"{kind_ru} Республики Казахстан от {day} {RU_MONTHS[month]} {year} года № {number}-{convocation(year)}."
        kind_kz = "Кодексі" if code else "Заңы"
        return f"Қазақстан Республикасының {year} жылғы {day} {KZ_MONTHS[month]} № {number}-{convocation(year)} {kind_kz}."

    def article_heading(self, rng, num):
        title = self.model.unit(rng, START_H)
        return f"Статья {num}. {title}" if self.ru else f"{num}-бап. {title}"

    def first_article_heading(self, num):
        if self.ru:
            return f"Статья {num}. Основные понятия, используемые в настоящем Законе"
        return f"{num}-бап. Осы Заңда пайдаланылатын негізгі ұғымдар"

    def repealed_article_heading(self, rng, num):
        law, _ = self.law(rng)
        if self.ru:
            return f"Статья {num}. Исключена {law}."
        return f"{num}-бап. Алып тасталды - {law}."

    def unit_heading(self, rng, kind, num):
        name = rng.choice(RU_CHAPTERS if self.ru else KZ_CHAPTERS)
        if rng.random() < 0.5:
            name = name.upper()
        if self.ru:
            label = {"section": "Раздел", "chapter": "Глава", "subchapter": "Параграф"}[kind]
            return f"{label} {num}. {name}"
        label = {"section": "бөлім", "chapter": "тарау", "subchapter": "параграф"}[kind]
        return f"{num}-{label}. {name}"

    def signature(self):
        return RU_SIGNATURE if self.ru else KZ_SIGNATURE

    # -- text -------------------------------------------------------------------------------------
    def text(self, rng, sentences):
        unit = self.model.unit
        return " ".join(capitalized(unit(rng, START_S)) + "." for _ in range(sentences))

    def chapeau(self, rng):
        return capitalized(self.model.unit(rng, START_C)) + ":"

    def point(self, rng, last):
        return self.model.unit(rng, START_P) + ("." if last else ";")

    def definition(self, rng, last):
        return self.model.unit(rng, START_D) + ("." if last else ";")

    def preamble(self, rng):
        if self.ru:
            return ("Настоящий Закон регулирует общественные отношения в сфере, определенной его наименованием, "
                    + self.text(rng, 1))
        return "Осы Заң атауында айқындалған саладағы қоғамдық қатынастарды реттейді. " + self.text(rng, 1)

    # -- statuses ---------------------------------------------------------------------------------
    def repealed_point(self, rng, num, last):
        law, _ = self.law(rng)
        end = "." if last else ";"
        return f"{num}) исключен {law}{end}" if self.ru else f"{num}) алып тасталды - {law}{end}"

    def repealed_range(self, rng, first, last_num, last):
        law, _ = self.law(rng)
        end = "." if last else ";"
        if self.ru:
            return f"{first})-{last_num}) исключены {law}{end}"
        return f"{first})-{last_num}) алып тасталды - {law}{end}"

    def pending_point(self, rng, num, last):
        law, _ = self.law(rng, effect=False, first=2024)
        year = rng.randint(2026, 2028)
        end = "." if last else ";"
        if self.ru:
            return f"{num}) вводится в действие с 01.01.{year} в соответствии с {law}{end}"
        return f"{num}) 01.01.{year} бастап қолданысқа енгізіледі - {law}{end}"

    # -- footnotes: (text, link text or None) -----------------------------------------------------
    def act_footnote(self, rng):
        law, number = self.law(rng)
        a, b = rng.sample(RU_HEAD_GENITIVES if self.ru else KZ_HEAD_GENITIVES, 2)
        if self.ru:
            return f"Сноска. По всему тексту слова «{a}» заменены словами «{b}» {law}.", number
        return f"Ескерту. Бүкіл мәтін бойынша «{a.lower()}» деген сөздер «{b.lower()}» деген сөздермен ауыстырылды - {law}.", number

    def article_footnote(self, rng, num):
        law, number = self.law(rng)
        extra = ""
        if rng.random() < 0.4:
            law2, _ = self.law(rng)
            extra = "; " + (law2.replace("Законом РК ", "", 1) if self.ru else law2.replace("ҚР ", "", 1))
        if self.ru:
            verb = rng.choice(["с изменениями, внесенными", "в редакции", "с изменением, внесенным"])
            if verb == "в редакции":
                law = law.replace("Законом", "Закона", 1)
            return f"Сноска. Статья {num} {verb} {law}{extra}.", number
        verb = rng.choice(["бапқа өзгерістер енгізілді", "бап жаңа редакцияда", "бапқа өзгеріс енгізілді"])
        return f"Ескерту. {num}-{verb} - {law}{extra}.", number

    def paragraph_footnote(self, rng, num):
        law, number = self.law(rng)
        if self.ru:
            return f"Сноска. Пункт {num} в редакции {law.replace('Законом', 'Закона', 1)}.", number
        return f"Ескерту. {num}-тармақ жаңа редакцияда - {law}.", number

    def heading_footnote(self, rng, num):
        law, number = self.law(rng)
        if self.ru:
            return f"Сноска. Заголовок статьи {num} с изменением, внесенным {law}.", number
        return f"Ескерту. {num}-баптың тақырыбына өзгеріс енгізілді - {law}.", number

    def population_footnote(self, rng, point):
        """A sub-point repealed or brought into force for places above two thousand people."""
        if self.ru:
            verb = rng.choice(["исключен", "действует"])
            return (f"Сноска. Подпункт {point}) {verb} с 01.01.2018 {POP_RU} более двух тысяч человек "
                    f"в соответствии с Законом РК от 11.07.2017 № 90-VI."), "№ 90-VI"
        verb = rng.choice(["алып тасталды", "қолданысқа енгізілді"])
        return (f"Ескерту. {point}) тармақша халық саны екі мың адамнан көп {POP_KZ} – 01.01.2018 бастап {verb} "
                f"- ҚР 11.07.2017 № 90-VI Заңымен."), "№ 90-VI"

    def supplemented_footnote(self, chapter, article):
        """«Глава 3 дополнена статьей 38-1 …» with two population bands."""
        if self.ru:
            return (f"Сноска. Глава {chapter} дополнена статьей {article} в соответствии с Законом РК от 11.07.2017 "
                    f"№ 90-VI (вводится в действие {POP_RU} более двух тысяч человек с 01.01.2018 и {POP_RU} "
                    f"две тысячи и менее человек с 01.01.2020)."), "№ 90-VI"
        return (f"Ескерту. {chapter}-тарау {article}-баппен толықтырылды - ҚР 11.07.2017 № 90-VI Заңымен (халық саны "
                f"екі мың адамнан көп {POP_KZ} – 01.01.2018 бастап және халық саны екі мың адам және одан аз {POP_KZ} – "
                f"01.01.2020 бастап қолданысқа енгізіледі)."), "№ 90-VI"


# ---------------------------------------------------------------------------
# Abstract blocks: (kind, text, extra). Kinds: title, adoption, actnote, preamble, unit (extra:
# level 1-3), article (extra: anchor), para, point, repealed (a repealed point: italic in Markdown),
# alinea, note (extra: link text), sign.
# ---------------------------------------------------------------------------

class StatuteWriter:
    """Generates one statute as blocks, article by article, until a byte budget is spent."""

    def __init__(self, lang, rng, code):
        self.L = lang
        self.rng = rng
        self.code = code
        self.article = 0
        self.chapter = 0
        self.section = 0
        self.subchapter = 0

    def header(self, title, adoption):
        rng, L = self.rng, self.L
        blocks = [("title", title, None), ("adoption", adoption, None)]
        for _ in range(rng.randint(1, 3)):
            text, link = L.act_footnote(rng)
            blocks.append(("note", text, link))
        blocks.append(("preamble", L.preamble(rng), None))
        return blocks

    def next_units(self):
        """Section / chapter / subchapter headings before the next article, if one is due."""
        rng, L = self.rng, self.L
        blocks = []
        new_chapter = self.chapter == 0 or rng.random() < 0.12
        if self.code and (self.section == 0 or (new_chapter and rng.random() < 0.15)):
            self.section += 1
            blocks.append(("unit", L.unit_heading(rng, "section", self.section), 1))
            new_chapter = True
        if new_chapter:
            if self.chapter > 0 and rng.random() < 0.08:
                self.chapter_label = f"{self.chapter}-1"  # an inserted chapter «Глава 3-1.»
            else:
                self.chapter += 1
                self.chapter_label = str(self.chapter)
            self.subchapter = 0
            blocks.append(("unit", L.unit_heading(rng, "chapter", self.chapter_label), 2 if self.code else 1))
        if self.code and (new_chapter and rng.random() < 0.3 or self.subchapter and rng.random() < 0.1):
            self.subchapter += 1
            blocks.append(("unit", L.unit_heading(rng, "subchapter", self.subchapter), 3))
        return blocks

    def next_article(self):
        """The blocks of the next article and of the articles inserted after it («12-1», «12-2»)."""
        rng = self.rng
        self.article += 1
        blocks = self.next_units()
        blocks += self.article_blocks(str(self.article), first=self.article == 1)
        if rng.random() < 0.12:
            for insert in range(1, rng.choice([1, 1, 1, 2, 3]) + 1):
                num = f"{self.article}-{insert}"
                blocks += self.article_blocks(num, inserted=True)
        return blocks

    def article_blocks(self, num, first=False, inserted=False):
        rng, L = self.rng, self.L
        r = rng.random()
        if not first and r < 0.03:
            return [("article", L.repealed_article_heading(rng, num), num)]
        heading = L.first_article_heading(num) if first else L.article_heading(rng, num)
        blocks = [("article", heading, num)]
        if first:
            blocks += self.definitions()
        elif r < 0.18:
            for _ in range(rng.randint(1, 2)):
                blocks.append(("alinea", L.text(rng, rng.randint(1, 3)), None))
        else:
            paragraphs = rng.randint(2, 9)
            for p in range(1, paragraphs + 1):
                blocks += self.paragraph(str(p))
                if p < paragraphs and rng.random() < 0.06:
                    blocks += self.paragraph(f"{p}-1")
        if inserted and rng.random() < 0.15:
            text, link = L.supplemented_footnote(self.chapter_label, num)
            blocks.append(("note", text, link))
        if rng.random() < 0.08:
            text, link = L.heading_footnote(rng, num)
            blocks.append(("note", text, link))
        if rng.random() < 0.4:
            text, link = L.article_footnote(rng, num)
            blocks.append(("note", text, link))
        return blocks

    def definitions(self):
        rng, L = self.rng, self.L
        blocks = [("alinea", L.chapeau(rng), None)]
        count = rng.randint(5, 15)
        for i in range(1, count + 1):
            blocks.append(("point", f"{i}) " + L.definition(rng, i == count), None))
        return blocks

    def paragraph(self, num):
        rng, L = self.rng, self.L
        if rng.random() < 0.35:
            blocks = [("para", f"{num}. " + L.chapeau(rng), None)]
            blocks += self.points()
        else:
            blocks = [("para", f"{num}. " + L.text(rng, rng.randint(1, 3)), None)]
        if rng.random() < 0.1:
            blocks.append(("alinea", L.text(rng, rng.randint(1, 2)), None))
        if rng.random() < 0.05:
            text, link = L.paragraph_footnote(rng, num)
            blocks.append(("note", text, link))
        return blocks

    def points(self):
        """A list 1) … m) with inserted «4-1)», repealed «7)» and «3)-6)», pending «4-2)»."""
        rng, L = self.rng, self.L
        count = rng.randint(3, 25)
        items = []  # (number, kind)
        i = 1
        while i <= count:
            r = rng.random()
            if r < 0.04 and i + 2 <= count:
                last = min(count, i + rng.randint(2, 4))
                items.append(((i, last), "range"))
                i = last + 1
                continue
            items.append((str(i), "repealed" if r < 0.10 else "plain"))
            if rng.random() < 0.12:
                for insert in range(1, rng.choice([1, 1, 2, 3]) + 1):
                    kind = "pending" if rng.random() < 0.12 else ("repealed" if rng.random() < 0.08 else "plain")
                    items.append((f"{i}-{insert}", kind))
            i += 1
        blocks = []
        plain = []
        for index, (num, kind) in enumerate(items):
            last = index == len(items) - 1
            if kind == "range":
                blocks.append(("repealed", L.repealed_range(rng, num[0], num[1], last), None))
            elif kind == "repealed":
                blocks.append(("repealed", L.repealed_point(rng, num, last), None))
            elif kind == "pending":
                blocks.append(("point", L.pending_point(rng, num, last), None))
            else:
                blocks.append(("point", f"{num}) " + L.point(rng, last), None))
                plain.append(num)
        if plain and rng.random() < 0.08:
            text, link = L.population_footnote(rng, rng.choice(plain))
            blocks.append(("note", text, link))
        return blocks


# ---------------------------------------------------------------------------
# Rendering
# ---------------------------------------------------------------------------

NBSP = "&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; "


class HTMLRenderer:
    def __init__(self, rng, act_id, lang, ekb):
        self.rng = rng
        self.act_id = act_id
        self.lang = lang
        self.ekb = ekb
        self.z = 0

    def zid(self):
        self.z += 1
        return f"z{self.z}"

    def page_head(self, title, adoption):
        lang, act = self.lang, self.act_id
        ru = lang == "rus"
        site = "ИПС &quot;Әділет&quot;"
        nav = "".join(
            f'<li><a href="/{lang}/{slug}">{name}</a></li>\n'
            for slug, name in (
                [("docs", "Документы"), ("search", "Поиск"), ("news", "Новости"), ("about", "О системе")] if ru
                else [("docs", "Құжаттар"), ("search", "Іздеу"), ("news", "Жаңалықтар"), ("about", "Жүйе туралы")])
        )
        scripts = "".join(
            f'\t\t<script src="/tpl/etherna/js/{name}.js"></script>\n'
            for name in ("impaired", "jquery.min", "myscriptforpangination", "select2.min", "googleAnalytics")
        )
        analytics = (
            "\t\t<script type=\"text/javascript\">\n"
            "\t\t\tvar _gaq = _gaq || [];\n\t\t\t_gaq.push(['_setAccount', 'UA-00000000-1']);\n"
            "\t\t\t_gaq.push(['_trackPageview']);\n"
            "\t\t\t(function() { var ga = document.createElement('script'); ga.async = true;\n"
            "\t\t\t\tvar s = document.getElementsByTagName('script')[0]; s.parentNode.insertBefore(ga, s); })();\n"
            "\t\t</script>\n"
        )
        tabs_ru = ("Текст", "Официальная публикация", "Информация", "История изменений", "Ссылки", "Скачать")
        tabs_kz = ("Мәтін", "Ресми жариялау", "Ақпарат", "Өзгерістер тарихы", "Сілтемелер", "Жүктеп алу")
        tabs = tabs_ru if ru else tabs_kz
        suffixes = ("", "/origins", "/info", "/history", "/links", "/download")
        selected = ' class="selected"'
        tab_items = "".join(
            f'\t\t\t\t\t<li{selected if i == 0 else ""}><a href="/{lang}/docs/{act}{suffix}"> {name} </a></li>\n'
            for i, (name, suffix) in enumerate(zip(tabs, suffixes))
        )
        ekb_name = "Версия из ЭКБ" if ru else "ЭБТ нұсқасы"
        status = "Обновленный" if ru else "Жаңартылған"
        return (
            "<!DOCTYPE html>\n<html>\n\t<head>\n\t\t<meta charset=\"utf-8\" />\n"
            f"\t\t<title>{title} - {site}</title>\n"
            "\t\t<meta name=\"description\" content=\"\" />\n"
            f"\t\t<meta name=\"keywords\" content=\"{title} - {site}\" />\n"
            "\t\t<meta name=\"viewport\" content=\"width=device-width, initial-scale=1.0\" />\n"
            "\t\t<link rel=\"icon\" href=\"/tpl/etherna/favicon.ico\" type=\"image/x-icon\" />\n"
            "\t\t<link rel=\"stylesheet\" href=\"/tpl/etherna/css/style.css\" media=\"print, screen and (min-width:1000px)\" />\n"
            + scripts + analytics +
            "\t</head>\n\t<body class=\"no-js\">\n"
            f"\t\t<div id=\"container\" class=\"module_npaView lang_{lang}\">\n"
            "\t\t\t<div id=\"header\">\n\t\t\t\t<div id=\"logo\"><a href=\"/" + lang + "\"><img src=\"/tpl/etherna/css/img/logo.png\" alt=\"Әділет\" /></a></div>\n"
            "\t\t\t\t<ul class=\"left\">\n" + nav + "\t\t\t\t</ul>\n\t\t\t</div>\n"
            "\t\t\t<div class=\"main png_bg\">\n\t\t\t\t<div class=\"inner_main\">\n"
            "\t\t\t<div class=\"container_alpha slogan\">\n"
            f"\t\t\t\t<h1>{title}</h1>\n"
            f"\t\t\t<span class=\"status status_upd\">{status}</span>\n"
            f"\t\t\t\t<p>{adoption}</p>\n\t\t\t</div>\n"
            "\t\t\t<div id=\"tabs_container\">\n\t\t\t<div class=\"container_gamma tabs clearfix\">\n\t\t\t\t<ul class=\"clearfix\">\n"
            + tab_items +
            f"\t\t\t\t\t<li><div class=\"downloads\"><a href=\"http://law.gov.kz/client/#!/doc/{self.ekb}/{lang}\" "
            f"target=\"_blank\" class=\"icon_ekb\">{ekb_name}</a></div></li>\n"
            "\t\t\t\t</ul>\n\t\t\t</div>\n\t\t</div>\n"
            "\t\t\t<div class=\"container_gamma text text_upd\">\n\t\t\t\t<div class=\"gs_12\">\n\t\t\t\t\t<article>"
        )

    def page_tail(self):
        ru = self.lang == "rus"
        footer = "Все права защищены" if ru else "Барлық құқықтар қорғалған"
        return (
            "</article>\n\t\t\t\t</div>\n\t\t\t</div>\n\t\t\t\t</div>\n\t\t\t</div>\n"
            f"\t\t\t<div id=\"footer\"><p>© 2012-2026 РГП на ПХВ «Институт законодательства и правовой информации "
            f"Республики Казахстан». {footer}.</p></div>\n"
            "\t\t</div>\n\t</body>\n</html>\n"
        )

    def block(self, kind, text, extra):
        if kind in ("para", "point", "repealed", "alinea", "preamble", "sign"):
            return f'<p id="{self.zid()}">\n{NBSP}{text}</p>\n'
        if kind == "article":
            return f'<p id="{self.zid()}"><b>{text}</b></p>\n'
        if kind == "unit":
            return f'<h3 id="{self.zid()}"> {text}</h3>'
        if kind == "note":
            if extra and extra in text and self.rng.random() < 0.85:
                before, after = text.split(extra, 1)
                href = f"/{self.lang}/docs/Z{self.rng.randint(10, 25)}{self.rng.randint(0, 99999999):08d}#z{self.rng.randint(1, 900)}"
                return (f'<span class="note">{NBSP}{before}</span><a href="{href}">{extra}</a>'
                        f'<span class="note">{after}</span><br>\n')
            return f'<p class="note" id="{self.zid()}">\n{NBSP}{text}</p>\n'
        raise ValueError(kind)


class MarkdownRenderer:
    def __init__(self, rng, deep):
        self.rng = rng
        self.deep = deep  # codes: sections ##, chapters ###, articles ####

    def block(self, kind, text, extra):
        rng = self.rng
        if kind == "title":
            return f"# {text}\n\n"
        if kind == "note":
            return f"> *{text}*\n\n"
        if kind == "unit":
            level = extra + 1 if self.deep else 2
            return f"{'#' * level} {text}\n\n"
        if kind == "article":
            level = 5 if self.deep else 3
            return f'<a id="st{extra}"></a>\n\n{"#" * level} {text}\n\n'
        if kind in ("point", "repealed"):
            close = text.index(")")
            if rng.random() < 0.3 and text[close + 1:close + 2] == " ":
                text = text[:close] + "\\" + text[close:]  # «28\) обеспечивает …»
            if kind == "repealed" and rng.random() < 0.5:
                return f"*{text}*\n\n"
            indent = "   " if rng.random() < 0.4 else ""
            return f"{indent}{text}\n\n"
        if kind == "sign":
            return f"**{text}**\n"
        return f"{text}\n\n"


# ---------------------------------------------------------------------------
# Files
# ---------------------------------------------------------------------------

def file_sizes(total_bytes, seed):
    """Target sizes, log-uniform in 0.2–3 MB (smaller when the whole corpus is small, so that it
    still has at least four files: both formats, both languages)."""
    rng = random.Random(f"sizes:{seed}")
    high = min(MAX_FILE, max(MIN_FILE / 4, total_bytes / 4))
    low = min(MIN_FILE, high / 2)
    sizes, left = [], total_bytes
    while left > 0:
        size = math.exp(rng.uniform(math.log(low), math.log(high)))
        if left - size < low:
            size = left
        sizes.append(int(size))
        left -= size
    return sizes


def generate_file(index, target, seed, languages):
    """Returns (relative path, bytes, format, lang, articles)."""
    rng = random.Random(f"file:{seed}:{index}")
    fmt = "html" if index % 2 == 0 else "md"
    lang = "rus" if (index // 2) % 2 == 0 else "kaz"
    L = languages[lang]
    code = target > 1.5 * MB
    act_id = (f"K{rng.randint(0, 25):02d}{index:08d}" if code else f"Z{rng.randint(0, 25):02d}{index:07d}_")
    ekb = 100000 + index
    writer = StatuteWriter(L, rng, code)
    title = L.act_title(rng, code)
    adoption = L.adoption(rng, code, rng.randint(1, 480))
    vocabulary = L.vocabulary  # counts what is written: n is estimated inside an article, exact after it
    start = vocabulary.n
    head = writer.header(title, adoption)
    vocabulary.settle(start, [b[1] for b in head])

    if fmt == "html":
        renderer = HTMLRenderer(rng, act_id, lang, ekb)
        chunks = [renderer.page_head(title, adoption).encode()]
        body = head[2:]  # title and adoption line are in the page chrome
        tail = renderer.page_tail().encode()
        path = os.path.join("html", f"{act_id}.{lang}.html")
    else:
        renderer = MarkdownRenderer(rng, code)
        edition, _ = Language.date(rng, 2024, 2026)
        chunks = [f"---\nsource: https://zan.gov.kz/client/#!/doc/{ekb}/{lang}/{edition}\n---\n\n".encode()]
        body = [b for b in head if b[0] != "adoption"]
        tail = b""
        path = os.path.join("md", act_id, f"{lang}.md")

    render = renderer.block
    size = sum(len(c) for c in chunks) + len(tail)
    first = "".join(render(*b) for b in body).encode()
    chunks.append(first)
    size += len(first)
    while size < target:
        start = vocabulary.n
        blocks = writer.next_article()
        vocabulary.settle(start, [b[1] for b in blocks])
        piece = "".join(render(*b) for b in blocks).encode()
        chunks.append(piece)
        size += len(piece)
    vocabulary.settle(vocabulary.n, [L.signature()])
    chunks.append(render("sign", L.signature(), None).encode())
    chunks.append(tail)
    return path, b"".join(chunks), fmt, lang, writer.article


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", required=True, help="output directory (html/, md/, manifest.tsv)")
    parser.add_argument("--mb", type=float, default=300.0, help="total size in MB of 10^6 bytes (default 300)")
    parser.add_argument("--seed", type=int, default=1, help="random seed (default 1)")
    parser.add_argument("--force", action="store_true", help="replace html/, md/ and manifest.tsv if DIR has them")
    parser.add_argument("-q", "--quiet", action="store_true", help="print only the summary line")
    parser.add_argument("--statutes", default=DEFAULT_STATUTES,
                        help="the real statutes the words are fitted on (default: ../shared/statutes from the "
                             "repository root)")
    args = parser.parse_args(argv)
    if args.mb <= 0:
        parser.error("--mb must be positive")

    started = time.monotonic()
    try:
        models = language_models(args.statutes)
    except (OSError, ValueError) as error:
        parser.error(str(error))
    out = args.out
    existing = [name for name in ("html", "md", "manifest.tsv") if os.path.exists(os.path.join(out, name))]
    if existing:
        if not args.force:
            parser.error(f"{out} already holds {', '.join(existing)}; pass --force to replace them")
        for name in existing:
            target = os.path.join(out, name)
            shutil.rmtree(target) if os.path.isdir(target) else os.remove(target)
    os.makedirs(os.path.join(out, "html"), exist_ok=True)
    os.makedirs(os.path.join(out, "md"), exist_ok=True)

    languages = {lang: Language(lang, models[lang]) for lang in LANGS}
    sizes = file_sizes(int(args.mb * MB), args.seed)
    manifest = ["path\tformat\tlang\tbytes\tarticles"]
    total = 0
    for index, target in enumerate(sizes):
        path, data, fmt, lang, articles = generate_file(index, target, args.seed, languages)
        full = os.path.join(out, path)
        os.makedirs(os.path.dirname(full), exist_ok=True)
        with open(full, "wb") as handle:
            handle.write(data)
        total += len(data)
        manifest.append(f"{path}\t{fmt}\t{lang}\t{len(data)}\t{articles}")
        if not args.quiet:
            print(f"  {path}  {len(data) / MB:.2f} MB  {articles} articles", file=sys.stderr)
    with open(os.path.join(out, "manifest.tsv"), "w", encoding="utf-8") as handle:
        handle.write("\n".join(manifest) + "\n")
    elapsed = time.monotonic() - started
    print(f"gen_corpus: {len(sizes)} files, {total / MB:.1f} MB in {out} (seed {args.seed}) in {elapsed:.1f} s")


if __name__ == "__main__":
    main()
