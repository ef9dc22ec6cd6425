import Foundation
import GRPCTestSupport
import SamarbeidAPI
import Testing

/// The `samarbeid` binary as operators use it (issue 15): run from a scratch directory, never
/// the repository; each friction found by trying it is a test here.
@Suite("samarbeid CLI as operators expect it") struct CLIOperatorTests {
  static let certificates = TestCertificates.directory

  @Test(
    "from another directory: the built-in certificate paths fail clearly; variables and profiles work"
  )
  func settings() async throws {
    try await ApplicationServer.with { server in
      let cli = CLIRunner(port: server.port)
      let bare = try await cli.run(["allocation", "get", "--year", "2026"])
      #expect(bare.status == 2)
      #expect(bare.errors.contains("\(cli.directory)/certs/out/ca.pem"), "\(bare.errors)")
      #expect(bare.errors.contains("SAMARBEID_CA") && bare.errors.contains("config init"))

      // Environment variables.
      let variables = [
        "SAMARBEID_ADDRESS": "127.0.0.1:\(server.port)",
        "SAMARBEID_CA": Self.certificates + "/ca.pem",
        "SAMARBEID_CERT": Self.certificates + "/oversight-imdi.pem",
        "SAMARBEID_KEY": Self.certificates + "/oversight-imdi.key",
      ]
      let tenants = try await cli.run(["oversight", "tenants", "--json"], environment: variables)
      #expect(tenants.status == 0, "\(tenants.errors)")
      #expect(tenants.rows.contains { $0["kommunenummer"] as? String == "0301" })

      // Profiles: made from a directory of certificates, chosen by flag (before or after the
      // command), variable or the file; `config` says where each value came from.
      let file = cli.directory + "/profiles/samarbeid.json"
      let made = try await cli.run([
        "config", "init", "--certs", Self.certificates, "--address", "127.0.0.1:\(server.port)",
        "--config", file,
      ])
      #expect(made.status == 0, "\(made.errors)")
      #expect(made.output.contains("in use: kommune-0301"))
      // The certificates the server refuses by design are no profiles.
      #expect(made.output.contains("left out, refused by design: expired-kommune-0301"))
      let profiles = try String(contentsOfFile: file, encoding: .utf8)
      #expect(!profiles.contains("revoked-kommune-0301") && !profiles.contains("no-uri"))
      #expect(profiles.contains("oversight-imdi"))
      let asOslo = try await cli.run(["--config", file, "org", "list", "--json"])
      #expect(asOslo.status == 0, "\(asOslo.errors)")
      let asIMDi = try await cli.run([
        "--config", file, "--profile", "oversight-imdi", "oversight", "tenants", "--json",
      ])
      #expect(asIMDi.status == 0, "\(asIMDi.errors)")
      let byVariable = try await cli.run(
        ["oversight", "tenants", "--json"],
        environment: ["SAMARBEID_CONFIG": file, "SAMARBEID_PROFILE": "oversight-imdi"])
      #expect(byVariable.status == 0, "\(byVariable.errors)")
      let shown = try await cli.run(
        ["config", "--json"],
        environment: ["SAMARBEID_CONFIG": file, "SAMARBEID_CERT": Self.certificates + "/x.pem"])
      let sources = Dictionary(
        uniqueKeysWithValues: shown.rows.compactMap { row in
          (row["setting"] as? String).map { ($0, row["source"] as? String ?? "") }
        })
      #expect(sources["cert"] == "environment SAMARBEID_CERT")
      #expect(sources["key"] == "profile kommune-0301 in \(file)")
      #expect(sources["config"] == "environment SAMARBEID_CONFIG")
      let unknown = try await cli.run(["--config", file, "--profile", "nobody", "org", "list"])
      #expect(unknown.status == 2 && unknown.errors.contains("no profile \"nobody\""))

      // A profile's relative paths are read from the file's directory.
      let local = cli.directory + "/local"
      try FileManager.default.createDirectory(atPath: local, withIntermediateDirectories: true)
      for name in ["ca.pem", "kommune-4601.pem", "kommune-4601.key"] {
        try FileManager.default.copyItem(
          atPath: Self.certificates + "/" + name, toPath: local + "/" + name)
      }
      try """
      {"profile": "bergen", "profiles": {"bergen": {"address": "127.0.0.1:\(server.port)",
        "ca": "ca.pem", "cert": "kommune-4601.pem", "key": "kommune-4601.key"}}}
      """.write(toFile: local + "/config.json", atomically: true, encoding: .utf8)
      let relative = try await cli.run(["org", "list", "--config", local + "/config.json"])
      #expect(relative.status == 0, "\(relative.errors)")
    }
  }

