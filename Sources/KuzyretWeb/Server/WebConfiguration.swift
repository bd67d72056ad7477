/// How `kuzyret serve` runs: where it listens, which index it reads, and its limits.
public struct WebConfiguration: Sendable {
    /// The address to bind: 127.0.0.1 unless asked otherwise.
    public var host: String
    /// The port; 0 picks a free one (the server says which).
    public var port: Int
    /// The index file.
    public var database: String
    /// The largest upload accepted (a bill on the compare page), in bytes.
    public var maxUploadBytes: Int
    /// The longest a comparison of an upload may take, in seconds.
    public var uploadSeconds: Double
    /// The longest query accepted, in characters, and its most terms.
    public var maxQueryCharacters: Int
    public var maxQueryTerms: Int
    /// The last page of results a search shows.
    public var maxPages: Int

    public init(
        host: String = "127.0.0.1", port: Int = 8080, database: String, maxUploadBytes: Int = 5 * 1_048_576, uploadSeconds: Double = 20,
        maxQueryCharacters: Int = 500, maxQueryTerms: Int = 32, maxPages: Int = 50
    ) {
        self.host = host
        self.port = port
        self.database = database
        self.maxUploadBytes = maxUploadBytes
        self.uploadSeconds = uploadSeconds
        self.maxQueryCharacters = maxQueryCharacters
        self.maxQueryTerms = maxQueryTerms
        self.maxPages = maxPages
    }

    /// Whether the host is this machine only.
    public var isLoopback: Bool { ["127.0.0.1", "::1", "localhost"].contains(host) }
}
