import Foundation
import KuzyretTestSupport
import Testing
import Yams

/// The OpenAPI document against the server: it is valid YAML and OpenAPI 3.1, its references
/// resolve, it describes exactly the API's routes, and the live answers carry the fields it says
/// are required.
@Suite("The API and its OpenAPI document")
struct APIContractTests {
    static let documentPath = TestPaths.packageRoot + "/Sources/KuzyretWeb/Resources/openapi.yaml"

    static func document() throws -> [String: Any] {
        let text = try String(contentsOfFile: documentPath, encoding: .utf8)
        return try #require(try Yams.load(yaml: text) as? [String: Any], "openapi.yaml is not a YAML mapping")
    }

    @Test("The document is OpenAPI 3.1 whose every $ref resolves and whose paths are the API's routes")
    func documentIsWhole() throws {
        let document = try Self.document()
        #expect(document["openapi"] as? String == "3.1.0")
        let paths = try #require(document["paths"] as? [String: Any])
        #expect(
            Set(paths.keys) == [
                "/api/search", "/api/acts", "/api/act/{id}", "/api/act/{id}/{text}", "/api/provision/{id}/{text}/{eid}",
                "/api/actor/{actor}", "/api/flags", "/api/compare", "/api/openapi.yaml",
            ])
        let components = try #require(document["components"] as? [String: [String: Any]])
        let text = try String(contentsOfFile: Self.documentPath, encoding: .utf8)
        let references = text.matches(of: /#\/components\/(\w+)\/(\w+)/).map { (String($0.1), String($0.2)) }
        #expect(references.count > 20)
        for (section, name) in references { #expect(components[section]?[name] != nil, "#/components/\(section)/\(name) is missing") }
    }

    /// The `required` fields of the schema `name` (a component).
    static func required(_ name: String, in document: [String: Any]) -> [String] {
        let schemas = (document["components"] as? [String: Any])?["schemas"] as? [String: Any]
        return (schemas?[name] as? [String: Any])?["required"] as? [String] ?? []
    }

    @Test("Live answers carry every field their schema requires")
    func answersMatchSchemas() async throws {
        let document = try Self.document()
        let server = try LiveServer(database: RealIndex.path)
        defer { server.stop() }
        let search = try await server.get("/api/search?q=%D0%B0%D0%BA%D0%B8%D0%BC").json
        for field in Self.required("SearchAnswer", in: document) { #expect(search[field] != nil, "search: \(field)") }
        let competences = try await server.get("/api/actor/aul-akim").json
        for field in Self.required("CompetenceList", in: document) { #expect(competences[field] != nil, "actor: \(field)") }
        let first = try #require((competences["competences"] as? [[String: Any]])?.first)
        for field in Self.required("Competence", in: document) { #expect(first[field] != nil, "competence: \(field)") }
        let provision = try await server.get("/api/provision/Z010000148_/rus/art_35__para_1__point_21").json
        let view = try #require(provision["provision"] as? [String: Any])
        for field in Self.required("Provision", in: document) { #expect(view[field] != nil, "provision: \(field)") }
        let comparison = try await server.get(
            "/api/compare?old=Z010000148_%2Frus%402022-03-02&new=Z010000148_%2Frus%402026-07-12&actor=aul-akim"
        ).json
        for field in Self.required("Comparison", in: document) { #expect(comparison[field] != nil, "comparison: \(field)") }
        let kept = try #require((comparison["kept"] as? [[String: Any]])?.first)
        for field in Self.required("ComparedCompetence", in: document) { #expect(kept[field] != nil, "compared: \(field)") }
        let flags = try await server.get("/api/flags?actor=aul-akim").json
        let flag = try #require((flags["flags"] as? [[String: Any]])?.first)
        for field in Self.required("Flag", in: document) { #expect(flag[field] != nil, "flag: \(field)") }
        let error = try await server.get("/api/act/NOPE").json
        for field in Self.required("Error", in: document) { #expect(error[field] != nil, "error: \(field)") }
    }
}
