import DomainValues
import Foundation
import GRPCTestSupport
import RPC
import SamarbeidAPI
import SamarbeidClient
import Testing

/// IMDi's distribution for a year, every municipality at once: all or nothing.
@Suite("Oversight: allocations imported at once") struct AllocationImportTests {
  static func request(_ year: Int32, budget: Int64, _ lines: [(String, Int64)])
    -> ImportAllocationsRequest
  {
    var request = ImportAllocationsRequest()
    request.year = year
    request.budgetOre = budget
    request.allocations = lines.map {
      AllocationLine(kommunenummer: $0.0, amountOre: $0.1, letterReference: "IMDi \(year)/\($0.0)")
    }
    return request
  }

  @Test(
    "the total within the budget, IMDi's share, corrections as new versions; refusals write nothing"
  )
  func importAllocations() async throws {
    try await GrantsFixture.with { fixture in
      let imdi = fixture.oversight
      let year = fixture.year
      let imported = try await imdi.call(
        OversightMethods.importAllocations,
        Self.request(year, budget: 1_000_000_000, [("0301", 600_000_000), ("4601", 300_000_000)]))
      #expect(imported.nationalTotalOre == 900_000_000 && imdiShare(imported) == 100_000_000)
      #expect(imported.allocations.map(\.version) == [1, 1])
      #expect(try await fixture.allocation(fixture.oslo).amountOre == 600_000_000)

      let refusals: [(ImportAllocationsRequest, Status.Code, String)] = [
        (
          Self.request(year, budget: 500_000_000, [("0301", 400_000_000), ("4601", 200_000_000)]),
          .failedPrecondition, "more than the budget"
        ),
        (
          Self.request(year, budget: 1_000_000_000, [("0301", 1), ("9999", 1)]), .notFound,
          "9999"
        ),
        (
          Self.request(year, budget: 1_000_000_000, [("0301", 1), ("0301", 2)]),
          .invalidArgument, "twice"
        ),
        (Self.request(year, budget: 1_000_000_000, []), .invalidArgument, "at least one"),
      ]
      for (request, code, message) in refusals {
        let error = await refusal {
          _ = try await imdi.call(OversightMethods.importAllocations, request)
        }
        #expect(error?.code == code, "\(message)")
        #expect(error?.message.contains(message) == true, "\(error?.message ?? "")")
      }
      // A municipality that has granted more than its new allocation stops the whole import.
      let call = try await fixture.call(fixture.bergen, part: .activity, purposes: [.a])
      let organisation = try await fixture.organisation(fixture.bergen, kommune: "4601", index: 7)
      let application = try await fixture.application(
        fixture.bergen, call: call, organisation: organisation, amount: 50_000_000, purpose: .a)
      _ = try await fixture.decide(
        fixture.bergen, try await fixture.ready(fixture.bergen, application), outcome: .granted,
        amount: 50_000_000)
      let below = await refusal {
        _ = try await imdi.call(
          OversightMethods.importAllocations,
          Self.request(year, budget: 1_000_000_000, [("0301", 700_000_000), ("4601", 10_000_000)]))
      }
      #expect(below?.code == .failedPrecondition)
      #expect(below?.message.contains("kommune 4601 has granted") == true)
      #expect(
        try await fixture.allocation(fixture.oslo).amountOre == 600_000_000, "nothing written")
      // A correction is a new version.
      let corrected = try await imdi.call(
        OversightMethods.importAllocations,
        Self.request(year, budget: 1_000_000_000, [("0301", 650_000_000), ("4601", 300_000_000)]))
      #expect(corrected.allocations.map(\.version) == [2, 2])
      #expect(imdiShare(corrected) == 50_000_000)
    }
  }

  @Test(
    "a write that fails part-way puts back those already written: removed when the import made them, the previous version otherwise"
  )
  func putBack() async throws {
    try await GrantsFixture.with { fixture in
      let imdi = fixture.oversight
      let year = fixture.year + 1
      var get = GetAllocationRequest()
      get.year = year
      // Bergen's store already holds "import-k" for another request: Bergen's write fails
      // after Oslo's has been made.
      _ = try await imdi.call(
        OversightMethods.importAllocations,
        Self.request(year, budget: 1_000_000_000, [("4601", 300_000_000)]), key: "import-k")
      let stopped = await refusal {
        _ = try await imdi.call(
          OversightMethods.importAllocations,
          Self.request(year, budget: 1_000_000_000, [("0301", 500_000_000), ("4601", 1)]),
          key: "import-k")
      }
      #expect(stopped?.message.contains("first used for a different request") == true)
      let none = await refusal {
        _ = try await fixture.oslo.call(GrantsMethods.getAllocation, get, as: Allocation.self)
      }
      #expect(none?.code == .notFound, "the allocation the import made is removed")

      _ = try await imdi.call(
        OversightMethods.importAllocations,
        Self.request(year, budget: 1_000_000_000, [("0301", 100_000_000)]))
      _ = await refusal {
        _ = try await imdi.call(
          OversightMethods.importAllocations,
          Self.request(year, budget: 1_000_000_000, [("0301", 500_000_000), ("4601", 1)]),
          key: "import-k")
      }
      let restored = try await fixture.oslo.call(
        GrantsMethods.getAllocation, get, as: Allocation.self)
      #expect(restored.amountOre == 100_000_000 && restored.version == 3)
      #expect(restored.letterReference == "IMDi \(year)/0301")

      // The change feed says the first one was removed.
      var watch = WatchChangesRequest()
      watch.entityTypes = [Allocation.protoMessageName]
      let changes = try await fixture.oslo.serverStreaming(
        ChangesMethods.watchChanges, request: watch, options: CallOptions(timeout: .seconds(10))
      ) { stream -> [Change] in
        var changes: [Change] = []
        for try await change in stream {
          changes.append(change)
          if changes.count == 5 { break }
        }
        return changes
      }
      #expect(changes.suffix(5).map(\.removed) == [false, true, false, false, false])
      #expect(changes.suffix(5)[1].entity.isEmpty)
    }
  }

  func imdiShare(_ response: ImportAllocationsResponse) -> Int64 { response.imdiShareOre }

  @Test("from a CSV file through the command line")
  func csv() async throws {
    try await GrantsFixture.with { fixture in
      let file = FileManager.default.temporaryDirectory.appendingPathComponent(
        "alloc-\(UUID()).csv")
      defer { try? FileManager.default.removeItem(at: file) }
      try "kommunenummer,kroner,letter\n0301,1980000,IMDi 26/1\n4601, 750000.50 ,IMDi 26/2\n"
        .write(to: file, atomically: true, encoding: .utf8)
      let cli = CLIRunner(port: fixture.server.port)
      let run = try await cli.cli(
        [
          "oversight", "allocations", "import", "--csv", file.path, "--year", "\(fixture.year)",
          "--budget", "3000000",
        ], as: "oversight-imdi")
      #expect(run.status == 0, "\(run.errors)")
      #expect(run.object["nationalTotal"] as? Double == 2730000.50)
      #expect(run.object["imdiShare"] as? Double == 269999.50)
      try "0301;1980000\n".write(to: file, atomically: true, encoding: .utf8)
      let bad = try await cli.cli(
        [
          "oversight", "allocations", "import", "--csv", file.path, "--year", "\(fixture.year)",
          "--budget", "3000000",
        ], as: "oversight-imdi")
      #expect(bad.status != 0 && bad.errors.contains("line 1"))
      // The amount column named with why, and the joining year taken from a fourth column.
      try
        "kommunenummer,kroner,letter,joined\n0301,1 980 000,IMDi 26/1,2015\n4601,75.000,IMDi 26/2,\n"
        .write(to: file, atomically: true, encoding: .utf8)
      let amount = try await cli.cli(
        [
          "oversight", "allocations", "import", "--csv", file.path, "--year", "\(fixture.year)",
          "--budget", "3000000",
        ], as: "oversight-imdi")
      #expect(amount.status != 0)
      #expect(amount.errors.contains("line 3") && amount.errors.contains("column 2 (kroner)"))
      try "kommunenummer,kroner,letter,joined\n0301,1 980 000,IMDi 26/1,2015\n"
        .write(to: file, atomically: true, encoding: .utf8)
      let joined = try await cli.cli(
        [
          "oversight", "allocations", "import", "--csv", file.path, "--year", "\(fixture.year)",
          "--budget", "3000000",
        ], as: "oversight-imdi")
      #expect(joined.status == 0, "\(joined.errors)")
      var listing = ListAllocationsRequest()
      listing.year = fixture.year
      let oslo = try await fixture.oversight.call(GrantsOversightMethods.listAllocations, listing)
        .allocations.first { $0.kommunenummer == "0301" }
      #expect(oslo?.joinedSchemeYear == 2015 && oslo?.amountOre == 198_000_000)
    }
  }
}
