import Foundation
import KuzyretCore
import Synchronization

/// Works out which act, language and edition a text is, from every source in turn
/// (DESIGN.md §5): the document itself, the catalog, a `meta.yaml` beside the file, the file and
/// folder names, and last the letters of the text.
struct Identification {
    var id: String
    var title: String
    var lang: Language
    var edition: LegalDate?
    var status: ActStatus?
    var ekbCode: String?
    /// The act's life as `meta.yaml` and the catalog give it (the text's own footnotes come first).
    var life: ActLife?
    var diagnostics: [Diagnostic] = []

    func act(format: SourceFormat) -> ActInfo {
        ActInfo(id: id, title: title, lang: lang, edition: edition, format: format, status: status, ekbCode: ekbCode)
    }

    /// `statute` with its act's life: what its own footnotes and status say, filled from
    /// `meta.yaml` and the catalog.
    func withLife(_ statute: Statute) -> Statute {
        var statute = statute
        statute.act.life = ActLifeReader.life(of: statute)?.filled(from: life) ?? life
        return statute
    }

    static func resolve(
        _ metadata: DocumentMetadata, file: SourceFile, sample: StructuredText, options: LoadOptions
    ) -> Identification {
        var diagnostics: [Diagnostic] = []
        let sidecar = MetaSidecar.find(beside: file, maxBytes: options.maxBytes)
        let folders = file.path.split(separator: "/").dropLast().map(String.init)

        var ekbCode = metadata.ekbCode ?? sidecar?.actCode
        var id = metadata.actID
        if id == nil, let code = ekbCode { id = options.catalog.entry(ekbCode: code)?.id }
        if id == nil {
            // Folder names: an adilet id (`Z010000148_`) or a corpus folder ending in the ЭКБ code
            // (`0123-o-mestnom-…-7966`).
            for folder in folders.reversed() {
                if SourceAddress.isAdiletID(folder) {
                    id = folder
                    break
                }
                if let code = folder.split(separator: "-").last, code.count >= 3, code.allSatisfy(\.isNumber) {
                    ekbCode = ekbCode ?? String(code)
                    if let entry = options.catalog.entry(ekbCode: String(code)) {
                        id = entry.id
                        break
                    }
                }
            }
            if id != nil {
                diagnostics.append(Diagnostic(.note, "act id \(id!) taken from the folder name", file: file.path))
            }
        }
        if id == nil, let code = ekbCode {
            id = "EKB\(code)"
            diagnostics.append(Diagnostic(.warning, "ЭКБ act \(code) is not in the catalog; act id set to \(id!)", file: file.path))
        }
        let resolvedID = id ?? fileStem(file.fileName)
        if id == nil {
            diagnostics.append(
                Diagnostic(.warning, "no act id in the document or folder; using the file name \(resolvedID)", file: file.path))
        }
        if ekbCode == nil { ekbCode = options.catalog.entry(id: resolvedID)?.ekb }

        let lang = metadata.lang ?? languageFromName(file.fileName, folders: folders) ?? LanguageDetector.detect(sample)
        var edition = metadata.edition ?? dateInName(file.fileName) ?? sidecar?.versionDates[lang.rawValue]
        if edition == nil, let (date, index) = IndexEdition.find(for: file, lang: lang, maxBytes: options.maxBytes) {
            edition = date
            diagnostics.append(Diagnostic(.note, "edition \(date) taken from the act's index file \(index)", file: file.path))
        }
        let title =
            metadata.title ?? sidecar?.titles[lang.rawValue]
            ?? options.catalog.entry(id: resolvedID)?.title(in: lang) ?? ""
        let sidecarLife = sidecar?.life
        let catalogLife = options.catalog.entry(id: resolvedID)?.life
        return Identification(
            id: resolvedID, title: title, lang: lang, edition: edition, status: metadata.status, ekbCode: ekbCode,
            life: sidecarLife?.filled(from: catalogLife) ?? catalogLife, diagnostics: diagnostics)
    }

