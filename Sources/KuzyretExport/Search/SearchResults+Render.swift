import KuzyretCore

extension SearchResults {
    /// The formats search results come in.
    public static let formats: [ReportFormat] = [.text, .json]

    /// The results in `format`.
    public func rendered(as format: ReportFormat) throws -> String {
        switch format {
        case .text: return text()
        case .json: return json()
        default: throw UnsupportedFormat(format: format, supported: Self.formats)
        }
    }

    /// One hit per two lines: the address and status, then the snippet.
    public func text() -> String {
        var out = "\(hits.count) result(s) for «\(query)»" + (dated.map { "; as of \($0.date)" } ?? "") + "\n"
        for line in dated?.lines.dropFirst().filter({ !$0.hasPrefix("edition used") }) ?? [] { out += "\(line)\n" }
        for hit in hits {
            out += "\(hit.address)  [\(hit.status)]\n    \(hit.snippet)\n"
        }
        return out
    }

    /// DESIGN.md §11: `{"query","count","as_of","left_out","supplements","corrections","hits":[{"address",
    /// "act","lang","eid","snippet","score"}]}` (the dated keys for a search as of a date); the score
    /// is BM25's, lower is better.
    public func json() -> String {
        var writer = JSONWriter()
        writer.beginObject()
        writer.field("query", query)
        writer.field("count", hits.count)
        if let dated {
            writer.field("as_of", dated.date.description)
            CompetenceJSON.write(dated, to: &writer)
        }
        writer.key("hits")
        writer.beginArray()
        for hit in hits {
            writer.beginObject()
            writer.field("address", hit.address.description)
            writer.field("act", hit.address.act)
            writer.field("lang", hit.address.lang.rawValue)
            writer.field("eid", hit.address.eid.description)
            writer.field("status", hit.status)
            writer.field("heading", hit.heading)
            writer.field("snippet", hit.snippet)
            writer.key("score")
            writer.double(hit.rank)
            writer.endObject()
        }
        writer.endArray()
        writer.endObject()
        writer.newline()
        return writer.text
    }
}
