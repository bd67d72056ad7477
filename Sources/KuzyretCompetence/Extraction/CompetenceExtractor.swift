import KuzyretCore

/// Finds the competences, flags and references of a statute (DESIGN.md §6–8).
///
/// Actors come by **chapeau inheritance**: an article title («Статья 35. Компетенция акима …»,
/// «… әкімінің құзыреті») gives its actor to the article's points; a lead-in («1. Аким … в
/// соответствии с законодательством Республики Казахстан:», «В компетенцию акима … входят:»)
/// gives its actor and modality to every numbered provision below it. A provision elsewhere that
/// names its actor as subject («Акимы сел … организуют …») is a competence of its own.
///
/// Not competences, though flagged: clauses of accountability («несет ответственность …
/// перед»), of residual assignment («может быть отнесено решение иных вопросов»), and of the
/// akim's election or term («избирается», «сайланады»).
public struct CompetenceExtractor: Sendable {
    let references: ReferenceFinder

    /// An extractor resolving external references through `catalog`.
    public init(catalog: ActCatalog = .empty) {
        references = ReferenceFinder(catalog: catalog)
    }

    /// What the reading of one act knows of the whole act: its eIds (to resolve references) and
    /// the terms its definitions make include rural-tier actors.
    struct ActScope {
        var known: Set<String>
        var terms: DefinedTerms
        /// The statute's words, each text cut once.
        var words: WordMemo
    }

    /// An actor a provision binds: its units, and the definition it binds through, if any.
    typealias BoundActor = (actor: PublicActor, units: Set<AdministrativeUnit>, via: String?)

    /// Who a provision's competences belong to, and where that was said.
    struct Context {
        var actors: [BoundActor]
        var source: String
        var modality: Modality?
        /// From a lead-in (every numbered item below is a competence) rather than a title.
        var isLeadIn: Bool
    }

    /// Non-competence clauses by language (with ``appointment``, which is read more closely).
    static func framework(for lang: Language) -> [PhrasePattern] {
        switch lang {
        case .rus: russianFramework
        case .kaz: kazakhFramework
        case .eng: englishFramework
        }
    }

    /// Election, appointment and dismissal of the actor: not competences even in a list
    /// («Аким района …: назначается на должность акимом области …; освобождается …»).
    static func appointment(for lang: Language) -> [PhrasePattern] {
        switch lang {
        case .rus: russianAppointment
        case .kaz: kazakhAppointment
        case .eng: englishAppointment
        }
    }

    /// Title words that make an article title a competence title: the first word in Russian and
    /// English («Компетенция акима …», «Competence of …»), the last in Kazakh («… әкімінің
    /// құзыреті»). «Порядок … прекращения полномочий акима» is not one.
    static let competenceTitle = PhrasePattern("компетенци*|полномочи*|ведени*|competence|competences|powers|jurisdiction")
    static let kazakhCompetenceTitle = PhrasePattern("құзырет*|құзыр*|өкілеттік*|өкілеттіг*")

    /// Whose competence a competence title names: the actor right after «Компетенция» /
    /// «Competence of», or right before «құзыреті». «Мәслихат тұрақты комиссияларының … өкiлеттiгi»
    /// (the powers of the maslikhat's standing commissions) names no actor's competence.
    static func titleHolders(_ words: ClauseWords, lang: Language) -> [ActorMention] {
        let mentions = ActorLexicon.mentions(in: words, lang: lang).filter { $0.role != .superior }
        let content = words.words.indices.filter { index in
            let word = words.words[index]
            return !word.isNumber && !["статья", "бап", "article"].contains(word.folded)
        }
        guard let first = content.first, let last = content.last else { return [] }
        switch lang {
        case .kaz:
            // «… әкімінің құзыреті»; «Мәслихаттың әкімге сенімсіздік білдіру өкілеттігі»: the genitive holder.
            if let adjacent = mentions.first(where: { $0.words.upperBound == last }) { return [adjacent] }
            let genitive = mentions.first { mention in
                let word = words.words[mention.words.upperBound - 1].folded
                return ["ның", "нің", "дың", "дің", "тың", "тің"].contains(where: word.hasSuffix)
            }
            return genitive.map { [$0] } ?? []
        case .rus, .eng:
            let start = mentions.first.map(\.words.lowerBound) ?? Int.max
            // «Компетенция акима …», «Competence of the akim …»; not «Компетенция руководителя аппарата акима».
            guard start <= first + (lang == .eng ? 3 : 1) else { return [] }
            // Coordinated holders («… местного исполнительного органа района … и акимов города районного значения …»).
            return mentions.filter { $0.head != .community || $0.words.lowerBound == start }
        }
    }

