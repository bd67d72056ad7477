import KuzyretCompetence

extension FlagList {
    /// DESIGN.md §11: `{"actor","count","flags":[{"address","kind","open_ended","span","explanation","charter"}]}`.
    public func json() -> String {
        var writer = JSONWriter()
        CompetenceJSON.write(flags, actor: actor, dated: dated, to: &writer)
        writer.newline()
        return writer.text
    }
}
