import Foundation
import GRPCTestSupport
import Testing

/// A whole grant year through the `samarbeid` command line, as a municipal operator and
/// IMDi would run it, against the real services.
@Suite("samarbeid CLI: a grant year") struct CLIGrantYearTests {
  typealias Run = CLIRun
  typealias Runner = CLIRunner
  static let binary = CLIRunner.binary

  static func version(_ run: Run) -> String { "\(run.object["version"] as? Int ?? -1)" }

  @Test(
    "allocation, policy, organisations, calls, applications, assessment, decisions, payments, report, appeal, claim, export"
  )
  func grantYear() async throws {
    try #require(
      FileManager.default.isExecutableFile(atPath: Self.binary), "\(BuiltProducts.missing)")
    try await ApplicationServer.with { server in
      let cli = Runner(port: server.port)
      let year = String(Calendar(identifier: .gregorian).component(.year, from: Date()))
      let today = ISO8601DateFormatter.string(
        from: Date(), timeZone: .current, formatOptions: [.withFullDate])

      // IMDi allocates; the municipality keeps 4 % for administration, not 6 %.
      let allocation = try await cli.cli(
        [
          "oversight", "set-allocation", "--kommune", "0301", "--year", year, "--amount", "1000000",
          "--letter", "IMDi 1",
        ],
        as: "oversight-imdi")
      #expect(allocation.status == 0, "\(allocation.errors)")
      #expect(allocation.object["amount"] as? Double == 1000000.00)
      let tooMuch = try await cli.cli([
        "allocation", "set-share", "--year", year, "--amount", "60000", "--expected-version", "1",
      ])
      #expect(tooMuch.status == 3)
      #expect(
        tooMuch.errors.contains("FAILED_PRECONDITION: the administration share may be at most 5 %"))
      let share = try await cli.cli([
        "allocation", "set-share", "--year", year, "--amount", "40000", "--expected-version", "1",
      ])
      #expect(share.object["grantable"] as? Double == 960000.00)

      let policy = try await cli.cli([
        "policy", "set", "--year", year, "--expected-version", "0", "--member-threshold", "80",
        "--rate-per-member", "300",
        "--operating-cap", "75000", "--project-minimum", "10000", "--activities-must-be-free",
        "true",
      ])
      #expect(policy.status == 0, "\(policy.errors)")
      #expect(policy.object["version"] as? Int == 1)

      // Organisations and calls.
      let immigrant = try await cli.cli([
        "org", "create", "--orgnr", "974760673", "--name", "Kulturforeningen", "--kind",
        "immigrant",
        "--address-kommune", "0301", "--founded-on", "2012-01-01", "--members", "150",
        "--members-as-of", "\(year)-01-01",
        "--bank-account", "86011117947", "--frivillighetsregisteret", "--immigrant-declared",
        "--contact", "Navn Navnesen",
      ])
      #expect(immigrant.status == 0, "\(immigrant.errors)")
      let organisationID = try #require(immigrant.object["id"] as? String)
      // A change retried with the same --idempotency-key is applied once.
      let keyed = [
        "org", "create", "--orgnr", "991234519", "--name", "Nabolaget", "--kind", "voluntary",
        "--address-kommune", "0301", "--idempotency-key", "org-nabolaget-1",
      ]
      let first = try await cli.cli(keyed)
      let retried = try await cli.cli(keyed)
      #expect(first.status == 0 && retried.status == 0, "\(first.errors)\(retried.errors)")
      #expect(first.object["id"] as? String == retried.object["id"] as? String)
      let badOrganisation = try await cli.cli([
        "org", "create", "--orgnr", "123456789", "--name", "X", "--kind", "voluntary",
        "--address-kommune", "0301",
      ])
      #expect(badOrganisation.status == 2)
      #expect(badOrganisation.errors.contains("fails the MOD11 check"))
      let call = try await cli.cli([
        "call", "create", "--year", year, "--part", "operating", "--title", "Driftstilskudd",
        "--opens", today,
      ])
      let callID = try #require(call.object["id"] as? String)
      let opened = try await cli.cli(["call", "open", callID, "--expected-version", "1"])
      #expect(opened.object["state"] as? String == "open")

      // An application through assessment to a decision.
      var application = try await cli.cli([
        "application", "create", "--call", callID, "--organisation", organisationID, "--amount",
        "40000",
        "--title", "Drift", "--no-other-state-funding",
      ])
      let applicationID = try #require(application.object["id"] as? String)
      application = try await cli.cli([
        "application", "submit", applicationID, "--expected-version", Self.version(application),
      ])
      #expect(application.object["state"] as? String == "submitted", "\(application.errors)")
      application = try await cli.cli([
        "assess", "start", applicationID, "--expected-version", Self.version(application),
      ])
      let unscored = try await cli.cli([
        "assess", "score", applicationID, "--expected-version", Self.version(application),
        "--assessor",
        "saksbehandler-3",
        "--scores", "purpose-fit=4",
      ])
      #expect(unscored.status == 3)
      application = try await cli.cli([
        "assess", "declare", applicationID, "--expected-version", Self.version(application),
        "--assessor",
        "saksbehandler-3",
      ])
      application = try await cli.cli([
        "assess", "score", applicationID, "--expected-version", Self.version(application),
        "--assessor",
        "saksbehandler-3",
        "--scores", "purpose-fit=4,local-roots=5", "--comment", "Solid",
      ])
      application = try await cli.cli([
        "application", "decide", applicationID, "--expected-version", Self.version(application),
        "--outcome",
        "partly-granted",
        "--amount", "35000", "--use-by", "\(year)-12-31",
      ])
      #expect(application.object["granted"] as? Double == 35000.00, "\(application.errors)")
      #expect(application.object["state"] as? String == "decided")
      // Assessments and their scores are objects in JSON, not strings.
      let assessments = application.object["assessments"] as? [[String: Any]]
      let scores = assessments?.first?["scores"] as? [[String: Any]]
      #expect(scores?.first?["criterion"] as? String == "purpose-fit")
      #expect(scores?.first?["score"] as? Int == 4)

