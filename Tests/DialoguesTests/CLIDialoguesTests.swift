import Foundation
import GRPCTestSupport
import Testing

/// Dialogue meetings, agreements and councils through the `samarbeid` binary.
@Suite("samarbeid CLI: dialogue") struct CLIDialoguesTests {
  @Test(
    "a meeting from agenda to both sides' views, an agreement evaluated, a council, the summary")
  func dialogue() async throws {
    try #require(
      FileManager.default.isExecutableFile(atPath: CLIRunner.binary),
      "\(BuiltProducts.missing)")
    try await GrantsFixture.with { fixture in
      let orgs = try await fixture.dialogueOrganisations()
      let cli = CLIRunner(port: fixture.server.port)
      let y = "\(fixture.year - 1)"
      let created = try await cli.cli([
        "dialogue", "create", "--held-on", "\(y)-03-10", "--convened-by", "municipality",
        "--agenda-set-by", "organisation", "--level", "collaborate", "--organisation", orgs[0],
        "--organisation", orgs[1], "--unit", "Kulturetaten", "--topic", "goal:Felles mål",
        "--topic", "formal:Rapportering", "--action", "Finne lokaler@\(orgs[0])@\(y)-04-01",
        "--minutes", "Referat",
      ])
      let id = try #require(created.object["id"] as? String, "\(created.errors)")
      #expect(created.object["agendaSetBy"] as? String == "organisation")
      let noAgenda = try await cli.cli([
        "dialogue", "create", "--held-on", "\(y)-03-10", "--convened-by", "municipality",
        "--agenda-set-by", "nobody", "--level", "inform", "--organisation", orgs[0],
      ])
      #expect(noAgenda.status == 2 && noAgenda.errors.contains("joint"))
      var version = 1
      for organisation in [nil, orgs[0], orgs[1]] {
        let approved = try await cli.cli(
          ["dialogue", "approve", id, "--expected-version", "\(version)"]
            + (organisation.map { ["--organisation", $0] } ?? []))
        #expect(approved.status == 0, "\(approved.errors)")
        version += 1
      }
      let agreed = try await cli.cli(["dialogue", "get", id])
      #expect(agreed.object["minutesAgreed"] as? Bool == true)
      let badScore = try await cli.cli([
        "dialogue", "assess", id, "--expected-version", "\(version)", "--on-their-terms", "6",
        "--meeting-place", "3", "--equal-partners", "3",
      ])
      #expect(badScore.status == 2 && badScore.errors.contains("must be 1 to 5, not 6"))
      let view = try await cli.cli([
        "dialogue", "assess", id, "--expected-version", "\(version)", "--organisation", orgs[0],
        "--on-their-terms", "4", "--meeting-place", "3", "--equal-partners", "5",
      ])
      #expect(view.status == 0, "\(view.errors)")
      let done = try await cli.cli([
        "dialogue", "action", id, "--expected-version", "\(version + 1)", "--action", "a1",
        "--done",
        "--completed-on", "\(y)-03-30",
      ])
      #expect(done.status == 0, "\(done.errors)")
      let list = try await cli.cli(["dialogue", "list", "--organisation", orgs[1]])
      #expect(list.rows.map { $0["id"] as? String } == [id])

      let period = 2023 + (Int(y)! - 2023) / 4 * 4
      let agreement = try await cli.cli([
        "agreement", "create", "--title", "Samarbeidsavtale", "--organisation", orgs[0],
        "--cadence", "quarterly", "--period", "\(period)", "--starts-on", "\(y)-01-01",
        "--next-evaluation-on", "\(y)-06-01", "--contact", "Amina",
      ])
      let agreementID = try #require(agreement.object["id"] as? String, "\(agreement.errors)")
      let overdue = try await cli.cli(["agreement", "overdue"])
      #expect(overdue.rows.map { $0["id"] as? String } == [agreementID])
      let evaluated = try await cli.cli([
        "agreement", "evaluate", agreementID, "--expected-version", "1", "--evaluated-on",
        "\(y)-05-20",
        "--next", "\(Int(y)! + 1)-05-20",
      ])
      #expect(evaluated.status == 0, "\(evaluated.errors)")
      let badPeriod = try await cli.cli([
        "agreement", "create", "--title", "X", "--organisation", orgs[0], "--cadence", "yearly",
        "--period", "2024", "--starts-on", "2024-01-01", "--next-evaluation-on", "2024-06-01",
      ])
      #expect(badPeriod.status == 2 && badPeriod.errors.contains("council period"))
      let council = try await cli.cli([
        "council", "create", "--name", "Innvandrerrådet", "--period", "2023", "--members", "9",
        "--representatives", "2", "--nominated-by", orgs[0],
      ])
      #expect(council.status == 0, "\(council.errors)")

      let summary = try await cli.cli(["dialogue", "summary", "--year", y])
      #expect(summary.object["meetings"] as? Int == 1, "\(summary.errors)")
      #expect(summary.object["goalTopicsPercent"] as? Double == 50)
      #expect(summary.object["minutesApprovedByBoth"] as? Int == 1)
      #expect(summary.object["actionsDoneOnTime"] as? Int == 1)
      #expect(summary.object["evaluationsOnTime"] as? Int == 1)
      let unknown = try await cli.cli(["agreement", "get", "agr_nope"])
      #expect(unknown.status == 4)
    }
  }
}
