import KuzyretCompetence

extension FlagList {
    /// CSV (RFC 4180): address, kind, open-ended, Charter articles, counterparts, matched words.
    public func csv() -> String {
        var out = "address,kind,open_ended,charter,counterparts,span\r\n"
        for flag in flags {
            out +=
                [
                    flag.address, flag.flag.kind.rawValue, String(flag.flag.openEnded), flag.flag.charter.joined(separator: ";"),
                    flag.flag.counterparts.map(\.rawValue).joined(separator: ";"), flag.flag.span,
                ]
                .map(CompetenceList.csvField).joined(separator: ",") + "\r\n"
        }
        return out
    }
}
