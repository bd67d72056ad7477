import KuzyretCore
import Mustache

/// The language of the interface: labels, headings, buttons. A provision's text is always shown
/// in its own language, whatever this is.
public enum InterfaceLanguage: String, Sendable, CaseIterable {
    case rus, kaz, eng

    /// `?ui=` if given, else the first language of `Accept-Language` Kuzyret has, else Russian.
    public static func choose(ui: String?, acceptLanguage: String?) -> InterfaceLanguage {
        if let ui, let chosen = InterfaceLanguage(rawValue: ui) { return chosen }
        for part in (acceptLanguage ?? "").lowercased().split(separator: ",") {
            let tag = part.split(separator: ";").first.map { $0.trimmingCharacters(in: .whitespaces) } ?? ""
            if tag.hasPrefix("kk") || tag.hasPrefix("kz") { return .kaz }
            if tag.hasPrefix("ru") { return .rus }
            if tag.hasPrefix("en") { return .eng }
        }
        return .rus
    }

    /// The code of the HTML `lang` attribute.
    public var htmlCode: String {
        switch self {
        case .rus: "ru"
        case .kaz: "kk"
        case .eng: "en"
        }
    }

    /// The labels in this language.
    public var labels: Labels {
        switch self {
        case .rus: .russian
        case .kaz: .kazakh
        case .eng: .english
        }
    }
}

/// Every word of the interface, in one language.
public struct Labels: Sendable {
    /// Every label by its name, for the templates (filled once per language, by reflection).
    var table: [String: String] = [:]

    public var search, searchPlaceholder, actors, acts, editions, edition, newest, partial, results, noResults, status, conditions: String
    public var competences, flags, cites, citedBy, otherEditions, changes, previousEdition, newerEdition, thisEdition: String
    public var download, asOf, population, language, compare, compareIntro, bill, upload, pickEditions, oldEdition, newEdition, run: String
    public var kept, changed, dropped, added, flagsKept, flagsRemoved, flagsAdded, coverage, openClauses, counts, byAct, byTopic,
        all: String
    public var notFound, badRequest, error, contents, page, previous, next, facets, member, from, via, charter, explanation, home,
        api: String
    public var appliedFrom, appliedUntil, noText, malformed, unitsOnly, newestInIndex, openEnded, show, actor, modality, act: String
    public var amendedBy, history, steps, inForceFrom, lostForceOn, replacedBy, notYetInForce: String

    /// `labels` with its ``table`` filled.
    static func tabled(_ labels: Labels) -> Labels {
        var tabled = labels
        for child in Mirror(reflecting: labels).children {
            if let name = child.label, let value = child.value as? String { tabled.table[name] = value }
        }
        return tabled
    }

    static let russian = Labels.tabled(
        Labels(
            search: "Поиск", searchPlaceholder: "слова, «фраза», префикс*", actors: "Субъекты", acts: "Акты в индексе",
            editions: "Редакции",
            edition: "редакция", newest: "последняя", partial: "выдержка", results: "Результаты", noResults: "Ничего не найдено",
            status: "Статус", conditions: "Условия", competences: "Компетенции", flags: "Отметки делегирования", cites: "Ссылается на",
            citedBy: "На неё ссылаются", otherEditions: "В других редакциях", changes: "Что изменилось",
            previousEdition: "предыдущая редакция",
            newerEdition: "Есть более новая редакция", thisEdition: "Эта редакция", download: "Скачать", asOf: "На дату",
            population: "Население",
            language: "Язык", compare: "Сравнение", compareIntro: "Загрузите законопроект или выберите две редакции одного акта.",
            bill: "Законопроект", upload: "Файл (HTML, XML, Markdown)", pickEditions: "Две редакции акта", oldEdition: "Старая редакция",
            newEdition: "Новая редакция", run: "Сравнить", kept: "Сохранены", changed: "Изменены", dropped: "Исключены", added: "Новые",
            flagsKept: "Отметки сохранены", flagsRemoved: "Отметки сняты", flagsAdded: "Отметки добавлены", coverage: "Покрытие",
            openClauses: "Открытые нормы", counts: "Итоги", byAct: "По актам", byTopic: "По темам", all: "все", notFound: "Не найдено",
            badRequest: "Неверный запрос", error: "Ошибка", contents: "Содержание", page: "Страница", previous: "← назад", next: "далее →",
            facets: "Уточнить", member: "субъект", from: "из", via: "через определение", charter: "Хартия", explanation: "Пояснение",
            home: "Kuzyret", api: "API", appliedFrom: "действовала с", appliedUntil: "до", noText: "нет в этой редакции",
            malformed: "Запрос не разобран", unitsOnly: "только для",
            newestInIndex: "последняя в индексе", openEnded: "открытые", show: "Показать", actor: "Субъект", modality: "Модальность",
            act: "Акт", amendedBy: "Изменения внесены", history: "История", steps: "Шаги и изменяющие законы",
            inForceFrom: "вводится в действие с", lostForceOn: "утратил силу", replacedBy: "Заменен", notYetInForce: "не вступил в силу"))

