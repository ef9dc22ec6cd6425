import Foundation
import GRPCTestSupport
import Testing

/// Every command's `--json` against its published schema (issue 26): a tour of a year's work
/// runs each command that prints (a municipality's grants, meeting places and dialogue, then
/// IMDi's oversight), and `jsonschema` validates what each printed against
/// docs/cli-json.schema.json. The commands come from the binary itself, so a new command
/// without a schema, or without a run here, fails.
@Suite("samarbeid --json: every command against its schema") struct CLIJSONSchemaTests {
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()
  static let python = root.appendingPathComponent(".venv/bin/python").path

  /// The commands that take `--output`, as the binary describes itself.
  static func printingCommands() throws -> Set<String> {
    let dump = try spawn(CLIRunner.binary, ["--experimental-dump-help"])
    let tree = try #require(
      try JSONSerialization.jsonObject(with: Data(dump.output.utf8)) as? [String: Any])
    var commands: Set<String> = []
    func walk(_ command: [String: Any], _ path: [String]) {
      let children = (command["subcommands"] as? [[String: Any]] ?? []).filter {
        $0["commandName"] as? String != "help"
      }
      if children.isEmpty {
        let options = (command["arguments"] as? [[String: Any]] ?? []).compactMap {
          ($0["preferredName"] as? [String: Any])?["name"] as? String
        }
        if options.contains("output") { commands.insert(path.joined(separator: " ")) }
      }
      for child in children { walk(child, path + [child["commandName"] as? String ?? "?"]) }
    }
    walk(try #require(tree["command"] as? [String: Any]), [])
    return commands
  }

  /// The runs of the tour: each command, what it printed, and whether it prints lines.
  final class Tour: @unchecked Sendable {
    let cli: CLIRunner
    var runs: [[String: Any]] = []
    var failures: [String] = []

    init(cli: CLIRunner) { self.cli = cli }

    /// Runs `arguments` (the command's words first) with `--json` as `identity`; the command
    /// is the words before the first id or flag.
    @discardableResult
    func run(_ arguments: [String], as identity: String = "kommune-0301") async throws -> CLIRun {
      let run = try await cli.cli(arguments, as: identity)
      let count = arguments.prefix { !$0.hasPrefix("-") && !$0.contains("_") }.count
      let command = arguments.prefix(count).joined(separator: " ")
      if run.status != 0 {
        failures.append("\(arguments.joined(separator: " ")): exit \(run.status): \(run.errors)")
      }
      runs.append(["command": command, "output": run.output, "lines": command == "watch"])
      return run
    }

    /// The `version` of the object `run` printed, as a flag value.
    static func version(_ run: CLIRun) -> String { "\(run.object["version"] as? Int ?? -1)" }
    static func id(_ run: CLIRun) -> String { run.object["id"] as? String ?? "missing-id" }
  }