    /// `rus.md`, `kaz.2026-07-12.md`, or a `rus/` / `kaz/` folder.
    static func languageFromName(_ name: String, folders: [String]) -> Language? {
        if let stem = name.split(separator: ".").first, let lang = Language(rawValue: String(stem)) { return lang }
        for folder in folders.reversed() { if let lang = Language(rawValue: folder) { return lang } }
        if let lang = name.split(whereSeparator: { $0 == "-" || $0 == "_" || $0 == "." }).compactMap({ Language(rawValue: String($0)) })
            .first
        {
            return lang
        }
        return nil
    }

    /// A `YYYY-MM-DD` date in a file name (`art035.2022-03-02.md`).
    static func dateInName(_ name: String) -> LegalDate? {
        let characters = Array(name)
        guard characters.count >= 10 else { return nil }
        for start in 0...(characters.count - 10) {
            let window = String(characters[start..<start + 10])
            let shape = window.enumerated().allSatisfy { index, character in
                index == 4 || index == 7 ? character == "-" : character.isNumber
            }
            if shape, let date = LegalDate(window) { return date }
        }
        return nil
    }

    static func fileStem(_ name: String) -> String {
        String(name.split(separator: ".").first ?? Substring(name))
    }
}

/// The `meta.yaml` the kazakhstan-law/codes corpus keeps beside an act (`act_code`,
/// `version_date: {rus, kaz}`, `title: {rus, kaz}`); `meta.<date>.yaml` when several editions
/// share a folder.
struct MetaSidecar {
    var actCode: String?
    var versionDates: [String: LegalDate] = [:]
    var titles: [String: String] = [:]
    /// `in_force_from`, `lost_force_on`, `replaced_by`, when the file gives them.
    var life: ActLife?

    static func find(beside file: SourceFile, maxBytes: Int) -> MetaSidecar? {
        var candidates: [String] = []
        if let date = Identification.dateInName(file.fileName) { candidates.append("meta.\(date).yaml") }
        candidates.append("meta.yaml")
        for name in candidates {
            let path = file.directory == "." ? name : "\(file.directory)/\(name)"
            guard let sidecar = try? SourceFile.read(path, maxBytes: min(maxBytes, 1_048_576)),
                let text = try? sidecar.utf8Text()
            else { continue }
            return parse(text)
        }
        return nil
    }

    /// Reads the two-level YAML the corpus writes (no lists or anchors are needed here).
    static func parse(_ text: String) -> MetaSidecar {
        var meta = MetaSidecar()
        var section = ""
        for line in text.split(separator: "\n", omittingEmptySubsequences: true) {
            let indented = line.first == " "
            guard let colon = line.firstIndex(of: ":") else { continue }
            let key = line[..<colon].trimmed(" -")
            let value = line[line.index(after: colon)...].trimmed(" '\"")
            if !indented {
                section = key
                if key == "act_code" { meta.actCode = value }
                var life = meta.life ?? ActLife()
                switch key {
                case "in_force_from": life.inForceFrom = LegalDate(value)
                case "lost_force_on":
                    life.lostForceOn = LegalDate(value)
                    life.lostForce = life.lostForceOn != nil
                case "replaced_by": life.replacedBy = value.isEmpty ? nil : value
                default: break
                }
                meta.life = life.isEmpty ? nil : life
                continue
            }
            switch section {
            case "version_date": meta.versionDates[key] = LegalDate(value)
            case "title": if !value.isEmpty { meta.titles[key] = value }
            default: break
            }
        }
        return meta
    }
}

/// The title of the index file a part belongs to (`part_of: ../rus.md`).
enum IndexTitle {
    static func read(partOf: String, relativeTo file: SourceFile, maxBytes: Int) -> String? {
        let path = file.directory == "." ? partOf : "\(file.directory)/\(partOf)"
        return IndexFileHead.metadata(of: path)?.title
    }
}

