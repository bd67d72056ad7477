import KuzyretCore

/// An act's life in the interface's language: «вводится в действие с 2009-01-01; утратил силу
/// 2025-01-01», "In force from 2025-01-01."
enum ActLifeText {
    /// The sentence for `life` as of `date`, or nil when nothing is known.
    static func of(_ life: ActLife?, on date: LegalDate, ui: InterfaceLanguage) -> String? {
        guard let life else { return nil }
        let labels = ui.labels
        var parts: [String] = []
        if let from = life.inForceFrom { parts.append("\(labels.inForceFrom) \(from)") }
        switch life.validity(on: date) {
        case .lostForce(let on, _): parts.append(labels.lostForceOn + (on.map { " \($0)" } ?? ""))
        case .notYetInForce: parts.append(labels.notYetInForce)
        case .inForce: break
        }
        guard !parts.isEmpty else { return nil }
        let sentence = parts.joined(separator: "; ")
        return sentence.prefix(1).uppercased() + sentence.dropFirst() + "."
    }
}