  @Test("usage errors exit 2 with the allowed values, the command's usage and a suggestion")
  func usage() async throws {
    let cli = CLIRunner(port: 1)
    let outcome = try await cli.run([
      "application", "decide", "app_x", "--expected-version", "1", "--outcome", "approve",
    ])
    #expect(outcome.status == 2)
    #expect(outcome.errors.contains("'granted', 'partly-granted', 'refused' or 'rejected'"))
    #expect(outcome.errors.contains("Usage: samarbeid application decide"))
    let kind = try await cli.run(["org", "create", "--kind", "immigrants"])
    #expect(kind.status == 2 && kind.errors.contains("immigrant"), "\(kind.errors)")
    let typo = try await cli.run(["aplication", "list"])
    #expect(typo.status == 2 && typo.errors.contains("did you mean 'application'?"))
    #expect(!typo.errors.contains("unexpected arguments"), "the parser's words would mislead")
    // Only changes take an idempotency key; a read does not list or take one.
    let readKey = try await cli.run(["org", "list", "--idempotency-key", "k-1"])
    #expect(
      readKey.status == 2 && readKey.errors.contains("--idempotency-key"), "\(readKey.errors)")
    let listHelp = try await cli.run(["org", "list", "--help"])
    #expect(!listHelp.output.contains("idempotency"))
    let createHelp = try await cli.run(["org", "create", "--help"])
    #expect(createHelp.output.contains("--idempotency-key"))
    // A certificate and a key that do not belong together: configuration, exit 2.
    let certificates = TestCertificates.directory
    let mismatch = try await cli.run([
      "org", "list", "--ca", certificates + "/ca.pem", "--cert", certificates + "/kommune-0301.pem",
      "--key",
      certificates + "/kommune-4601.key",
    ])
    #expect(
      mismatch.status == 2 && mismatch.errors.contains("check --ca, --cert and --key"),
      "\(mismatch.errors)")
    let nested = try await cli.run(["meeting-place", "lst"])
    #expect(nested.status == 2 && nested.errors.contains("'list'"), "\(nested.errors)")
    let completion = try await cli.run(["--generate-completion-script", "bash"])
    #expect(completion.status == 0 && completion.output.contains("application"))
    let zsh = try await cli.run(["--generate-completion-script", "zsh"])
    #expect(zsh.output.contains("partly-granted"), "enum values complete")
    let version = try await cli.run(["--version"])
    #expect(version.status == 0 && version.output.hasPrefix("samarbeid 2."))
    let page = try await cli.run(["org", "list", "--page-size", "5000"])
    #expect(page.status == 2 && page.errors.contains("--page-size must be 1 to 1000"))
  }

  @Test("every command's help: its own options before the connection's, exit 0")
  func help() async throws {
    let cli = CLIRunner(port: 1)
    let root = try await cli.run(["--help"])
    #expect(root.status == 0)
    var paths: [[String]] = []
    func walk(_ path: [String]) async throws {
      let help = try await cli.run(path + ["--help"])
      #expect(help.status == 0, "\(path.joined(separator: " ")): \(help.errors)")
      paths.append(path)
      guard let section = help.output.range(of: "SUBCOMMANDS:\n"), path.count < 4 else { return }
      let block = help.output[section.upperBound...].split(
        separator: "\n", omittingEmptySubsequences: false
      ).prefix { !$0.isEmpty }
      let names = block.compactMap { line in
        line.hasPrefix("  ") && !line.hasPrefix("   ")
          ? line.split(separator: " ").first.map(String.init) : nil
      }
      for name in names { try await walk(path + [name]) }
    }
    try await walk([])
    #expect(paths.count > 60)
    let decide = try await cli.run(["application", "decide", "--help"])
    let own = try #require(decide.output.range(of: "--outcome"))
    let connection = try #require(decide.output.range(of: "--cert"))
    #expect(own.lowerBound < connection.lowerBound)
    #expect(decide.output.contains("(values: granted, partly-granted"))
  }

  @Test("negative amounts reach the server; its message names the flag and kroner")
  func messages() async throws {
    try await GrantsFixture.with { fixture in
      let cli = CLIRunner(port: fixture.server.port)
      _ = try await fixture.allocate("0301", amount: 100_000_000)
      let refused = try await cli.cli(
        [
          "allocation", "set-share", "--year", "\(fixture.year)", "--amount", "-500",
          "--expected-version", "1",
        ], json: false)
      #expect(refused.status == 2, "\(refused.errors)")
      #expect(refused.errors.contains("--amount must be"), "\(refused.errors)")
      #expect(refused.errors.contains("not -500 kr") && !refused.errors.contains("øre"))
      // Amounts as tables show them are taken; others are refused with the reason.
      let shown = try await cli.cli(
        [
          "allocation", "set-share", "--year", "\(fixture.year)", "--amount", "20 000 kr",
          "--expected-version", "1",
        ], json: false)
      #expect(shown.status == 0, "\(shown.errors)")
      let grouped = try await cli.cli(
        [
          "allocation", "set-share", "--year", "\(fixture.year)", "--amount", "2 0000",
          "--expected-version", "2",
        ], json: false)
      #expect(grouped.status == 2)
      #expect(grouped.errors.contains("group the whole kroner by three"), "\(grouped.errors)")
      // Enum values named as the command takes them.
      let call = try await fixture.call(fixture.oslo, part: .activity, purposes: [.a])
      let organisation = try await fixture.organisation(fixture.oslo, kommune: "0301", index: 9)
      let application = try await fixture.ready(
        fixture.oslo,
        try await fixture.application(
          fixture.oslo, call: call, organisation: organisation, amount: 3_000_000, purpose: .a))
      let less = try await cli.cli(
        [
          "application", "decide", application.id, "--expected-version",
          "\(application.version)", "--outcome", "granted", "--amount", "20000", "--use-by",
          "\(fixture.year)-12-31",
        ], json: false)
      #expect(less.status == 2)
      #expect(less.errors.contains("grant less as partly-granted"), "\(less.errors)")
      #expect(less.errors.contains("(30 000 kr)"))
      let unreachable = try await CLIRunner(port: 1).cli(["org", "list"])
      #expect(unreachable.status == 1)
      #expect(unreachable.errors.contains("--wait-for-ready"), "\(unreachable.errors)")
      #expect(!unreachable.errors.contains("waitForReady"))
    }
  }

  @Test("lists: one page and a note on stderr, --page-token for the next, --all for every one")
  func paging() async throws {
    try await GrantsFixture.with { fixture in
      for index in 1...3 {
        _ = try await fixture.organisation(fixture.oslo, kommune: "0301", index: 40 + index)
      }
      let cli = CLIRunner(port: fixture.server.port)
      let first = try await cli.cli(["org", "list", "--page-size", "2"])
      #expect(first.rows.count == 2)
      let token = try #require(
        first.errors.firstMatch(of: /--page-token ([A-Za-z0-9_=-]+)/).map { String($0.output.1) },
        "\(first.errors)")
      let second = try await cli.cli(["org", "list", "--page-size", "2", "--page-token", token])
      #expect(second.rows.count == 1 && second.errors.isEmpty)
      let all = try await cli.cli(["org", "list", "--page-size", "2", "--all"])
      #expect(all.rows.count == 3 && all.errors.isEmpty)
      let csv = try await cli.cli(["org", "list", "--output", "csv"], json: false)
      #expect(csv.output.split(separator: "\n").count == 4)
      #expect(csv.output.hasPrefix("id,"))
    }
  }

  @Test("tables: headers in words, kroner grouped; JSON: kroner as numbers")
  func output() async throws {
    try await GrantsFixture.with { fixture in
      _ = try await fixture.allocate("0301", amount: 123_456_750)
      let cli = CLIRunner(port: fixture.server.port)
      let table = try await cli.cli(
        ["allocation", "get", "--year", "\(fixture.year)"], json: false)
      #expect(table.output.contains("1 234 567,50 kr"), "\(table.output)")
      #expect(table.output.contains("LETTER REFERENCE"))
      let json = try await cli.cli(["allocation", "get", "--year", "\(fixture.year)"])
      #expect(json.object["amount"] as? Double == 1_234_567.5)
    }
  }

  @Test("every RPC of proto/samarbeid/v1 is reachable from the command line")
  func everyRPC() throws {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent()
    let protos = try FileManager.default.contentsOfDirectory(
      atPath: root.appendingPathComponent("proto/samarbeid/v1").path)
    var rpcs: Set<String> = []
    for file in protos where file.hasSuffix(".proto") {
      let text = try String(
        contentsOf: root.appendingPathComponent("proto/samarbeid/v1/\(file)"), encoding: .utf8)
      for match in text.matches(of: /\n\s*rpc ([A-Z][A-Za-z]+)\(/) {
        rpcs.insert(String(match.output.1))
      }
    }
    #expect(rpcs.count > 80)
    let cliDirectory = root.appendingPathComponent("Sources/SamarbeidCLI")
    var sources = ""
    let files = FileManager.default.enumerator(atPath: cliDirectory.path)?.allObjects as? [String]
    for file in files ?? [] where file.hasSuffix(".swift") {
      sources += try String(
        contentsOf: cliDirectory.appendingPathComponent(file), encoding: .utf8)
    }
    for rpc in rpcs.sorted() {
      let method = rpc.prefix(1).lowercased() + rpc.dropFirst()
      #expect(sources.contains("Methods.\(method)"), "no command calls \(rpc)")
    }
  }

  @Test("updates, the audit log, renumbering and deactivating, populations")
  func commands() async throws {
    try await GrantsFixture.with { fixture in
      let cli = CLIRunner(port: fixture.server.port)
      let organisation = try await fixture.organisation(fixture.oslo, kommune: "0301", index: 3)
      let updated = try await cli.cli([
        "org", "update", organisation.id, "--expected-version", "\(organisation.version)",
        "--name", "Nytt navn", "--members", "120", "--frivillighetsregisteret", "false",
      ])
      #expect(updated.status == 0, "\(updated.errors)")
      #expect(updated.object["name"] as? String == "Nytt navn")
      let stale = try await cli.cli([
        "org", "update", organisation.id, "--expected-version", "\(organisation.version)",
        "--name", "Igjen",
      ])
      #expect(stale.status == 3, "\(stale.errors)")
      let audit = try await cli.cli(["audit", "--entity", organisation.id])
      #expect(
        audit.rows.map { $0["rpc"] as? String } == [
          "/samarbeid.v1.Organisations/CreateOrganisation",
          "/samarbeid.v1.Organisations/UpdateOrganisation",
        ])

      let file = cli.directory + "/populations.csv"
      try "kommunenummer,inhabitants\n0301,717710\n4601,291940\n".write(
        toFile: file, atomically: true, encoding: .utf8)
      let populations = try await cli.cli(
        ["oversight", "populations", "--csv", file, "--year", "\(fixture.year)"],
        as: "oversight-imdi")
      #expect(populations.status == 0, "\(populations.errors)")
      #expect(populations.rows.count == 2)

      let tenants = try await cli.cli(["oversight", "tenants"], as: "oversight-imdi")
      let bergen = try #require(tenants.rows.first { $0["kommunenummer"] as? String == "4601" })
      let version = "\(bergen["version"] as? Int ?? 0)"
      let renumbered = try await cli.cli(
        [
          "oversight", "renumber", "--kommune", "4601", "--new-kommune", "4650",
          "--effective-from", fixture.day(1), "--expected-version", version,
        ], as: "oversight-imdi")
      #expect(renumbered.status == 0, "\(renumbered.errors)")
      let deactivated = try await cli.cli(
        [
          "oversight", "deactivate", "--kommune", "4601", "--expected-version",
          "\(renumbered.object["version"] as? Int ?? 0)",
        ], as: "oversight-imdi")
      #expect(deactivated.status == 0, "\(deactivated.errors)")
      #expect(deactivated.object["active"] as? Bool == false)
    }
  }

  @Test("watch --follow prints each change as it comes until interrupted")
  func follow() async throws {
    try await GrantsFixture.with { fixture in
      let cli = CLIRunner(port: fixture.server.port)
      let child = try SpawnedChild(
        CLIRunner.binary,
        ["watch", "--follow", "--json", "--types", "samarbeid.v1.Organisation"]
          + cli.connection(as: "kommune-0301"))
      defer { child.terminate() }
      // Past the 10 s a bounded watch would stop at, changes still arrive.
      try await Task.sleep(for: .seconds(11))
      #expect(child.isRunning)
      let organisation = try await fixture.organisation(fixture.oslo, kommune: "0301", index: 5)
      let line = try await onThread { () -> String in
        var bytes: [UInt8] = []
        while let byte = try child.output.read(upToCount: 1)?.first,
          byte != UInt8(ascii: "\n")
        {
          bytes.append(byte)
        }
        return String(decoding: bytes, as: UTF8.self)
      }
      #expect(line.contains(organisation.id), "\(line)")
    }
  }

  @Test("--version on every binary; the server refuses an unknown log level")
  func versions() async throws {
    let cli = CLIRunner(port: 1)
    let root = (CLIRunner.binary as NSString).deletingLastPathComponent
    for binary in ["samarbeid-server", "samarbeid-load"] {
      let run = try await cli.run(["--version"], binary: root + "/" + binary)
      #expect(run.status == 0 && run.output.hasPrefix("2."), "\(binary): \(run.errors)")
    }
    let level = try await cli.run(
      ["--log-level", "verbose", "--port", "0"], binary: root + "/samarbeid-server")
    #expect(level.status != 0)
    #expect(
      level.errors.contains("- trace") && level.errors.contains("- critical"), "\(level.errors)")
  }
}