/// The front matter and title of an index file, which every part of its act asks for: read from
/// the file's head only (they stand at its top), once per file and process while the file's size
/// and time stay the same, so a build of an act's many parts does not read its index file again
/// for each of them.
enum IndexFileHead {
    /// How much of an index file is read for its metadata.
    static let headBytes = 64 * 1024
    private static let remembered = Mutex<[String: (stamp: String, metadata: DocumentMetadata?)]>([:])

    /// The metadata at the top of the Markdown file at `path`, or nil when it cannot be read.
    static func metadata(of path: String) -> DocumentMetadata? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        let stamp = "\(info.st_size):\(info.st_mtim.tv_sec).\(info.st_mtim.tv_nsec)"
        if let known = remembered.withLock({ $0[path] }), known.stamp == stamp { return known.metadata }
        let metadata = readHead(path).map { MarkdownReader.read($0).metadata }
        remembered.withLock { $0[path] = (stamp, metadata) }
        return metadata
    }

    /// The first ``headBytes`` of the file as text, cut after its last whole line.
    private static func readHead(_ path: String) -> String? {
        guard let handle = FileHandle(forReadingAtPath: path) else { return nil }
        defer { try? handle.close() }
        guard var bytes = try? handle.read(upToCount: headBytes).map(Array.init) ?? [] else { return nil }
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            // UTF-16: read whole, as the loader would.
            return try? SourceFile.read(path, maxBytes: Int.max).utf8Text()
        }
        if bytes.count == headBytes, let newline = bytes.lastIndex(of: 0x0A) { bytes.removeSubrange((newline + 1)...) }
        return String(validating: bytes, as: UTF8.self)
    }
}

/// The edition of a part file that carries no front matter of its own (an excerpt of
/// `<act>/<lang>/chNNN.md`): the corpus writes every part and index file of an act at one
/// commit, so the index file's `source: …/<DD.MM.YYYY>` dates the part too. The index of the
/// same language is preferred; another language's index of the same folder is the fallback.
enum IndexEdition {
    static func find(for file: SourceFile, lang: Language, maxBytes: Int) -> (LegalDate, String)? {
        let folders = file.directory.split(separator: "/", omittingEmptySubsequences: false)
        guard let last = folders.last, Language(rawValue: String(last)) != nil else { return nil }
        let actFolder = folders.dropLast().joined(separator: "/")
        let others = Language.allCases.filter { $0 != lang }.map(\.rawValue)
        for name in [lang.rawValue] + others {
            let path = actFolder.isEmpty ? "\(name).md" : "\(actFolder)/\(name).md"
            guard let date = IndexFileHead.metadata(of: path)?.edition else { continue }
            return (date, path)
        }
        return nil
    }
}

/// Tells Russian, Kazakh and English apart by their letters.
enum LanguageDetector {
    static func detect(_ tree: StructuredText) -> Language {
        var sample = tree.title ?? ""
        for provision in tree.provisions.prefix(20) {
            provision.walk { node, _ in
                if sample.utf8.count < 20_000 { sample += " " + node.text + " " + (node.heading ?? "") }
            }
        }
        return detect(sample)
    }

    static func detect(_ text: String) -> Language {
        var cyrillic = 0
        var kazakh = 0
        var latin = 0
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x04D8, 0x04D9, 0x0492, 0x0493, 0x049A, 0x049B, 0x04A2, 0x04A3, 0x04E8, 0x04E9, 0x04B0, 0x04B1,
                0x04AE, 0x04AF, 0x04BA, 0x04BB, 0x0406, 0x0456:
                kazakh += 1
                cyrillic += 1
            case 0x0400...0x04FF: cyrillic += 1
            case 0x41...0x5A, 0x61...0x7A: latin += 1
            default: break
            }
        }
        if latin > cyrillic { return .eng }
        return cyrillic > 0 && kazakh * 40 > cyrillic ? .kaz : .rus
    }
}
