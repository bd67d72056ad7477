/// What a search answers (DESIGN.md §9, §11): the query and its hits, best first. The index
/// (`KuzyretIndex`) makes it; the exports (`KuzyretExport`) and the web pages render it.
public struct SearchResults: Sendable, Equatable {
    /// One provision found.
    public struct Hit: Sendable, Equatable {
        /// Where it is.
        public var address: ProvisionAddress
        /// Its status: `in-force`, `repealed`, `pending`.
        public var status: String
        /// Its heading, for articles and units.
        public var heading: String?
        /// The matching text, matches in [brackets].
        public var snippet: String
        /// BM25 (lower is better).
        public var rank: Double

        /// A hit.
        public init(address: ProvisionAddress, status: String, heading: String?, snippet: String, rank: Double) {
            self.address = address
            self.status = status
            self.heading = heading
            self.snippet = snippet
            self.rank = rank
        }
    }

    /// The query as given.
    public var query: String
    /// The hits, best first.
    public var hits: [Hit]
    /// For a search as of a date: the editions searched and the acts left out.
    public var dated: DatedScope?

    /// The results of `query`.
    public init(query: String, hits: [Hit], dated: DatedScope? = nil) {
        self.query = query
        self.hits = hits
        self.dated = dated
    }
}
