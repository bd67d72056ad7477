import KuzyretCore

/// Reads when an act as a whole applies (``ActLife``) from what its text says of itself (DESIGN.md
/// §5): a footnote under its title «Вводится в действие с 01.01.2025 …», «01.01.2025 бастап
/// қолданысқа енгізіледі», "Shall be enforced from …"; «Утратил силу … Законом РК от … №
/// … (вводится в действие с …)», «… күші жойылды»; and an adilet page's «Утративший силу» badge.
/// The loader fills what the text does not say from `meta.yaml` and the catalog.
public enum ActLifeReader {
    /// The life `statute`'s own footnotes and status give, or `nil` when they say nothing.
    public static func life(of statute: Statute) -> ActLife? {
        var life = ActLife(lostForce: statute.act.status == .repealed)
        for footnote in statute.footnotes { read(footnote.text, into: &life) }
        return life.isEmpty ? nil : life
    }

    /// Reads one act-level footnote into `life`.
    static func read(_ footnote: String, into life: inout ActLife) {
        var text = MatchText.fold(footnote).trimmed(" *>")
        for word in ["сноска.", "ескерту.", "footnote.", "сноска", "ескерту", "footnote"] where text.hasPrefix(word) {
            text = String(text.dropFirst(word.count)).trimmed(" *")
            break
        }
        for lead in russianInForceLeads + englishInForceLeads where text.hasPrefix(lead) {
            if life.inForceFrom == nil {
                life.inForceFrom = AmendmentReader.inForceDate(in: NoteText.slice("с " + text.dropFirst(lead.count)))
            }
            return
        }
        if let date = StatusReader.leadingDate(Substring(text)) {
            let after = text.drop { $0.isNumber || $0 == "." }.drop { $0 == " " }
            if kazakhInForceTails.contains(where: { after.hasPrefix($0) }) {
                if life.inForceFrom == nil { life.inForceFrom = date }
                return
            }
            if kazakhLostForceWords.contains(where: { after.hasPrefix("бастап " + $0) || after.hasPrefix($0) }) {
                life.lostForce = true
                if life.lostForceOn == nil { life.lostForceOn = date }
                return
            }
        }
        let head = String(text.prefix(60))
        let lost =
            russianLostForceLeads.contains(where: text.hasPrefix) || englishLostForceLeads.contains(where: text.hasPrefix)
            || kazakhLostForceWords.contains(where: head.contains)
        guard lost else { return }
        life.lostForce = true
        // «Утратил силу с 01.01.2025 …», or the day the repealing law came into force.
        let event = AmendmentReader.events(inNote: footnote, eid: "", effect: .repealed).first
        let date = AmendmentReader.inForceDate(in: NoteText.slice(text)) ?? event?.inForceFrom
        if life.lostForceOn == nil { life.lostForceOn = date }
    }
}