    /// Who acts in a title that names what an actor does: «Нотариальные действия, совершаемые
    /// должностным лицом аппарата акима …», «… әкімі аппаратының лауазымды адамы жасайтын
    /// нотариаттық іс-әрекеттер», "Notarial acts performed by the official of …". The article then
    /// speaks of that actor, as under a competence title.
    static func activityHolders(_ words: ClauseWords, lang: Language) -> [ActorMention] {
        let mentions = ActorLexicon.mentions(in: words, lang: lang).filter { $0.role != .superior }
        func word(_ index: Int) -> String? { index >= 0 && index < words.count ? words.words[index].folded : nil }
        switch lang {
        case .rus:
            return mentions.filter { word($0.words.lowerBound - 1).map(isRussianActivityParticiple) ?? false }.prefix(1).map { $0 }
        case .kaz:
            return mentions.filter { word($0.words.upperBound).map(isKazakhActivityParticiple) ?? false }.prefix(1).map { $0 }
        case .eng:
            return mentions.filter { $0.isAgent }.prefix(1).map { $0 }
        }
    }

    /// Whether any of `patterns` occurs in `words`.
    static func matchesAny(_ patterns: [PhrasePattern]?, _ words: ClauseWords) -> Bool {
        (patterns ?? []).contains { $0.firstMatch(in: words) != nil }
    }

    /// A Kazakh lead-in whose predicate ends the list («Мыналар:», «Мынадай …:»).
    static let kazakhListLead = PhrasePattern("мыналар|мынадай|мынандай")

    /// Titles of definition articles.
    static let definitionsTitle = PhrasePattern("понятия|понятий|ұғымдар|definitions|terms")

    /// Whether `node` is a definitions article («Основные понятия», «Негізгі ұғымдар»).
    static func isDefinitions(_ node: Provision) -> Bool {
        node.kind == .article && node.heading.map { definitionsTitle.firstMatch(in: ClauseWords($0)) != nil } == true
    }

    static func isCompetenceTitle(_ words: ClauseWords, lang: Language) -> Bool {
        let titleWords = words.words.filter { !$0.isNumber && $0.folded != "статья" && $0.folded != "бап" && $0.folded != "article" }
        switch lang {
        case .kaz: return titleWords.last.map { kazakhCompetenceTitle.matchesWord($0.folded) } ?? false
        case .rus, .eng: return titleWords.first.map { competenceTitle.matchesWord($0.folded) } ?? false
        }
    }

    /// Everything found in `statute`.
    public func analyse(_ statute: Statute, words: WordMemo = WordMemo()) -> StatuteAnalysis {
        var analysis = StatuteAnalysis(act: statute.act, competences: [], flags: [], references: [])
        var known = Set<String>()
        statute.walk { node, _ in known.insert(node.eid) }
        let terms = DefinedTerms(statute, isDefinitions: Self.isDefinitions)
        let scope = ActScope(known: known, terms: terms, words: words)
        for provision in statute.provisions {
            visit(provision, ancestors: [], context: nil, statute: statute, scope: scope, into: &analysis)
        }
        return analysis
    }

