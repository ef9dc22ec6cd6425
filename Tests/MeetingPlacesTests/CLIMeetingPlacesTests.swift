import Foundation
import GRPCTestSupport
import Testing

/// Meeting places and gatherings through the `samarbeid` binary, as an operator runs it.
@Suite("samarbeid CLI: meeting places") struct CLIMeetingPlacesTests {
  @Test("create, update, plan, complete, cancel, list, summarise; bad input exits 2, unknown 4")
  func meetingPlaces() async throws {
    try #require(
      FileManager.default.isExecutableFile(atPath: CLIRunner.binary),
      "\(BuiltProducts.missing)")
    try await ApplicationServer.with { server in
      let cli = CLIRunner(port: server.port)
      let year = Calendar(identifier: .gregorian).component(.year, from: Date()) - 1
      let created = try await cli.cli([
        "meeting-place", "create", "--name", "Språkkafé", "--kind", "physical-venue", "--role",
        "initiator", "--role", "owner-operator", "--audience", "both", "--street", "Storgata 1",
        "--postal-code", "0155", "--postal-town", "Oslo", "--kommune", "0301", "--starts-on",
        "\(year)-01-01", "--language", "no", "--language", "so", "--service", "childcare",
        "--schedule", "weekly", "--schedule-description", "Tirsdager 17-20",
      ])
      #expect(created.status == 0, "\(created.errors)")
      let place = try #require(created.object["id"] as? String)
      #expect(created.object["municipalRoles"] as? [String] == ["initiator", "owner-operator"])
      #expect(created.object["status"] as? String == "planned")

      let wrongKind = try await cli.cli(["meeting-place", "create", "--kind", "venue"])
      #expect(wrongKind.status == 2)
      #expect(wrongKind.errors.contains("physical-venue"), "the allowed values are listed")
      let noRole = try await cli.cli([
        "meeting-place", "create", "--name", "X", "--kind", "network", "--audience", "both",
        "--online-url", "https://x.no", "--starts-on", "\(year)-01-01",
      ])
      #expect(noRole.status == 2)
      #expect(noRole.errors.contains("INVALID_ARGUMENT: municipal_roles must name at least one"))

      let active = try await cli.cli([
        "meeting-place", "update", place, "--expected-version", "1", "--status", "active",
      ])
      #expect(active.object["status"] as? String == "active", "\(active.errors)")
      #expect(active.object["languages"] as? [String] == ["no", "so"], "other fields kept")

      let planned = try await cli.cli([
        "gathering", "plan", "--place", place, "--starts-at", "\(year)-03-03T18:00", "--title",
        "Kafékveld",
      ])
      let gathering = try #require(planned.object["id"] as? String, "\(planned.errors)")
      let tooMany = try await cli.cli([
        "gathering", "complete", gathering, "--expected-version", "1", "--total", "10", "--women",
        "11",
      ])
      #expect(tooMany.status == 2)
      #expect(tooMany.errors.contains("attendance.women.count (11) must be at most"))
      let held = try await cli.cli([
        "gathering", "complete", gathering, "--expected-version", "1", "--total", "25", "--women",
        "12",
        "--immigrant-background", "20", "--source", "estimate",
      ])
      #expect(held.object["state"] as? String == "completed", "\(held.errors)")
      #expect(held.object["attendance"] as? Int == 25)
      let other = try await cli.cli([
        "gathering", "plan", "--place", place, "--starts-at", "\(year)-04-07T18:00", "--title",
        "Påske", "--mode", "hybrid",
      ])
      let otherID = try #require(other.object["id"] as? String)
      let cancelled = try await cli.cli([
        "gathering", "cancel", otherID, "--expected-version", "1", "--reason", "Påskeferie",
      ])
      #expect(cancelled.object["state"] as? String == "cancelled")
      let again = try await cli.cli([
        "gathering", "cancel", otherID, "--expected-version", "2", "--reason", "Igjen",
      ])
      #expect(again.status == 3 && again.errors.contains("FAILED_PRECONDITION"))

      let list = try await cli.cli(["gathering", "list", "--place", place])
      #expect(list.rows.map { $0["id"] as? String } == [gathering, otherID])
      let table = try await cli.cli(["gathering", "list"], json: false)
      #expect(table.output.contains("STARTS AT") && table.output.contains("Kafékveld"))
      let summary = try await cli.cli(["meeting-place", "summary", "--year", "\(year)"])
      let totals = try #require(summary.object["totals"] as? [String: Any], "\(summary.errors)")
      #expect(totals["held"] as? Int == 1 && totals["attendance"] as? Int == 25)
      #expect(totals["immigrantBackgroundPercent"] as? Double == 80)
      // What no gathering counted is null, not 0 (and "not counted" in the table).
      #expect(totals["under18"] is NSNull && totals["under18Percent"] is NSNull)
      let shown = try await cli.cli(["meeting-place", "summary", "--year", "\(year)"], json: false)
      #expect(
        shown.output.contains("UNDER18 PERCENT") && shown.output.contains("not counted"),
        "\(shown.output)")
      #expect((summary.object["placesByRole"] as? [String: Any])?["owner-operator"] as? Int == 1)
      let unknown = try await cli.cli(["meeting-place", "get", "mpl_nope"])
      #expect(unknown.status == 4)
      let closed = try await cli.cli([
        "meeting-place", "close", place, "--expected-version", "2", "--reason", "Flyttet",
      ])
      #expect(closed.object["status"] as? String == "closed", "\(closed.errors)")
    }
  }
}
