import KuzyretTestSupport
import Testing

/// A newcomer's first command: help, for the tool and for each subcommand, exits 0 and lists
/// what there is (it used to print an ArgumentParser error value).
@Suite("Help")
struct HelpTests {
    @Test("kuzyret --help, -h and help list the subcommands", arguments: [["--help"], ["-h"], ["help"]])
    func toolHelp(arguments: [String]) throws {
        let run = try ProcessRun.kuzyret(arguments)
        #expect(run.status == 0, "\(run.stderr)")
        for subcommand in ["parse", "index", "search", "competences", "history", "serve"] {
            #expect(run.stdout.contains(subcommand), "\(subcommand) missing from: \(run.stdout)")
        }
        #expect(!run.stdout.contains("CommandError") && !run.stderr.contains("CommandError"))
    }

    @Test("Each subcommand's help names its options", arguments: [("index", "--db"), ("search", "--limit"), ("history", "--actor")])
    func subcommandHelp(subcommand: String, option: String) throws {
        for arguments in [[subcommand, "--help"], ["help", subcommand]] {
            let run = try ProcessRun.kuzyret(arguments)
            #expect(run.status == 0, "\(arguments): \(run.stderr)")
            #expect(run.stdout.contains(option), "\(arguments): \(run.stdout)")
        }
    }
}
