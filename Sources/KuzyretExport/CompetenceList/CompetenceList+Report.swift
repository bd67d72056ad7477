import KuzyretCompetence
import KuzyretCore

extension CompetenceList {
    /// A competence list as one value: what `kuzyret competences` and the actor page answer.
    public struct Report: Sendable {
        /// The competences listed, in the order of the analyses.
        public var competences: [Competence]
        /// The acts, the query and the open-ended clauses.
        public var header: Header
        /// The history chart (``HistoryChart``) the HTML page embeds, when the list comes from an
        /// index.
        public var chart: String?

        /// The list `query` selects from `analyses`: their competences as of the query's date,
        /// and the open-ended clauses about the actor that are no competence themselves.
        public init(analyses: [StatuteAnalysis], query: CompetenceQuery, dated: DatedScope? = nil) {
            competences = query.select(analyses.flatMap(\.competences))
            let openClauses = query.select(analyses.flatMap(\.flags)).filter { $0.flag.openEnded && !$0.isCompetence }
            header = Header(acts: analyses.map(\.act), query: query, openClauses: openClauses, dated: dated)
        }

        /// The list `query` selects from the analyses that answer for a date (``DatedScope``):
        /// the query's date is the scope's.
        /// The header names the corrections that bear on the actor's competences.
        public init(dated analyses: [StatuteAnalysis], scope: DatedScope, query: CompetenceQuery) {
            var query = query
            query.asOf = scope.date
            var scope = scope
            let mine = analyses.flatMap(\.competences).filter { query.actors?.contains($0.actor) ?? true }
            scope.corrections = scope.corrections.filter { correction in
                mine.contains {
                    $0.act == correction.act.id && $0.lang == correction.act.lang && EId($0.eid).isWithin(EId(correction.eid))
                }
            }
            self.init(analyses: analyses, query: query, dated: scope)
        }

        /// The formats a list comes in.
        public static let formats: [ReportFormat] = [.text, .md, .csv, .json, .html]

        /// The list in `format`.
        public func rendered(as format: ReportFormat) throws -> String {
            switch format {
            case .text: return CompetenceList.text(competences, header: header)
            case .md: return CompetenceList.markdown(competences, header: header)
            case .csv: return CompetenceList.csv(competences)
            case .html: return CompetenceList.html(competences, header: header, chart: chart)
            case .json:
                var writer = JSONWriter()
                CompetenceJSON.write(
                    competences, query: header.query, acts: header.acts, openClauses: header.openClauses, dated: header.dated, to: &writer)
                writer.newline()
                return writer.text
            case .akn: throw UnsupportedFormat(format: format, supported: Self.formats)
            }
        }
    }
}
