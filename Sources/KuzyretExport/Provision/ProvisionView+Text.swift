import KuzyretCore

extension ProvisionView {
    /// The formats a provision view comes in.
    public static let formats: [ReportFormat] = [.text, .json]

    /// The view in `format`.
    public func rendered(as format: ReportFormat) throws -> String {
        switch format {
        case .text: return text()
        case .json: return json()
        default: throw UnsupportedFormat(format: format, supported: Self.formats)
        }
    }

    /// Its parents, its text in each language, what it gives, its flags, what it cites and what
    /// cites it.
    public func text() -> String {
        var out = "\(address)\n"
        if let asOf { out += "as of \(asOf)\(texts.first?.edition.map { ": edition \($0)" } ?? "")\n" }
        if let validity = actValidity { out += "act: \(validity.reason)\n" }
        for parent in parents { out += "  in \(parent.address)  \(parent.label)\n" }
        for text in texts {
            out +=
                "\n[\(text.lang.rawValue)\(text.edition.map { ", edition \($0)" } ?? ""), \(text.status)] \(text.heading.map { $0 + " " } ?? "")\(text.text)\n"
        }
        if !competences.isEmpty {
            out += "\nCompetence of: " + competences.map { "\($0.actor) (\($0.modality))" }.joined(separator: ", ") + "\n"
        }
        for flag in flags {
            out += "\nFlag \(flag.kind)\(flag.openEnded ? " (open-ended)" : ""): «\(flag.span)»\n    \(flag.explanation)\n"
        }
        if !amendments.isEmpty {
            out += "\nAmended by (as the notes of the indexed editions record):\n"
            for event in amendments {
                out +=
                    "  \(event.summary)  [\(event.effect.rawValue)\(event.eid == address.eid.description ? "" : ", note on \(event.eid)")]\n"
            }
        }
        if !cites.isEmpty {
            out += "\nCites:\n" + cites.map { "  \($0.target ?? ($0.targetAct ?? "unresolved"))  «\($0.span)»\n" }.joined()
        }
        if !citedBy.isEmpty {
            out +=
                "\nCited by (this article or a provision in it):\n"
                + citedBy.map { "  \($0.from) → \($0.target ?? "")  «\($0.span)»\n" }.joined()
        }
        return out
    }
}
