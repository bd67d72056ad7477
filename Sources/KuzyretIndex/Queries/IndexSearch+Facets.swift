import GRDB
import KuzyretCore

extension IndexSearch {
    /// How the matches of `query` under `filters` spread over acts, languages, statuses, actors,
    /// flag kinds and modalities (the search page's facets), in the newest editions. A malformed
    /// query is a ``QueryError``. Counts every match: a facet is a figure, not a ranking.
    public func facets(_ query: String, filters: Filters = Filters()) throws -> [SearchFacet] {
        let trimmed = query.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else { throw QueryError(description: "empty query") }
        try filters.check()
        let langs = filters.lang.map { [$0] } ?? Self.languages(of: trimmed)
        let groups: [(name: String, select: String, join: String)] = [
            ("act", "a.act", ""),
            ("lang", "a.lang", ""),
            ("status", "p.status", ""),
            ("actor", "c.actor", "JOIN competence c ON c.act_id = a.id AND c.address = p.address"),
            ("modality", "c.modality", "JOIN competence c ON c.act_id = a.id AND c.address = p.address"),
            ("flag", "f.kind", "JOIN flag f ON f.act_id = a.id AND f.address = p.address"),
        ]
        return try queue.read { db in
            var filters = filters
            if let date = filters.asOf { filters.editions = try self.editions(on: date, in: db).ids }
            var counts: [String: [String: Int]] = [:]
            for lang in langs {
                let table = IndexSchema.ftsTable(lang)
                let (conditions, arguments) = Self.matchConditions(table: table, query: trimmed, filters: filters)
                for group in groups {
                    let sql = """
                        SELECT \(group.select), COUNT(DISTINCT p.id) FROM \(table) JOIN provision p ON p.id = \(table).rowid
                        JOIN act a ON a.id = p.act_id \(group.join) WHERE \(conditions) GROUP BY \(group.select)
                        """
                    do {
                        // Prepared once per connection: the shapes are few (one per filter set).
                        for row in try Row.fetchAll(db.cachedStatement(sql: sql), arguments: StatementArguments(arguments)) {
                            counts[group.name, default: [:]][row[0] as String, default: 0] += row[1] as Int
                        }
                    } catch let error as DatabaseError {
                        throw QueryError(
                            description: "malformed query «\(trimmed)»: check quotes, parentheses and AND/OR/NOT (\(Self.reason(error)))")
                    }
                }
            }
            return groups.compactMap { group in
                guard let values = counts[group.name], !values.isEmpty else { return nil }
                return SearchFacet(
                    name: group.name,
                    values: values.map { SearchFacet.Value(value: $0.key, count: $0.value) }.sorted {
                        ($1.count, $0.value) < ($0.count, $1.value)
                    })
            }
        }
    }
}
