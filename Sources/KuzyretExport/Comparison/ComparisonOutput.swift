import KuzyretComparison
import KuzyretCompetence
import KuzyretCore

/// `kuzyret coverage` and `kuzyret diff` reports as text, Markdown and JSON (DESIGN.md §10, §11): one
/// file per format.
public enum ComparisonOutput {
    /// The counts a researcher quotes, one line each.
    public static func summaryLines(_ report: ComparisonReport) -> [String] {
        [
            "old: \(report.oldCount) competence(s); new: \(report.newCount)",
            "kept \(report.kept.count), changed \(report.changed.count), dropped \(report.dropped.count), new \(report.added.count)",
            "coverage \(percent(report.coverage)) (kept or changed / old)",
            "pending on the old side, not taken up (not dropped): \(report.pending.count)",
            "flags: kept \(report.flagsKept.count) (\(report.flagsKept.filter(\.old.flag.openEnded).count) open-ended), removed \(report.flagsRemoved.count) (\(report.flagsRemoved.filter(\.flag.openEnded).count) open-ended), added \(report.flagsAdded.count) (\(report.flagsAdded.filter(\.flag.openEnded).count) open-ended)",
        ] + (report.sides.date?.lines ?? [])
    }

    /// A flag as a comparison lists it: `ADDRESS kind (open-ended) «span» (Charter …)`.
    public static func describe(_ flag: ProvisionFlag) -> String {
        "\(flag.address) \(flag.flag.kind.rawValue)\(flag.flag.openEnded ? " (open-ended)" : "") «\(flag.flag.span)» (Charter \(flag.flag.charter.joined(separator: ", ")))"
    }

    /// `"key":[…]`, each item written by `write`.
    static func array<Item>(_ key: String, _ items: [Item], _ write: (Item, inout JSONWriter) -> Void, to writer: inout JSONWriter) {
        writer.key(key)
        writer.beginArray()
        for item in items { write(item, &writer) }
        writer.endArray()
    }

    static func reference(_ competence: Competence, to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("address", competence.address)
        writer.field("eid", competence.eid)
        writer.field("status", competence.status.rawValue)
        writer.field("modality", competence.modality.rawValue)
        writer.field("text", competence.text)
        writer.endObject()
    }

    static func flag(_ flag: ProvisionFlag, to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("address", flag.address)
        writer.field("eid", flag.eid)
        writer.field("kind", flag.flag.kind.rawValue)
        writer.field("open_ended", flag.flag.openEnded)
        writer.field("span", flag.flag.span)
        writer.key("charter")
        writer.beginArray()
        for article in flag.flag.charter { writer.string(article) }
        writer.endArray()
        writer.endObject()
    }

    /// `0.9667` as `96.7%`.
    public static func percent(_ value: Double) -> String {
        let tenths = Int((value * 1000).rounded())
        return "\(tenths / 10).\(tenths % 10)%"
    }
}

extension ComparisonReport {
    /// The formats a comparison comes in.
    public static let formats: [ReportFormat] = [.text, .md, .json]

    /// The report in `format`.
    public func rendered(as format: ReportFormat) throws -> String {
        switch format {
        case .text: return ComparisonOutput.text(self)
        case .md: return ComparisonOutput.markdown(self)
        case .json: return ComparisonOutput.json(self)
        default: throw UnsupportedFormat(format: format, supported: Self.formats)
        }
    }
}
