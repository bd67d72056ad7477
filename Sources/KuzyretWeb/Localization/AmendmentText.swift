import KuzyretCore

/// An amending law as the interface's language cites it: «Закон РК от 27.12.2019 № 291-VI
/// (вводится в действие с 2021-01-01)», «ҚР 27.12.2019 № 291-VI Заңы (2021-01-01 бастап
/// қолданысқа енгізілді)», "Law of 27.12.2019 No. 291-VI (in force from 2021-01-01)".
enum AmendmentText {
    /// `event` cited in `ui`'s language.
    static func of(_ event: AmendmentEvent, ui: InterfaceLanguage) -> String {
        switch ui {
        case .eng: return event.summary
        case .rus:
            var line = "Закон РК от \(event.lawDate.dotted) № \(event.lawKey)"
            if let from = event.inForceFrom {
                line += " (вводится в действие с \(from.dotted))"
            } else if let rule = event.inForceRule {
                line += " (\(russianRules[rule] ?? rule))"
            }
            return line
        case .kaz:
            var line = "ҚР \(event.lawDate.dotted) № \(event.lawKey) Заңы"
            if let from = event.inForceFrom {
                line += " (\(from.dotted) бастап қолданысқа енгізілді)"
            } else if let rule = event.inForceRule {
                line += " (\(kazakhRules[rule] ?? rule))"
            }
            return line
        }
    }

    /// The rules of entry into force ``AmendmentReader`` names, in Russian.
    static let russianRules = [
        "ten days after first official publication": "по истечении десяти календарных дней после первого официального опубликования",
        "in force as the law's own article says": "порядок введения в действие см. закон",
        "from first official publication": "со дня первого официального опубликования",
        "from signature": "со дня подписания",
    ]

    /// The same rules in Kazakh.
    static let kazakhRules = [
        "ten days after first official publication": "алғашқы ресми жарияланғанынан кейін күнтізбелік он күн өткен соң",
        "in force as the law's own article says": "қолданысқа енгізілу тәртібін заңнан қараңыз",
        "from first official publication": "алғашқы ресми жарияланған күнінен бастап",
        "from signature": "қол қойылған күнінен бастап",
    ]
}