    func visit(
        _ node: Provision, ancestors: [Provision], context inherited: Context?, statute: Statute,
        scope: ActScope, into analysis: inout StatuteAnalysis
    ) {
        let lang = statute.act.lang
        var context = inherited
        let path = ancestors + [node]
        switch node.kind {
        case .part, .section, .chapter, .subchapter, .preamble, .attachment:
            for child in node.children { visit(child, ancestors: path, context: nil, statute: statute, scope: scope, into: &analysis) }
            return
        case .article:
            context = nil
            if Self.isDefinitions(node) {
                // «Основные понятия»: definitions name actors but give them nothing.
                return
            }
            if let heading = node.heading {
                let words = ClauseWords(heading, memo: scope.words)
                let holders =
                    Self.isCompetenceTitle(words, lang: lang)
                    ? Self.titleHolders(words, lang: lang) : Self.activityHolders(words, lang: lang)
                let actors = Self.actors(of: holders, context: nil)
                if !actors.isEmpty { context = Context(actors: actors, source: node.eid, modality: nil, isLeadIn: false) }
            }
            if node.children.isEmpty || !node.text.isEmpty {
                // An article whose text is its only content: treat it as one provision.
                if node.children.isEmpty {
                    leaf(node, ancestors: ancestors, context: context, statute: statute, scope: scope, into: &analysis)
                    return
                }
                lead(node, context: &context, statute: statute, scope: scope, into: &analysis)
            }
            for child in node.children { visit(child, ancestors: path, context: context, statute: statute, scope: scope, into: &analysis) }
        case .paragraph, .point, .alinea, .fragment:
            let numberedChildren = node.children.contains { $0.num != nil }
            if numberedChildren {
                lead(node, context: &context, statute: statute, scope: scope, into: &analysis)
                for child in node.children {
                    if child.num != nil || !child.children.isEmpty {
                        visit(child, ancestors: path, context: context, statute: statute, scope: scope, into: &analysis)
                    } else if let own = Self.ownSentence(child, context: context, lang: lang, memo: scope.words) {
                        // An unnumbered paragraph beside the list that names its own actor («Аким
                        // поселка, села, сельского округа в случае отсутствия школы … организует
                        // бесплатный подвоз …»): a provision of its own.
                        leaf(child, ancestors: path, context: own, statute: statute, scope: scope, into: &analysis)
                    } else {
                        // An unnumbered part beside the list («При этом …»): flagged and cited, not a competence.
                        let words = ClauseWords(child.text, memo: scope.words)
                        let mentions = ActorLexicon.mentions(in: words, lang: statute.act.lang)
                        let holders = context?.actors.map(\.actor) ?? []
                        record(
                            flags: FlagDetector.flags(in: words, lang: statute.act.lang, mentions: mentions, holders: holders),
                            node: child, status: child.status, actors: holders, isCompetence: false, statute: statute, into: &analysis)
                        analysis.references += references.references(
                            in: child.text, from: child.eid, statute: statute, knownEids: scope.known, words: scope.words)
                    }
                }
            } else {
                leaf(node, ancestors: ancestors, context: context, statute: statute, scope: scope, into: &analysis)
            }
        }
    }