      // Payments: a reference is one payment; no more than granted.
      let payment = try await cli.cli([
        "payment", "record", applicationID, "--amount", "35000", "--paid-on",
        today, "--reference", "B-1",
      ])
      let again = try await cli.cli([
        "payment", "record", applicationID, "--amount", "35000", "--paid-on",
        today, "--reference", "B-1",
      ])
      #expect(payment.object["id"] as? String == again.object["id"] as? String)
      let over = try await cli.cli([
        "payment", "record", "--application", applicationID, "--amount", "1", "--paid-on", today,
        "--reference", "B-2",
      ])
      #expect(over.status == 3)

      // Appeal, report, claim.
      application = try await cli.cli(["application", "get", applicationID])
      application = try await cli.cli([
        "appeal", "lodge", applicationID, "--expected-version", Self.version(application),
        "--reason",
        "Trenger hele beløpet",
      ])
      application = try await cli.cli([
        "appeal", "decide", applicationID, "--expected-version", Self.version(application),
        "--uphold",
      ])
      #expect(application.object["state"] as? String == "final")
      application = try await cli.cli([
        "report", "submit", "--application", applicationID, "--expected-version",
        Self.version(application),
        "--use-of-funds", "Husleie", "--goal-achievement", "Nådd", "--spent", "34000",
        "--participants", "60",
      ])
      #expect(application.object["report"] as? String == "submitted", "\(application.errors)")
      application = try await cli.cli([
        "report", "review", "--application", applicationID, "--expected-version",
        Self.version(application),
        "--approve",
      ])
      #expect(application.object["report"] as? String == "approved")
      let claim = try await cli.cli([
        "claim", "create", "--application", applicationID, "--reason", "unused-funds", "--amount",
        "1000",
      ])
      let claimID = try #require(claim.object["id"] as? String)
      let paid = try await cli.cli([
        "claim", "set-state", claimID, "--expected-version", "1", "--state", "paid",
      ])
      #expect(paid.object["state"] as? String == "paid")

      // Lists, the feed, the export, what oversight sees.
      let list = try await cli.cli(["application", "list", "--year", year])
      #expect(list.rows.count == 1)
      let watch = try await cli.cli([
        "watch", "--types", "samarbeid.v1.Application", "--limit", "3", "--seconds", "5",
      ])
      #expect(watch.status == 0)
      #expect(watch.output.split(separator: "\n").count == 3)
      let watchTable = try await cli.cli(
        ["watch", "--types", "samarbeid.v1.Application", "--limit", "3", "--seconds", "5"],
        json: false)
      let watchLines = watchTable.output.split(separator: "\n")
      #expect(watchLines.first == "SEQUENCE  AT  ENTITY TYPE  ENTITY ID  RPC")
      #expect(watchLines.count == 4, "a header, then the three changes")
      let export = try await cli.cli(["export", "--year", year], json: false)
      #expect(
        export.output.contains("\"amountAwarded\":35000") && !export.output.contains("Navnesen"))
      let allocations = try await cli.cli(
        ["oversight", "allocations", "--year", year], as: "oversight-imdi")
      #expect(
        allocations.rows.first { $0["kommunenummer"] as? String == "0301" }?["granted"] as? Double
          == 35000.00)
      let table = try await cli.cli(["application", "list", "--year", year], json: false)
      #expect(table.output.hasPrefix("ID") && table.output.contains("35 000 kr"))
      let shown = try await cli.cli(["application", "get", applicationID], json: false)
      #expect(shown.output.contains("(criterion=purpose-fit score=4)"), "\(shown.output)")
      let payments = try await cli.cli(["payment", "list", "--year", year], json: false)
      #expect(payments.output.hasPrefix("ID ") && payments.output.contains(" APPLICATION ID "))
      #expect(payments.output.contains("PAID ON"))
      let exported = try await cli.cli(
        ["export", "--year", year, "--out", cli.directory + "/grants.json"], json: false)
      #expect(exported.output.hasPrefix("1 grant written to"), "\(exported.output)")
      // A municipality cannot use IMDi's commands.
      let denied = try await cli.cli(["oversight", "tenants"])
      #expect(denied.status == 1 && denied.errors.contains("PERMISSION_DENIED"))
    }
  }
}
