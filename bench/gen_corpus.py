#!/usr/bin/env python3
"""Kuzyret benchmark corpus: synthetic Kazakh statutes, deterministic from a seed.

Writes statute-like files whose *structure* follows the real texts Kuzyret reads
(/work/shared/statutes: the kazakhstan-law/codes Markdown and the adilet.zan.kz HTML in
markup-samples/); the words are our own, drawn from a small hand-written legal vocabulary.

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
«Глава 3 дополнена статьей 38-1 …» with two population bands. Sentences are ~10 words.

File sizes are log-uniform in 0.2–3 MB (1 MB = 10^6 bytes); the corpus stops once TOTAL_MB is
reached. The same --mb and --seed give byte-identical files.

Usage: gen_corpus.py --out DIR [--mb 300] [--seed 1] [--force]
"""

import argparse
import math
import os
import random
import shutil
import sys
import time

MB = 1_000_000
MIN_FILE = 0.2 * MB
MAX_FILE = 3.0 * MB

# ---------------------------------------------------------------------------
# Vocabulary, written for this generator. Russian is subject-verb-object, Kazakh subject-
# object-verb; phrases are chosen so that a sentence is about ten words.
# ---------------------------------------------------------------------------

RU_SUBJECTS = [
    "Местный исполнительный орган района", "Уполномоченный орган в области здравоохранения",
    "Аким города районного значения", "Маслихат области", "Центральный государственный орган",
    "Правительство Республики Казахстан", "Ревизионная комиссия области", "Аппарат акима сельского округа",
    "Национальная палата предпринимателей", "Государственная техническая инспекция",
    "Территориальное подразделение уполномоченного органа", "Собрание местного сообщества",
    "Областной акимат", "Комиссия по чрезвычайным ситуациям", "Государственное учреждение",
    "Физические и юридические лица", "Должностное лицо местного исполнительного органа",
    "Администратор бюджетных программ", "Районный акимат", "Ветеринарная служба района",
    "Орган государственных доходов", "Общественный совет", "Аким поселка", "Жилищная инспекция",
]
RU_VERBS = [
    "осуществляет", "обеспечивает", "утверждает", "разрабатывает", "рассматривает", "определяет",
    "организует", "согласовывает", "вносит на рассмотрение", "принимает", "представляет", "устанавливает",
    "проводит", "координирует", "контролирует", "формирует", "ведет", "направляет", "исполняет", "создает",
    "финансирует", "реализует", "оказывает", "размещает",
]
RU_OBJECTS = [
    "порядок проведения мониторинга", "программу развития территории", "правила содержания зеленых насаждений",
    "бюджетную заявку", "перечень коммунального имущества", "меры государственной поддержки",
    "план мероприятий по энергосбережению", "решение о предоставлении земельного участка",
    "учет жилищного фонда", "реестр субъектов предпринимательства", "отчет об исполнении бюджета",
    "строительство дорог районного значения", "ветеринарные мероприятия", "социальную помощь отдельным категориям граждан",
    "работу территориальных советов местного самоуправления", "деятельность по профилактике правонарушений",
    "снос аварийного жилья", "генеральные планы застройки поселков", "перевозки пассажиров",
    "ремонт многоквартирных жилых домов", "электронные услуги", "лицензирование отдельных видов деятельности",
    "схему размещения нестационарных торговых объектов", "сведения о численности населения",
    "проект решения о бюджете", "защиту прав потребителей", "охрану памятников истории и культуры",
]
RU_MODIFIERS = [
    "в соответствии с законодательством Республики Казахстан", "на соответствующей территории",
    "в пределах своей компетенции", "за счет средств местного бюджета", "в порядке, установленном настоящим Законом",
    "по согласованию с уполномоченным органом", "в течение десяти рабочих дней", "с привлечением представителей общественности",
    "на очередной финансовый год", "для городов районного значения, сел, поселков", "в случаях, предусмотренных бюджетным законодательством",
    "с учетом мнения собрания местного сообщества", "не реже одного раза в год", "в сфере жилищных отношений",
    "в интересах местного населения", "на основании заявки акима", "в электронной форме",
    "по представлению ревизионной комиссии", "до первого числа следующего месяца", "в населенных пунктах района",
]
RU_HEAD_NOUNS = [
    "Компетенция", "Полномочия", "Порядок деятельности", "Основные задачи", "Финансирование", "Ответственность",
    "Организация работы", "Права и обязанности", "Порядок избрания", "Акты", "Аппарат", "Контроль за деятельностью",
]
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
RU_DEFINITIONS = [
    "местное государственное управление", "коммунальное имущество", "сельский округ", "собрание местного сообщества",
    "бюджетная программа", "уполномоченный орган", "территориальный совет", "населенный пункт", "аким",
]
RU_SIGNATURE = "Президент Республики Казахстан"