  @Test("every command with --output prints JSON its schema accepts", .timeLimit(.minutes(5)))
  func everyCommand() async throws {
    try #require(
      FileManager.default.isExecutableFile(atPath: CLIRunner.binary), "\(BuiltProducts.missing)")
    guard FileManager.default.isExecutableFile(atPath: Self.python) else {
      #expect(
        ProcessInfo.processInfo.environment["SAMARBEID_REQUIRE_PYTHON_INTEROP"] == nil,
        "no Python environment with jsonschema: make venv")
      return
    }
    try await ApplicationServer.with { server in
      let tour = Tour(cli: CLIRunner(port: server.port))
      try await Self.grants(tour)
      try await Self.meetingPlaces(tour)
      try await Self.dialogues(tour)
      try await Self.oversight(tour)
      #expect(tour.failures.isEmpty, "\(tour.failures.joined(separator: "\n"))")

      let ran = Set(tour.runs.compactMap { $0["command"] as? String })
      let printing = try Self.printingCommands()
      #expect(printing.count >= 80)
      #expect(printing.subtracting(ran).isEmpty, "not run: \(printing.subtracting(ran).sorted())")

      let file = URL(fileURLWithPath: tour.cli.directory).appendingPathComponent("runs.json")
      try JSONSerialization.data(withJSONObject: tour.runs).write(to: file)
      let check = try spawn(
        Self.python,
        [
          Self.root.appendingPathComponent("Tools/validate_cli_json.py").path,
          Self.root.appendingPathComponent("docs/cli-json.schema.json").path, file.path,
        ])
      #expect(check.status == 0, "\(check.output)\(check.errors)")
    }
  }

  /// Today and other days in Norway, YYYY-MM-DD.
  static func day(_ offset: Int = 0) -> String {
    let formatter = DateFormatter()
    formatter.dateFormat = "yyyy-MM-dd"
    formatter.timeZone = TimeZone(identifier: "Europe/Oslo")
    return formatter.string(from: Date().addingTimeInterval(Double(offset) * 86_400))
  }

  static var year: String { String(day().prefix(4)) }

  static func grants(_ tour: Tour) async throws {
    let year = Self.year
    try await tour.run(
      [
        "oversight", "set-allocation", "--kommune", "0301", "--year", year, "--amount",
        "1000000", "--letter", "IMDi 1",
      ], as: "oversight-imdi")
    try await tour.run(["oversight", "allocations", "list", "--year", year], as: "oversight-imdi")
    try await tour.run(["allocation", "get", "--year", year])
    try await tour.run([
      "allocation", "set-share", "--year", year, "--amount", "40000", "--expected-version", "1",
    ])
    try await tour.run(["policy", "get", "--year", year])
    try await tour.run([
      "policy", "set", "--year", year, "--expected-version", "0", "--member-threshold", "10",
    ])
    let organisation = try await tour.run([
      "org", "create", "--orgnr", "974760673", "--name", "Kulturforeningen", "--kind",
      "immigrant", "--address-kommune", "0301", "--founded-on", "2012-01-01", "--members", "150",
      "--members-as-of", "\(year)-01-01", "--bank-account", "86011117947",
      "--frivillighetsregisteret", "--immigrant-declared",
    ])
    let org = Tour.id(organisation)
    try await tour.run(["org", "update", org, "--expected-version", "1", "--members", "151"])
    try await tour.run(["org", "get", org])
    try await tour.run(["org", "list"])
    var call = try await tour.run([
      "call", "create", "--year", year, "--part", "activity", "--purposes", "A,B", "--title",
      "Aktivitet", "--opens", day(),
    ])
    let callID = Tour.id(call)
    call = try await tour.run(["call", "open", callID, "--expected-version", "1"])
    try await tour.run(["call", "get", callID])
    try await tour.run(["call", "list", "--year", year])
    var application = try await tour.run([
      "application", "create", "--call", callID, "--organisation", org, "--amount", "30000",
      "--purpose", "A", "--title", "Leksehjelp", "--free", "--no-other-state-funding",
    ])
    let app = Tour.id(application)
    for step in [
      ["application", "update", app, "--title", "Leksehjelp for alle"],
      ["application", "submit", app], ["application", "return", app, "--reason", "Budsjett"],
      ["application", "submit", app], ["assess", "start", app],
      ["assess", "declare", app, "--assessor", "saksbehandler-3"],
      [
        "assess", "score", app, "--assessor", "saksbehandler-3", "--scores",
        "purpose-fit=4,local-roots=5",
      ],
      [
        "application", "decide", app, "--outcome", "granted", "--amount", "30000", "--use-by",
        "\(year)-12-31",
      ],
    ] {
      application = try await tour.run(step + ["--expected-version", Tour.version(application)])
    }
    try await tour.run(["application", "list", "--year", year])
    try await tour.run([
      "payment", "record", app, "--amount", "10000", "--paid-on", day(), "--reference", "P-1",
    ])
    try await tour.run(["payment", "list", "--year", year])
    application = try await tour.run(["application", "get", app])  // a payment adds a version
    application = try await tour.run([
      "appeal", "lodge", app, "--expected-version", Tour.version(application), "--reason", "Mer",
    ])
    application = try await tour.run([
      "appeal", "decide", app, "--expected-version", Tour.version(application), "--uphold",
    ])
    application = try await tour.run([
      "report", "submit", "--application", app, "--expected-version",
      Tour.version(application), "--use-of-funds", "Husleie", "--goal-achievement", "Nådd",
      "--spent", "10000", "--participants", "5",
    ])
    try await tour.run([
      "report", "review", "--application", app, "--expected-version", Tour.version(application),
      "--approve",
    ])
    try await tour.run(["report", "overdue"])
    let claim = try await tour.run([
      "claim", "create", "--application", app, "--reason", "unused-funds", "--amount", "100",
    ])
    try await tour.run([
      "claim", "set-state", Tour.id(claim), "--expected-version", "1", "--state", "paid",
    ])
    try await tour.run(["claim", "list"])
    try await tour.run(["call", "close", callID, "--expected-version", Tour.version(call)])
    try await tour.run(["watch", "--after", "0", "--limit", "3", "--seconds", "5"])
    try await tour.run(["audit"])
    try await tour.run(["export", "--year", year])
    try await tour.run([
      "export", "--year", year, "--out", tour.cli.directory + "/grants.json",
    ])
    try await tour.run(["config", "show"])
  }

  static func meetingPlaces(_ tour: Tour) async throws {
    var place = try await tour.run([
      "meeting-place", "create", "--name", "Språkkafé", "--kind", "physical-venue", "--role",
      "initiator", "--audience", "both", "--street", "Hagegata 1", "--postal-code", "0653",
      "--kommune", "0301", "--starts-on", day(-40), "--status", "active",
    ])
    let placeID = Tour.id(place)
    place = try await tour.run([
      "meeting-place", "update", placeID, "--expected-version", "1", "--name", "Språkkafé Tøyen",
    ])
    try await tour.run(["meeting-place", "get", placeID])
    try await tour.run(["meeting-place", "list"])
    // Held yesterday, with women counted and nobody counting those under 18.
    let held = try await tour.run([
      "gathering", "plan", "--place", placeID, "--starts-at", day(-1) + "T18:00", "--title",
      "Kafékveld",
    ])
    try await tour.run([
      "gathering", "complete", Tour.id(held), "--expected-version", "1", "--total", "25",
      "--women", "12",
    ])
    let planned = try await tour.run([
      "gathering", "plan", "--place", placeID, "--starts-at", day(20) + "T18:00", "--title",
      "Neste",
    ])
    try await tour.run(["gathering", "get", Tour.id(planned)])
    try await tour.run([
      "gathering", "cancel", Tour.id(planned), "--expected-version", "1", "--reason", "Storm",
    ])
    try await tour.run(["gathering", "list", "--place", placeID])
    try await tour.run(["meeting-place", "summary", "--year", String(day(-1).prefix(4))])
    try await tour.run([
      "meeting-place", "close", placeID, "--expected-version", Tour.version(place), "--reason",
      "Flyttet",
    ])
  }

  static func dialogues(_ tour: Tour) async throws {
    let partner = Tour.id(
      try await tour.run([
        "org", "create", "--orgnr", "991234519", "--name", "Eritreisk Kulturforening", "--kind",
        "immigrant", "--address-kommune", "0301",
      ]))
    var meeting = try await tour.run([
      "dialogue", "create", "--held-on", day(-2), "--convened-by", "municipality",
      "--agenda-set-by", "joint", "--level", "collaborate", "--organisation", partner, "--unit",
      "Kulturetaten", "--topic", "goal:Felles mål", "--action",
      "Finne lokaler@\(partner)@\(day(-1))",
    ])
    let id = Tour.id(meeting)
    for step in [
      ["dialogue", "minutes", id, "--text", "Referat"], ["dialogue", "approve", id],
      ["dialogue", "approve", id, "--organisation", partner],
      [
        "dialogue", "assess", id, "--organisation", partner, "--on-their-terms", "4",
        "--meeting-place", "3", "--equal-partners", "5",
      ],
    ] {
      meeting = try await tour.run(step + ["--expected-version", Tour.version(meeting)])
    }
    try await tour.run(["dialogue", "get", id])
    try await tour.run(["dialogue", "list"])
    try await tour.run(["dialogue", "overdue-actions"])
    try await tour.run([
      "dialogue", "action", id, "--expected-version", Tour.version(meeting), "--action", "a1",
      "--done",
    ])
    try await tour.run(["dialogue", "summary", "--year", String(day(-2).prefix(4))])
    var agreement = try await tour.run([
      "agreement", "create", "--title", "Samarbeidsavtale", "--organisation", partner,
      "--cadence", "quarterly", "--period", "2023", "--starts-on", day(-30),
      "--next-evaluation-on", day(-1),
    ])
    let agreementID = Tour.id(agreement)
    try await tour.run(["agreement", "overdue"])
    for step in [
      ["agreement", "update", agreementID, "--title", "Avtalen"],
      ["agreement", "evaluate", agreementID, "--next", day(60)],
    ] {
      agreement = try await tour.run(step + ["--expected-version", Tour.version(agreement)])
    }
    try await tour.run(["agreement", "get", agreementID])
    try await tour.run(["agreement", "list"])
    try await tour.run([
      "agreement", "end", agreementID, "--expected-version", Tour.version(agreement), "--reason",
      "Ny avtale",
    ])
    let council = try await tour.run([
      "council", "create", "--name", "Innvandrerrådet", "--period", "2023", "--members", "5",
      "--nominated-by", partner,
    ])
    try await tour.run([
      "council", "update", Tour.id(council), "--expected-version", "1", "--mandate", "Råd",
    ])
    try await tour.run(["council", "get", Tour.id(council)])
    try await tour.run(["council", "list"])
  }

  static func oversight(_ tour: Tour) async throws {
    let year = Self.year
    let imdi = "oversight-imdi"
    // A security event: another municipality asks for Oslo's organisation.
    let organisations = try await tour.cli.cli(["org", "list"])
    let org = organisations.rows.first?["id"] as? String ?? "missing"
    _ = try await tour.cli.cli(["org", "get", org], as: "kommune-4601")
    try await tour.run(["oversight", "security-events"], as: imdi)
    try await tour.run(["oversight", "tenants"], as: imdi)
    let registered = try await tour.run(
      ["oversight", "register", "--kommune", "1506", "--name", "Molde"], as: imdi)
    let renumbered = try await tour.run(
      [
        "oversight", "renumber", "--kommune", "1506", "--new-kommune", "1507",
        "--effective-from", "2099-01-01", "--expected-version", Tour.version(registered),
      ], as: imdi)
    try await tour.run(
      [
        "oversight", "deactivate", "--kommune", "1506", "--expected-version",
        Tour.version(renumbered),
      ], as: imdi)
    let directory = tour.cli.directory
    try "0301,709037\n4601,291940\n".write(
      toFile: directory + "/populations.csv", atomically: true, encoding: .utf8)
    try await tour.run(
      ["oversight", "populations", "--csv", directory + "/populations.csv", "--year", year],
      as: imdi)
    try "0301,2000000,IMDi 2\n4601,1000000,IMDi 3\n".write(
      toFile: directory + "/allocations.csv", atomically: true, encoding: .utf8)
    try await tour.run(
      [
        "oversight", "allocations", "import", "--csv", directory + "/allocations.csv", "--year",
        String(Int(year)! + 1), "--budget", "5000000",
      ], as: imdi)
    try await tour.run(["oversight", "indicators", "--year", year], as: imdi)
    try await tour.run(["oversight", "indicators", "--catalogue"], as: imdi)
    try await tour.run(
      ["oversight", "compare", "--indicator", "grants.granted-share", "--year", year], as: imdi)
    try await tour.run(
      [
        "oversight", "series", "--kommune", "0301", "--indicator", "grants.granted", "--from",
        String(Int(year)! - 1), "--to", year,
      ], as: imdi)
    try await tour.run(
      ["oversight", "report", "--year", year, "--out", directory + "/report.html"], as: imdi)
  }
}