    /// A lead-in: its actor (if it names one) passes to the provisions below.
    func lead(_ node: Provision, context: inout Context?, statute: Statute, scope: ActScope, into analysis: inout StatuteAnalysis) {
        let lang = statute.act.lang
        let words = ClauseWords(node.text, memo: scope.words)
        let mentions = ActorLexicon.mentions(in: words, lang: lang)
        let acting = mentions.filter(\.isActing)
        let own = Self.actors(of: acting, context: context, terms: scope.terms.actors(in: words, lang: lang))
        var isFramework = Self.matchesAny(Self.framework(for: lang), words) || Self.matchesAny(Self.appointment(for: lang), words)
        if lang == .kaz, Self.kazakhListLead.firstMatch(in: words) != nil,
            let last = node.children.last(where: { $0.num != nil }),
            Self.matchesAny(Self.framework(for: lang), ClauseWords(Self.fullText(of: last), memo: scope.words))
        {
            // «2. Мыналар: 1) …; 2) … негіз болып табылады.»: Kazakh puts the predicate of the
            // lead-in at the end of the list's last item.
            isFramework = true
        }
        if isFramework && !(context?.isLeadIn ?? false) {
            // «Полномочия акима … прекращаются в случаях:»: the list below is not competences.
            let holders = own.isEmpty ? context?.actors.map(\.actor) ?? [] : own.map(\.actor)
            record(
                flags: FlagDetector.flags(in: words, lang: lang, mentions: mentions, holders: holders), node: node,
                actors: holders, isCompetence: false, statute: statute, into: &analysis)
            analysis.references += references.references(
                in: node.text, from: node.eid, statute: statute, knownEids: scope.known, words: scope.words)
            context = nil
            return
        }
        if !own.isEmpty {
            context = Context(
                actors: own, source: node.eid,
                modality: ModalityReader.explicitModality(of: words, lang: lang), isLeadIn: true)
        } else if var current = context {
            current.modality = ModalityReader.explicitModality(of: words, lang: lang) ?? current.modality
            current.isLeadIn = current.isLeadIn || node.text.hasSuffix(":")
            context = current
        }
        record(
            flags: FlagDetector.flags(in: words, lang: lang, mentions: mentions, holders: context?.actors.map(\.actor) ?? []),
            node: node, actors: context?.actors.map(\.actor) ?? [],
            isCompetence: false, statute: statute, into: &analysis)
        analysis.references += references.references(
            in: node.text, from: node.eid, statute: statute, knownEids: scope.known, words: scope.words)
    }

    /// The context for an unnumbered paragraph beside a list when it is a sentence of its own: it
    /// names an acting actor and ends in a predicate. The list's lead-in then no longer speaks for
    /// it, though its modality still does.
    static func ownSentence(_ node: Provision, context: Context?, lang: Language, memo: WordMemo) -> Context? {
        let words = ClauseWords(node.text, memo: memo)
        let acting = ActorLexicon.mentions(in: words, lang: lang).filter(\.isActing)
        guard !acting.contains(where: \.isBare), !actors(of: acting, context: nil).isEmpty,
            hasPredicate(acting, words: words, lang: lang)
        else { return nil }
        return Context(actors: [], source: node.eid, modality: context?.modality, isLeadIn: false)
    }