KZ_SUBJECTS = [
    "Жергілікті атқарушы орган", "Денсаулық сақтау саласындағы уәкілетті орган", "Аудандық маңызы бар қаланың әкімі",
    "Облыстық мәслихат", "Орталық мемлекеттік орган", "Қазақстан Республикасының Үкіметі", "Облыстың тексеру комиссиясы",
    "Ауылдық округ әкімінің аппараты", "Ұлттық кәсіпкерлер палатасы", "Мемлекеттік техникалық инспекция",
    "Уәкілетті органның аумақтық бөлімшесі", "Жергілікті қоғамдастық жиналысы", "Облыс әкімдігі",
    "Төтенше жағдайлар жөніндегі комиссия", "Мемлекеттік мекеме", "Жеке және заңды тұлғалар",
    "Жергілікті атқарушы органның лауазымды адамы", "Бюджеттік бағдарламалардың әкімшісі", "Аудан әкімдігі",
    "Ауданның ветеринариялық қызметі", "Мемлекеттік кірістер органы", "Қоғамдық кеңес", "Кент әкімі", "Тұрғын үй инспекциясы",
]
KZ_VERBS = [
    "жүзеге асырады", "қамтамасыз етеді", "бекітеді", "әзірлейді", "қарайды", "айқындайды", "ұйымдастырады",
    "келіседі", "қарауға енгізеді", "қабылдайды", "ұсынады", "белгілейді", "жүргізеді", "үйлестіреді", "бақылайды",
    "қалыптастырады", "жолдайды", "орындайды", "құрады", "қаржыландырады", "іске асырады", "көрсетеді", "орналастырады",
]
KZ_OBJECTS = [
    "мониторинг жүргізу тәртібін", "аумақты дамыту бағдарламасын", "жасыл екпелерді күтіп-ұстау қағидаларын",
    "бюджеттік өтінімді", "коммуналдық мүліктің тізбесін", "мемлекеттік қолдау шараларын",
    "энергия үнемдеу жөніндегі іс-шаралар жоспарын", "жер учаскесін беру туралы шешімді", "тұрғын үй қорының есебін",
    "кәсіпкерлік субъектілерінің тізілімін", "бюджеттің атқарылуы туралы есепті", "аудандық маңызы бар жолдардың құрылысын",
    "ветеринариялық іс-шараларды", "азаматтардың жекелеген санаттарына әлеуметтік көмекті",
    "жергілікті өзін-өзі басқарудың аумақтық кеңестерінің жұмысын", "құқық бұзушылықтардың профилактикасы жөніндегі қызметті",
    "апатты тұрғын үйді бұзуды", "кенттер құрылысының бас жоспарларын", "жолаушылар тасымалын",
    "көппәтерлі тұрғын үйлерді жөндеуді", "электрондық қызметтерді", "білім беру ұйымдарын жиһазбен жарақтандыруды",
    "шаһар көшелерін абаттандыруды", "халық саны туралы мәліметтерді", "бюджет туралы шешімнің жобасын",
    "тұтынушылардың құқықтарын қорғауды", "тарих және мәдениет ескерткіштерін қорғауды",
]
KZ_MODIFIERS = [
    "Қазақстан Республикасының заңнамасына сәйкес", "тиісті аумақта", "өз құзыреті шегінде",
    "жергілікті бюджет қаражаты есебінен", "осы Заңда белгіленген тәртіппен", "уәкілетті органмен келісу бойынша",
    "он жұмыс күні ішінде", "жұртшылық өкілдерін тарта отырып", "кезекті қаржы жылына", "аудандық маңызы бар қалалар мен ауылдар үшін",
    "бюджет заңнамасында көзделген жағдайларда", "жергілікті қоғамдастық жиналысының пікірін ескере отырып",
    "жылына кемінде бір рет", "тұрғын үй қатынастары саласында", "жергілікті халықтың мүддесінде", "әкімнің өтінімі негізінде",
    "электрондық нысанда", "тексеру комиссиясының ұсынуы бойынша", "келесі айдың бірінші күніне дейін", "ауданның елді мекендерінде",
]
KZ_HEAD_GENITIVES = [
    "Аудан әкімінің", "Облыстың жергілікті атқарушы органының", "Республикалық маңызы бар қала мәслихатының",
    "Уәкілетті органның", "Тексеру комиссиясының", "Әкім аппаратының", "Мемлекеттік инспекцияның",
    "Бюджет процесі қатысушыларының", "Жергілікті өзін-өзі басқару органдарының", "Ауылдық округтің",
    "Аудандық маңызы бар қала, кент, ауыл әкімінің", "Мәслихаттың тұрақты комиссияларының", "Жергілікті қоғамдастық жиналысының",
]
KZ_HEAD_NOUNS = [
    "құзыреті", "өкілеттіктері", "қызметінің тәртібі", "негізгі міндеттері", "қаржыландырылуы", "жауапкершілігі",
    "жұмысын ұйымдастыру", "құқықтары мен міндеттері", "сайлану тәртібі", "актілері", "аппараты", "қызметін бақылау",
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
KZ_DEFINITIONS = [
    "жергілікті мемлекеттік басқару", "коммуналдық мүлік", "ауылдық округ", "жергілікті қоғамдастық жиналысы",
    "бюджеттік бағдарлама", "уәкілетті орган", "аумақтық кеңес", "елді мекен", "әкім",
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


def sentence_pools(rng, lang, size):
    """Pre-built sentences (capitalised, ending with '.') and point bodies (lower case, no end mark)."""
    if lang == "rus":
        subjects, verbs, objects, mods = RU_SUBJECTS, RU_VERBS, RU_OBJECTS, RU_MODIFIERS
    else:
        subjects, verbs, objects, mods = KZ_SUBJECTS, KZ_VERBS, KZ_OBJECTS, KZ_MODIFIERS
    choice = rng.choice
    sentences, points = [], []
    for _ in range(size):
        s, v, o = choice(subjects), choice(verbs), choice(objects)
        m1, m2 = choice(mods), choice(mods)
        two = rng.random() < 0.35 and m1 != m2
        if lang == "rus":
            tail = f"{o} {m1}, {m2}" if two else f"{o} {m1}"
            sentences.append(f"{s} {v} {tail}.")
            points.append(f"{v} {tail}")
        else:
            head = f"{m1}, {m2.lower() if not m2.startswith('Қазақстан') else m2}" if two else m1
            sentences.append(f"{s} {head} {o} {v}.")
            body = f"{head} {o} {v}"
            points.append(body[0].lower() + body[1:] if not body.startswith("Қазақстан") else body)
    return sentences, points


class Language:
    """Wording of one language: headings, references to amending laws, footnotes, statuses."""

    def __init__(self, lang, seed):
        self.lang = lang
        self.ru = lang == "rus"
        pool_rng = random.Random(f"pool:{seed}:{lang}")
        self.sentences, self.points = sentence_pools(pool_rng, lang, 24000)

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
        if self.ru:
            return f"Статья {num}. {rng.choice(RU_HEAD_NOUNS)} {rng.choice(RU_HEAD_GENITIVES)}"
        return f"{num}-бап. {rng.choice(KZ_HEAD_GENITIVES)} {rng.choice(KZ_HEAD_NOUNS)}"

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
        return " ".join(rng.choices(self.sentences, k=sentences))

    def chapeau(self, rng):
        sentence = rng.choice(self.sentences)
        return sentence[:-1] + ":"

    def point(self, rng, last):
        return rng.choice(self.points) + ("." if last else ";")

    def definition(self, rng, last):
        end = "." if last else ";"
        if self.ru:
            term, obj, mod = rng.choice(RU_DEFINITIONS), rng.choice(RU_OBJECTS), rng.choice(RU_MODIFIERS)
            return f"{term} – деятельность, направленная на {obj} {mod}{end}"
        term, obj, mod = rng.choice(KZ_DEFINITIONS), rng.choice(KZ_OBJECTS), rng.choice(KZ_MODIFIERS)
        return f"{term} – {mod} {obj} қамтамасыз етуге бағытталған қызмет{end}"

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
    head = writer.header(title, adoption)

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
        piece = "".join(render(*b) for b in writer.next_article()).encode()
        chunks.append(piece)
        size += len(piece)
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
    args = parser.parse_args(argv)
    if args.mb <= 0:
        parser.error("--mb must be positive")

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

    started = time.monotonic()
    languages = {lang: Language(lang, args.seed) for lang in ("rus", "kaz")}
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
