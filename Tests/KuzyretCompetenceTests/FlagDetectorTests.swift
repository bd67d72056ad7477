import KuzyretCompetence
import KuzyretCore
import Testing

/// Delegation flags on small fixtures (DESIGN.md §7).
@Suite("Delegation flags")
struct FlagDetectorTests {
    static func flags(_ text: String, _ lang: Language) -> [DelegationFlag] {
        let words = ClauseWords(text)
        return FlagDetector.flags(in: words, lang: lang, mentions: ActorLexicon.mentions(in: words, lang: lang))
    }

    static func kinds(_ text: String, _ lang: Language) -> [FlagKind] { flags(text, lang).map(\.kind) }

    @Test("Residual legislation is open-ended, in every language")
    func residual() throws {
        let russian = try #require(
            Self.flags("2. К ведению акима села законодательством Республики Казахстан может быть отнесено решение иных вопросов.", .rus)
                .first)
        #expect(russian.kind == .residualLegislation)
        #expect(russian.openEnded)
        #expect(russian.charter == ["4.1", "4.4"])
        #expect(russian.span == "быть отнесено решение иных вопросов")
        #expect(
            Self.kinds("ауыл әкімінің құзырына Қазақстан Республикасының заңдарымен өзге де мәселелерді шешу жатқызылуы мүмкін.", .kaz) == [
                .residualLegislation
            ])
        #expect(
            Self.kinds("exercises other powers assigned to it by the legislation of the Republic of Kazakhstan.", .eng) == [
                .residualLegislation
            ])
    }

    /// Twins in Russian and Kazakh: the actor named as subject of the sentence is no counterpart
    /// of its own agreement clause (issue 14: the Kazakh window before «келісу» reached the akim).
    static let consentTwins: [(rus: String, kaz: String, flagged: Bool)] = [
        (
            "Аким села по согласованию с собранием местного сообщества разрабатывает бюджет села.",
            "Ауыл әкімі жергілікті қоғамдастық жиналысымен келісу бойынша ауылдың бюджетін әзірлейді.", false
        ),
        (
            "Аким села с согласия собрания местного сообщества принимает решение.",
            "Ауыл әкімі жергілікті қоғамдастық жиналысының келісімі бойынша шешім қабылдайды.", false
        ),
        (
            "Аким села по согласованию с акимом района принимает решение.",
            "Ауыл әкімі аудан әкімімен келісу бойынша шешім қабылдайды.", true
        ),
        (
            "Аким села с согласия акима района принимает решение.",
            "Ауыл әкімі аудан әкімінің келісімі бойынша шешім қабылдайды.", true
        ),
    ]

    @Test("Consent of the community meeting is no dependency in Kazakh either; a superior's is, in both", arguments: consentTwins.indices)
    func consentParity(_ index: Int) {
        let twin = Self.consentTwins[index]
        let holders: [PublicActor] = [.aulAkim]
        for (text, lang) in [(twin.rus, Language.rus), (twin.kaz, .kaz)] {
            let words = ClauseWords(text)
            let flags = FlagDetector.flags(in: words, lang: lang, mentions: ActorLexicon.mentions(in: words, lang: lang), holders: holders)
            #expect(flags.map(\.kind) == (twin.flagged ? [.approvalDependency] : []), "\(lang.rawValue): \(text) → \(flags)")
            if twin.flagged { #expect(flags.first?.counterparts == [.districtAkim], "\(text)") }
        }
    }

    @Test("Agreement with a superior is a dependency; with the community meeting it is not")
    func approval() throws {
        let flag = try #require(
            Self.flags(
                "организуют по согласованию с акимом района (города областного значения) и собранием местного сообщества снос аварийного жилья",
                .rus
            ).first)
        #expect(flag.kind == .approvalDependency)
        #expect(flag.counterparts == [.districtAkim])
        #expect(flag.span == "по согласованию с акимом района (города областного значения)")
        #expect(Self.kinds("утверждают план поступлений после согласования с собранием местного сообщества;", .rus).isEmpty)
        #expect(Self.kinds("жергілікті қоғамдастық жиналысымен келісілгеннен кейін бекітеді;", .kaz).isEmpty)
        #expect(
            Self.kinds("аудан әкімімен және жергілікті қоғамдастық жиналысымен келісу бойынша ұйымдастырады", .kaz) == [.approvalDependency]
        )
        #expect(Self.kinds("по представлению главного государственного ветеринарно-санитарного инспектора", .rus) == [.approvalDependency])
        #expect(Self.kinds("бас мемлекеттік ветеринариялық-санитариялық инспектордың ұсынуы бойынша", .kaz) == [.approvalDependency])
        // «схемасын келісу бойынша» is agreeing on a scheme, not agreement with a body.
        #expect(Self.kinds("жер учаскесін бөліп беру схемасын келісу бойынша", .kaz).isEmpty)
    }

    @Test("Responsibility before a superior is upward accountability")
    func accountability() {
        #expect(
            Self.kinds("несет ответственность за реализацию возложенных на него функций перед вышестоящим акимом", .rus) == [
                .upwardAccountability
            ])
        #expect(Self.kinds("жоғары тұрған әкімнің алдында жауапты болады", .kaz) == [.upwardAccountability])
        #expect(Self.kinds("отчитывается перед собранием местного сообщества", .rus).isEmpty)
    }

    @Test("Tasks of a superior akim are open-ended instruction")
    func instruction() throws {
        let flag = try #require(Self.flags("выполняет поручения вышестоящего акима", .rus).first)
        #expect(flag.kind == .superiorInstruction)
        #expect(flag.openEnded)
        #expect(Self.kinds("жоғары тұрған әкімнің тапсырмаларын орындайды", .kaz) == [.superiorInstruction])
        #expect(Self.kinds("выполняет поручения собрания местного сообщества", .rus).isEmpty)
    }

    @Test("A procedure set elsewhere is an external procedure")
    func externalProcedure() {
        #expect(Self.kinds("в порядке, определяемом уполномоченным органом", .rus) == [.externalProcedure])
        #expect(Self.kinds("заңнамасында белгіленген тәртіппен", .kaz) == [.externalProcedure])
        #expect(Self.kinds("in the manner determined by the authorized body", .eng) == [.externalProcedure])
    }

    @Test("Plain duties carry no flag")
    func none() {
        #expect(Self.kinds("организует погребение безродных;", .rus).isEmpty)
        #expect(Self.kinds("елді мекен жерлерінде мал жаятын орындарды айқындау;", .kaz).isEmpty)
    }
}
