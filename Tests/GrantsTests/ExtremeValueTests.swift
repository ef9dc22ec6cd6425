import DomainValues
import Foundation
import GRPCTestSupport
import RPC
import SamarbeidAPI
import SamarbeidClient
import Testing

/// The values outside testing found to stop the server, each sent as a careless or hostile
/// municipality would: every one is refused or computed, the server keeps serving.
@Suite("Extreme values from one municipality")
struct ExtremeValueTests {
  @Test("the largest rate per member times the most members is a limit, not a crash")
  func rateTimesMembers() async throws {
    try await GrantsFixture.with { f in
      try await f.allocate("0301", amount: Money.maximum.ore)
      try await f.setPolicy(f.oslo) {
        $0.ratePerMemberOre = Money.maximum.ore
        $0.operatingCapOre = 0
      }
      let organisation = try await f.organisation(
        f.oslo, kommune: "0301", index: 1, members: 10_000_000)
      let call = try await f.call(f.oslo, part: .operating)
      let application = try await f.application(
        f.oslo, call: call, organisation: organisation, amount: Money.maximum.ore)
      let submitted = try await f.submit(f.oslo, application)
      #expect(submitted.state == .submitted)
      // The server still serves the other municipality.
      #expect(try await f.allocation(f.oslo).amountOre == Money.maximum.ore)
    }
  }

  @Test("two billion counting members is refused, naming the field and the range")
  func members() async throws {
    try await GrantsFixture.with { f in
      let error = await refusal {
        _ = try await f.organisation(f.oslo, kommune: "0301", index: 2, members: 2_000_000_000)
      }
      #expect(error?.code == .invalidArgument)
      #expect(error?.message == "counting_members must be 0 to 10000000, not 2000000000")
    }
  }

  @Test(
    "a planned split with a field at Int32.max is refused by name",
    arguments: [
      "split_operating_permille", "split_a_permille", "split_b_permille", "split_c_permille",
    ])
  func split(field: String) async throws {
    try await GrantsFixture.with { f in
      let error = await refusal {
        try await f.setPolicy(f.oslo) { policy in
          switch field {
          case "split_operating_permille": policy.splitOperatingPermille = .max
          case "split_a_permille": policy.splitAPermille = .max
          case "split_b_permille": policy.splitBPermille = .max
          default: policy.splitCPermille = .max
          }
        }
      }
      #expect(error?.code == .invalidArgument)
      #expect(error?.message == "\(field) must be 0 to 1000 per mille, not 2147483647")
    }
  }

  @Test("amounts beyond the maximum and Int64.min are refused, not formatted into a crash")
  func amounts() async throws {
    try await GrantsFixture.with { f in
      try await f.allocate("0301", amount: 100_000_000)
      let organisation = try await f.organisation(f.oslo, kommune: "0301", index: 3)
      let call = try await f.call(f.oslo, part: .activity, purposes: [.a])
      for amount in [Int64.min, -1, 0, Money.maximum.ore + 1, .max] {
        let error = await refusal {
          _ = try await f.application(
            f.oslo, call: call, organisation: organisation, amount: amount, purpose: .a)
        }
        #expect(error?.code == .invalidArgument)
        #expect(error?.message.hasPrefix("amount_applied_ore must be 1 to 1000000000000") == true)
      }
      var decide = DecideApplicationRequest()
      let application = try await f.application(
        f.oslo, call: call, organisation: organisation, amount: 1_000_000, purpose: .a)
      decide.id = application.id
      decide.outcome = .refused
      decide.amountOre = .min
      decide.reason = "x"
      let error = await refusal {
        _ = try await f.oslo.call(GrantsMethods.decideApplication, decide, as: Application.self)
      }
      #expect(error?.code == .invalidArgument)
    }
  }

  @Test("a megabyte id is answered at once with a short message")
  func hugeIdentifier() async throws {
    try await GrantsFixture.with { f in
      var request = GetApplicationRequest()
      request.id = String(repeating: "a", count: 1 << 20)
      let error = await refusal {
        _ = try await f.oslo.unary(
          GrantsMethods.getApplication, request: request, responseType: Application.self,
          options: CallOptions(timeout: .seconds(10)))
      }
      #expect(error?.code == .notFound)
      #expect((error?.message.utf8.count ?? .max) < 200, "\(error?.message.prefix(200) ?? "")")
    }
  }

  @Test("a municipality registered from 2200 does not break IMDi's list of allocations")
  func futureMunicipality() async throws {
    try await GrantsFixture.with { f in
      try await f.allocate("0301", amount: 100_000_000)
      var register = RegisterMunicipalityRequest()
      register.kommunenummer = "1505"
      register.name = "Kristiansund"
      register.validFrom = "2200-12-31"
      _ = try await f.oversight.call(
        TenantRegistryMethods.registerMunicipality, register)
      var list = ListAllocationsRequest()
      list.year = f.year
      let listed = try await f.oversight.call(
        GrantsOversightMethods.listAllocations, list, as: ListAllocationsResponse.self)
      #expect(listed.allocations.map(\.kommunenummer) == ["0301"])
    }
  }

  @Test("the client refuses metadata it cannot send, before anything goes out")
  func unsendableIdempotencyKey() async throws {
    try await GrantsFixture.with { f in
      let error = await refusal {
        _ = try await f.oslo.call(
          GrantsMethods.getAllocation, GetAllocationRequest(), as: Allocation.self,
          key: "bad key é")
      }
      #expect(error?.code == .invalidArgument)
      #expect(error?.message.contains("idempotency-key") == true)
    }
  }
}
