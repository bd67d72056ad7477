// swift-tools-version: 6.2
import PackageDescription

// Layout (docs/design.md §4): one module per stage; the front ends only wire.
//   CLibXML2 ─► KuzyretMarkup ─► KuzyretReading ──┐
//   KuzyretCompetence (actors, competences, flags) ├─► KuzyretComparison ─► KuzyretIndex ─┐
//   CStemmer ─► KuzyretAnalysis (search analysis) ─┘   (bill coverage,       (SQLite,     │
//                                                       edition diff)         FTS5)       │
//   KuzyretExport (every answer per format) ──────────────────────────────────────────────┤
//                                              KuzyretWeb (`kuzyret serve`) ◄──────────────┤
//                                              KuzyretCLI (`kuzyret`) ◄────────────────────┘
//   KuzyretCore: model, addresses, answers, text normalisation, catalog; under all of them
let package = Package(
    name: "Kuzyret",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "kuzyret", targets: ["KuzyretCLI"]),
        .library(name: "KuzyretCore", targets: ["KuzyretCore"]),
        .library(name: "KuzyretReading", targets: ["KuzyretReading"]),
        .library(name: "KuzyretCompetence", targets: ["KuzyretCompetence"]),
        .library(name: "KuzyretAnalysis", targets: ["KuzyretAnalysis"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        // The web interface (`kuzyret serve`): server, templates, logging.
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.8.0"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
        // Tests only: generated titles (property tests of the actor grammar), and a YAML reader for
        // the API's OpenAPI document.
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.1"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
    ],
    targets: [
        // MARK: C interop: the only place that names libxml2 headers.
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"]), .brew(["libxml2"])]
        ),

        // MARK: Markup: the only Swift importer of CLibXML2; streams Swift values, never pointers.
        .target(name: "KuzyretMarkup", dependencies: ["CLibXML2"]),
        .testTarget(name: "KuzyretMarkupTests", dependencies: ["KuzyretMarkup"]),

        // MARK: Core: the provision tree, text normalisation, the act catalog.
        .target(name: "KuzyretCore"),
        .testTarget(name: "KuzyretCoreTests", dependencies: ["KuzyretCore"]),

        // MARK: Reading: HTML / Akoma Ntoso / Markdown readers and the structurer.
        .target(name: "KuzyretReading", dependencies: ["KuzyretCore", "KuzyretMarkup"]),
        .testTarget(
            name: "KuzyretReadingTests",
            dependencies: ["KuzyretReading", "KuzyretExport", "KuzyretTestSupport"]
        ),

        // MARK: Competence: actors, competences, delegation flags, cross-references, topics.
        .target(name: "KuzyretCompetence", dependencies: ["KuzyretCore"]),
        .testTarget(
            name: "KuzyretCompetenceTests",
            dependencies: [
                "KuzyretCompetence", "KuzyretReading", "KuzyretTestSupport",
                .product(name: "PropertyBased", package: "swift-property-based"),
            ],
            resources: [.copy("Fixtures")]
        ),

        // MARK: Analysis: folding, protected terms, Snowball (the only importer of CStemmer) and
        // the Kazakh stemmer, for the search index.
        .systemLibrary(name: "CStemmer", providers: [.apt(["libstemmer-dev"]), .brew(["snowball"])]),
        .target(name: "KuzyretAnalysis", dependencies: ["KuzyretCore", "CStemmer"]),
        .testTarget(name: "KuzyretAnalysisTests", dependencies: ["KuzyretAnalysis", "KuzyretReading", "KuzyretTestSupport"]),

        // MARK: Index: SQLite through GRDB, FTS5 with the analysis as its tokenizer.
        .target(
            name: "KuzyretIndex",
            dependencies: [
                "KuzyretCore", "KuzyretReading", "KuzyretCompetence", "KuzyretAnalysis", "KuzyretComparison",
                .product(name: "GRDB", package: "GRDB.swift"),
                // SQLite's C API, for the FTS5 ranking function (RankFunction.swift).
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
            ]
        ),
        .testTarget(
            name: "KuzyretIndexTests", dependencies: ["KuzyretIndex", "KuzyretTestSupport", .product(name: "GRDB", package: "GRDB.swift")]),

        // MARK: Comparison: an actor's competences in two texts aligned (coverage of a bill, edition diff).
        .target(name: "KuzyretComparison", dependencies: ["KuzyretCore", "KuzyretCompetence", "KuzyretAnalysis"]),
        .testTarget(
            name: "KuzyretComparisonTests",
            dependencies: ["KuzyretComparison", "KuzyretReading", "KuzyretTestSupport"]
        ),

        // MARK: Export: Akoma Ntoso writer, JSON and outline renderers, reports.
        .target(name: "KuzyretExport", dependencies: ["KuzyretCore", "KuzyretCompetence", "KuzyretComparison"]),
        .testTarget(
            name: "KuzyretExportTests",
            dependencies: ["KuzyretExport", "KuzyretReading", "KuzyretCompetence", "KuzyretMarkup", "KuzyretTestSupport"]
        ),

        // MARK: Web: `kuzyret serve`, pages rendered on the server from the same answers.
        .target(
            name: "KuzyretWeb",
            dependencies: [
                "KuzyretCore", "KuzyretReading", "KuzyretCompetence", "KuzyretComparison", "KuzyretExport", "KuzyretIndex",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdCore", package: "hummingbird"),
                .product(name: "Mustache", package: "swift-mustache"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
            ],
            // The API's description, compiled into the binary (served at /api/openapi.yaml).
            resources: [.embedInCode("Resources/openapi.yaml")]
        ),
        .testTarget(
            name: "KuzyretWebTests",
            dependencies: ["KuzyretWeb", "KuzyretMarkup", "KuzyretTestSupport", .product(name: "Yams", package: "Yams")]),

        // MARK: Command line: `kuzyret`.
        .executableTarget(
            name: "KuzyretCLI",
            dependencies: [
                "KuzyretCore", "KuzyretReading", "KuzyretCompetence", "KuzyretComparison", "KuzyretExport", "KuzyretIndex", "KuzyretWeb",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(
            name: "KuzyretCLITests", dependencies: ["KuzyretCLI", "KuzyretMarkup", "KuzyretTestSupport"],
            // Read by path: the pinned output of every command.
            exclude: ["Fixtures"]),

        // MARK: Test support: where the real statutes and the built binary are.
        .target(name: "KuzyretTestSupport", dependencies: ["KuzyretCore"], path: "Tests/KuzyretTestSupport"),
    ]
)
