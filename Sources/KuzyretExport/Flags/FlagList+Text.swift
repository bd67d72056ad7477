import KuzyretCompetence

extension FlagList {
    /// One paragraph per flag: address, kind, Charter articles (and, for a group, the members it
    /// concerns), the matched words and the explanation.
    public func text() -> String {
        var out = "\(flags.count) flag(s) for \(actor.name), \(flags.filter(\.flag.openEnded).count) open-ended"
        out += dated.map { "; as of \($0.date)\n" + $0.lines.dropFirst().map { "\($0)\n" }.joined() } ?? "\n"
        for flag in flags {
            let members = actor.isSingle ? "" : "  [\(flag.actors.filter(actor.contains).map(\.rawValue).joined(separator: ", "))]"
            out +=
                "\(flag.address)  \(flag.flag.kind.rawValue)\(flag.flag.openEnded ? " (open-ended)" : "")  Charter \(flag.flag.charter.joined(separator: ", "))\(members)\n"
            out += "    «\(flag.flag.span)»\n    \(flag.flag.explanation)\n"
        }
        return out
    }
}