    /// A provision with no numbered provisions below: a competence if it has an actor.
    func leaf(
        _ node: Provision, ancestors: [Provision], context: Context?, statute: Statute, scope: ActScope,
        into analysis: inout StatuteAnalysis
    ) {
        let lang = statute.act.lang
        let text = Self.fullText(of: node)
        let words = ClauseWords(text, memo: scope.words)
        let mentions = ActorLexicon.mentions(in: words, lang: lang)
        let acting = mentions.filter(\.isActing)
        var actors = context?.actors ?? []
        var source = context?.source ?? node.eid
        var leadModality = context?.modality
        let terms = scope.terms.actors(in: words, lang: lang)
        let own = Self.actors(of: acting, context: context, terms: terms)
        if let context, context.isLeadIn {
            // An item of a list: the lead-in's actor, unless the item narrows it («аким поселка,
            // села, сельского округа … отмечает безработных»).
            let narrowed = own.filter { candidate in context.actors.contains { $0.actor == candidate.actor } }
            if !narrowed.isEmpty {
                actors = narrowed
                source = node.eid
            }
        } else if !own.isEmpty,
            let granted = Self.grantingLead(of: node, ancestors: ancestors, acting: acting, lang: lang, memo: scope.words)
        {
            // «Правом совершать нотариальные действия … обладают: … 2) должностные лица аппаратов
            // акимов …»: the item names who holds what the lead-in grants.
            actors = own
            source = node.eid
            leadModality = granted
        } else if !own.isEmpty
            && (Self.hasPredicate(acting, words: words, lang: lang) || (!terms.isEmpty && Self.endsInPredicate(words, lang: lang)))
        {
            actors = own
            source = node.eid
        }
        let refs = references.references(in: text, from: node.eid, statute: statute, knownEids: scope.known, words: scope.words)
        analysis.references += refs
        // Clauses on the akim's appointment or election say how the office is filled, not what it
        // may do: not competences, even in a list, and their «с согласия маслихата» is no flag.
        let appointmentClauses = Self.appointmentClauses(words, lang: lang)
        let appointing = Set(mentions.filter { $0.isAgent && appointmentClauses.contains($0.clause) }.flatMap(\.actors))
        if !appointing.isEmpty, source == node.eid, actors.contains(where: { appointing.contains($0.actor) }) {
            // «Аким района: назначается … акимом области»: the competence is the one who appoints.
            actors = actors.filter { appointing.contains($0.actor) }
        }
        let isAppointment = Self.isAppointment(
            clauses: appointmentClauses, mentions: mentions, actors: actors.map(\.actor), ownActors: source == node.eid)
        let isListItem = context?.isLeadIn ?? false
        let isFramework = isAppointment || (!isListItem && Self.matchesAny(Self.framework(for: lang), words))
        let isCompetence = !actors.isEmpty && !isFramework && (node.status != .inForce || !text.isEmpty)
        // A provision under a repealed or pending one shares its status.
        let status =
            ([node] + ancestors).contains { $0.status == .repealed }
            ? ProvisionStatus.repealed
            : ([node] + ancestors).contains { $0.status == .pending } ? .pending : node.status
        let flags = isAppointment ? [] : FlagDetector.flags(in: words, lang: lang, mentions: mentions, holders: actors.map(\.actor))
        record(
            flags: flags, node: node, status: status, actors: actors.map(\.actor), isCompetence: isCompetence, statute: statute,
            into: &analysis)
        guard isCompetence else { return }
        let modality = ModalityReader.explicitModality(of: words, lang: lang) ?? leadModality ?? .duty
        let conditions = ancestors.flatMap(\.conditions) + node.conditions
        let topics = TopicTagger.topics(of: words, lang: lang)
        for (actor, units, via) in actors {
            analysis.competences.append(
                Competence(
                    actor: actor, units: units.sorted(), act: statute.act.id, lang: lang, edition: statute.act.edition,
                    eid: node.eid, num: node.num, text: text, modality: modality, status: status, conditions: conditions,
                    flags: flags, topics: topics, inheritedFrom: source, references: refs, via: via))
        }
    }

    /// The modality a list's lead-in grants to an item that is only the name of its holder: the
    /// item opens with its acting actor, and the lead-in, which names no actor, ends with a colon
    /// and states a power, duty or prohibition («Правом … обладают:», «… мыналардың құқықтары
    /// бар:»). A lead-in without one («В состав комиссии входят:») grants nothing.
    static func grantingLead(of node: Provision, ancestors: [Provision], acting: [ActorMention], lang: Language, memo: WordMemo)
        -> Modality?
    {
        guard node.num != nil, let lead = ancestors.last, lead.text.last(where: { !$0.isWhitespace }) == ":",
            acting.contains(where: { $0.words.lowerBound == 0 })
        else { return nil }
        let words = ClauseWords(lead.text, memo: memo)
        guard ActorLexicon.mentions(in: words, lang: lang).allSatisfy({ !$0.isActing }) else { return nil }
        return ModalityReader.explicitModality(of: words, lang: lang)
    }

    /// The clauses holding an appointment word («избирается», «тағайындалады»), read once per provision.
    static func appointmentClauses(_ words: ClauseWords, lang: Language) -> Set<Int> {
        Set(appointment(for: lang).flatMap { $0.matches(in: words) }.map { words.clause[$0.lowerBound] })
    }

    /// Whether a clause fills the actor's office rather than empowering it: an appointment word in
    /// a clause whose acting actor is the one elected («Аким … избирается», or a list item under
    /// «Аким района:»). Not when the actors are the agents («избираются соответствующим
    /// маслихатом»), nor when the word is in another clause than the one naming them.
    static func isAppointment(clauses: Set<Int>, mentions: [ActorMention], actors: [PublicActor], ownActors: Bool) -> Bool {
        let actingByClause = Dictionary(grouping: mentions.filter(\.isActing), by: \.clause)
        return clauses.contains { clause in
            let acting = actingByClause[clause] ?? []
            if acting.contains(where: { !$0.isAgent }) { return true }
            // No actor in the clause: the office of the list's or title's actor is being filled.
            if acting.isEmpty { return !ownActors }
            // Only agents: the clause says who elects; theirs unless they are someone else.
            return !acting.contains { !Set($0.actors).isDisjoint(with: actors) }
        }
    }