    static let kazakh = Labels.tabled(
        Labels(
            search: "Іздеу", searchPlaceholder: "сөздер, «тіркес», префикс*", actors: "Субъектілер", acts: "Индекстегі актілер",
            editions: "Редакциялар", edition: "редакция", newest: "соңғы", partial: "үзінді", results: "Нәтижелер",
            noResults: "Ештеңе табылмады", status: "Мәртебесі", conditions: "Шарттар", competences: "Құзыреттер",
            flags: "Өкілеттік белгілері", cites: "Сілтейді", citedBy: "Оған сілтейді", otherEditions: "Басқа редакцияларда",
            changes: "Не өзгерді", previousEdition: "алдыңғы редакция", newerEdition: "Жаңарақ редакция бар", thisEdition: "Осы редакция",
            download: "Жүктеп алу", asOf: "Күні", population: "Халық саны", language: "Тіл", compare: "Салыстыру",
            compareIntro: "Заң жобасын жүктеңіз немесе бір актінің екі редакциясын таңдаңыз.", bill: "Заң жобасы",
            upload: "Файл (HTML, XML, Markdown)", pickEditions: "Актінің екі редакциясы", oldEdition: "Ескі редакция",
            newEdition: "Жаңа редакция", run: "Салыстыру", kept: "Сақталды", changed: "Өзгерді", dropped: "Алынып тасталды", added: "Жаңа",
            flagsKept: "Белгілер сақталды", flagsRemoved: "Белгілер алынды", flagsAdded: "Белгілер қосылды", coverage: "Қамту",
            openClauses: "Ашық нормалар", counts: "Қорытынды", byAct: "Актілер бойынша", byTopic: "Тақырыптар бойынша", all: "барлығы",
            notFound: "Табылмады", badRequest: "Қате сұрау", error: "Қате", contents: "Мазмұны", page: "Бет", previous: "← артқа",
            next: "әрі қарай →", facets: "Нақтылау", member: "субъект", from: "қайдан", via: "анықтама арқылы", charter: "Хартия",
            explanation: "Түсіндірме", home: "Kuzyret", api: "API", appliedFrom: "қолданылды", appliedUntil: "дейін",
            noText: "бұл редакцияда жоқ", malformed: "Сұрау талданбады", unitsOnly: "тек",
            newestInIndex: "индекстегі соңғысы", openEnded: "ашық", show: "Көрсету", actor: "Субъект", modality: "Модальділік", act: "Акт",
            amendedBy: "Өзгерістер енгізілді", history: "Тарих", steps: "Қадамдар және өзгерткен заңдар",
            inForceFrom: "қолданысқа енгізілді", lostForceOn: "күші жойылды", replacedBy: "Орнына", notYetInForce: "қолданысқа енгізілмеген"
        ))

    static let english = Labels.tabled(
        Labels(
            search: "Search", searchPlaceholder: "words, \"a phrase\", prefix*", actors: "Actors", acts: "Acts in the index",
            editions: "Editions", edition: "edition", newest: "newest", partial: "excerpt", results: "Results", noResults: "Nothing found",
            status: "Status", conditions: "Conditions", competences: "Competences", flags: "Delegation flags", cites: "Cites",
            citedBy: "Cited by", otherEditions: "In other editions", changes: "What changed", previousEdition: "previous edition",
            newerEdition: "A newer edition exists", thisEdition: "This edition", download: "Download", asOf: "As of",
            population: "Population", language: "Language", compare: "Compare",
            compareIntro: "Upload a bill, or pick two editions of one act.", bill: "Bill", upload: "File (HTML, XML, Markdown)",
            pickEditions: "Two editions of an act", oldEdition: "Old edition", newEdition: "New edition", run: "Compare",
            kept: "Kept", changed: "Changed", dropped: "Dropped", added: "New", flagsKept: "Flags kept", flagsRemoved: "Flags removed",
            flagsAdded: "Flags added", coverage: "Coverage", openClauses: "Open-ended clauses", counts: "Counts", byAct: "By act",
            byTopic: "By topic", all: "all", notFound: "Not found", badRequest: "Bad request", error: "Error", contents: "Contents",
            page: "Page", previous: "← previous", next: "next →", facets: "Refine", member: "member", from: "from",
            via: "via the definition", charter: "Charter", explanation: "Explanation", home: "Kuzyret", api: "API",
            appliedFrom: "applied from", appliedUntil: "until", noText: "not in this edition", malformed: "The query could not be read",
            unitsOnly: "only for", newestInIndex: "the newest in the index", openEnded: "open-ended",
            show: "Show", actor: "Actor", modality: "Modality", act: "Act", amendedBy: "Amended by", history: "History",
            steps: "Steps and amending laws", inForceFrom: "in force from", lostForceOn: "lost force on", replacedBy: "Replaced by",
            notYetInForce: "not yet in force"))
}

extension Labels: MustacheParent {
    /// The label `name` (`{{l.search}}`).
    public func child(named name: String) -> Any? { table[name] }
}