    func record(
        flags: [DelegationFlag], node: Provision, status: ProvisionStatus? = nil, actors: [PublicActor], isCompetence: Bool,
        statute: Statute, into analysis: inout StatuteAnalysis
    ) {
        for flag in flags {
            analysis.flags.append(
                ProvisionFlag(
                    actors: actors, act: statute.act.id, lang: statute.act.lang, eid: node.eid, flag: flag,
                    status: status ?? node.status, isCompetence: isCompetence))
        }
    }

    /// The actors named by acting mentions; a bare «аким» or «әкім» takes the context's akim; then
    /// the actors of defined terms that act (`terms`, ``DefinedTerms``).
    static func actors(of mentions: [ActorMention], context: Context?, terms: [BoundActor] = []) -> [BoundActor] {
        var result: [BoundActor] = []
        func add(_ actor: PublicActor, _ units: Set<AdministrativeUnit>, via: String? = nil) {
            if let index = result.firstIndex(where: { $0.actor == actor }) {
                result[index].units.formUnion(units)
            } else {
                result.append((actor, units, via))
            }
        }
        for mention in mentions {
            if mention.isBare, let context {
                for (actor, units, _) in context.actors where mention.head == .office ? actor == .aulAkimOffice : actor != .aulAkimOffice {
                    add(actor, units)
                }
                if mention.head == .office, context.actors.contains(where: { $0.actor == .aulAkim }) {
                    add(.aulAkimOffice, context.actors.first { $0.actor == .aulAkim }!.units)
                }
                continue
            }
            // «Акимы района, города областного значения, поселка, села»: each actor keeps its own units.
            let aulUnits = AdministrativeUnit.aulLevel.union([.districtInCity])
            for actor in mention.actors {
                let own = actor.isRuralTier ? mention.units.intersection(aulUnits) : mention.units.subtracting(AdministrativeUnit.aulLevel)
                add(actor, own)
            }
        }
        // «Административные источники обязаны: …»: a term whose definition includes the actor.
        for term in terms where !result.contains(where: { $0.actor == term.actor }) { add(term.actor, term.units, via: term.via) }
        return result
    }

    /// Whether a clause an actor is subject of ends in a predicate. Kazakh puts the verb last; a
    /// clause ending in a noun («… әкімдері салатын айыппұлдар») names the actor inside a
    /// relative clause, not as the one the provision empowers.
    static func hasPredicate(_ mentions: [ActorMention], words: ClauseWords, lang: Language) -> Bool {
        guard lang == .kaz else { return true }
        return mentions.contains { mention in
            let last = words.lastWord(ofClause: mention.clause)
            return last.map { ActorLexicon.isKazakhPredicate(words.words[$0].folded) } ?? false
        }
    }

    /// Whether the text's first clause ends in a predicate (always, but in Kazakh, whose verb comes
    /// last): a defined term names no mention whose clause ``hasPredicate(_:words:lang:)`` can read.
    static func endsInPredicate(_ words: ClauseWords, lang: Language) -> Bool {
        guard lang == .kaz else { return true }
        return words.lastWord(ofClause: 0).map { ActorLexicon.isKazakhPredicate(words.words[$0].folded) } ?? false
    }

    /// The node's text with the text of unnumbered parts below it.
    static func fullText(of node: Provision) -> String {
        var parts = [node.text]
        node.walk { descendant, _ in
            if descendant.eid != node.eid, !descendant.text.isEmpty { parts.append(descendant.text) }
        }
        return parts.filter { !$0.isEmpty }.joined(separator: " ")
    }
}
