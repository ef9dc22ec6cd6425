import GRPCTestSupport
import RPC
import SamarbeidAPI
import SamarbeidClient
import Testing

/// Each eligibility rule on its own, and all failures reported together.
@Suite("Eligibility at submission") struct EligibilityTests {
  /// Submits an application built from the arguments and returns the refusal's message.
  static func refusedSubmission(
    _ fixture: GrantsFixture, part: GrantPart, amount: Int64,
    purpose: ActivityPurpose = .unspecified,
    free: Bool = true, noOtherFunding: Bool = true, callOpen: Bool = true,
    callClosesOn: String = "",
    policy: (inout LocalPolicy) -> Void = { _ in },
    organisation change: (inout Organisation) -> Void = { _ in },
    members: Int32 = 120, founded: String = "2015-01-01", index: Int
  ) async throws -> RPCError? {
    let oslo = fixture.oslo
    try await fixture.setPolicy(oslo) { policy(&$0) }
    let organisation = try await fixture.organisation(
      oslo, kommune: "0301", index: index,
      kind: part == .operating ? .immigrantOrganisation : .voluntaryOrganisation,
      members: members, founded: founded, change: change)
    let call = try await fixture.call(
      oslo, part: part, purposes: part == .activity ? [.a, .b] : [], open: callOpen,
      closesOn: callClosesOn)
    let application = try await fixture.application(
      oslo, call: call, organisation: organisation, amount: amount, purpose: purpose, free: free,
      noOtherFunding: noOtherFunding)
    return await refusal { _ = try await fixture.submit(oslo, application) }
  }

  @Test("an eligible application is submitted")
  func eligible() async throws {
    try await GrantsFixture.with { fixture in
      let error = try await Self.refusedSubmission(
        fixture, part: .operating, amount: 1_000_000, index: 1)
      #expect(error == nil)
    }
  }

  @Test("operating grants: members, age, declaration, faith community, local limits")
  func operatingRules() async throws {
    try await GrantsFixture.with { fixture in
      let cases: [(String, (GrantsFixture, Int) async throws -> RPCError?)] = [
        (
          "counting members; the municipality's threshold is 80",
          { fixture, index in
            try await Self.refusedSubmission(
              fixture, part: .operating, amount: 1_000_000,
              policy: { $0.operatingMemberThreshold = 80 }, members: 40,
              index: index)
          }
        ),
        (
          "existed for at least a year",
          { fixture, index in
            try await Self.refusedSubmission(
              fixture, part: .operating, amount: 1_000_000, founded: fixture.day(-100), index: index
            )
          }
        ),
        (
          "immigrant organisations that declare themselves",
          { fixture, index in
            try await Self.refusedSubmission(
              fixture, part: .operating, amount: 1_000_000,
              organisation: { $0.immigrantOrganisationDeclared = false },
              index: index)
          }
        ),
        (
          "faith communities that already receive other state support",
          { fixture, index in
            try await Self.refusedSubmission(
              fixture, part: .operating, amount: 1_000_000,
              organisation: { $0.faithCommunityWithStateSupport = true },
              index: index)
          }
        ),
        (
          "above the local limit of 36 000 kr (300 kr per counting member)",
          { fixture, index in
            try await Self.refusedSubmission(
              fixture, part: .operating, amount: 4_000_000,
              policy: { $0.ratePerMemberOre = 30_000 }, index: index)
          }
        ),
        (
          "above the local limit of 20 000 kr (300 kr per counting member, at most 20 000 kr)",
          { fixture, index in
            try await Self.refusedSubmission(
              fixture, part: .operating, amount: 3_000_000,
              policy: {
                $0.ratePerMemberOre = 30_000
                $0.operatingCapOre = 2_000_000
              }, index: index)
          }
        ),
      ]
      for (index, (expected, run)) in cases.enumerated() {
        let error = try await run(fixture, 10 + index)
        #expect(error?.code == .failedPrecondition, "\(expected)")
        #expect(
          error?.message.contains(expected) == true, "\(expected): \(error?.message ?? "accepted")")
      }
    }
  }

  @Test("the organisation: Frivillighetsregisteret, bankruptcy, bank account, state funding")
  func organisationRules() async throws {
    try await GrantsFixture.with { fixture in
      let cases: [(String, (inout Organisation) -> Void, Bool)] = [
        (
          "not registered in Frivillighetsregisteret", { $0.inFrivillighetsregisteret = false },
          true
        ),
        ("bankrupt or under liquidation", { $0.bankrupt = true }, true),
        ("bankrupt or under liquidation", { $0.underLiquidation = true }, true),
        ("no bank account to pay to", { $0.bankAccount = "" }, true),
        ("no other state funding", { _ in }, false),
      ]
      for (index, (expected, change, declaresNoOtherFunding)) in cases.enumerated() {
        let error = try await Self.refusedSubmission(
          fixture, part: .activity, amount: 1_000_000, purpose: .a,
          noOtherFunding: declaresNoOtherFunding,
          organisation: change, index: 30 + index)
        #expect(error?.code == .failedPrecondition)
        #expect(
          error?.message.contains(expected) == true, "\(expected): \(error?.message ?? "accepted")")
      }
    }
  }

  @Test("activity grants: local minimum and maximum, free activities; the call must be open")
  func activityRules() async throws {
    try await GrantsFixture.with { fixture in
      let tooSmall = try await Self.refusedSubmission(
        fixture, part: .activity, amount: 500_000, purpose: .a,
        policy: { $0.projectMinimumOre = 1_000_000 }, index: 50)
      #expect(tooSmall?.message.contains("below the local minimum of 10 000 kr") == true)
      let tooLarge = try await Self.refusedSubmission(
        fixture, part: .activity, amount: 200_000_000, purpose: .a,
        policy: {
          $0.projectMinimumOre = 0
          $0.projectMaximumOre = 100_000_000
        }, index: 51)
      #expect(tooLarge?.message.contains("above the local maximum of 1 000 000 kr") == true)
      let notFree = try await Self.refusedSubmission(
        fixture, part: .activity, amount: 1_000_000, purpose: .a, free: false,
        policy: {
          $0.projectMaximumOre = 0
          $0.activitiesMustBeFree = true
        }, index: 52)
      #expect(notFree?.message.contains("activities must be free") == true)
      let draftCall = try await Self.refusedSubmission(
        fixture, part: .activity, amount: 1_000_000, purpose: .a, callOpen: false, index: 53)
      #expect(draftCall?.message.contains("is draft, not open") == true)
      let closed = try await Self.refusedSubmission(
        fixture, part: .activity, amount: 1_000_000, purpose: .a, callClosesOn: fixture.day(-1),
        index: 54)
      #expect(closed?.message.contains("closed on") == true)
    }
  }

  @Test("every failing rule is reported, not only the first")
  func allFailures() async throws {
    try await GrantsFixture.with { fixture in
      let error = try await Self.refusedSubmission(
        fixture, part: .operating, amount: 1_000_000, noOtherFunding: false,
        policy: { $0.operatingMemberThreshold = 80 },
        organisation: {
          $0.bankrupt = true
          $0.inFrivillighetsregisteret = false
        }, members: 10, founded: fixture.day(-10), index: 60)
      let message = error?.message ?? ""
      #expect(error?.code == .failedPrecondition)
      #expect(message.contains("fails 5 rules"), "\(message)")
      for part in [
        "Frivillighetsregisteret", "bankrupt", "at least a year", "counting members",
        "no other state funding",
      ] {
        #expect(message.contains(part), "\(part)")
      }
    }
  }

  @Test("a purpose outside the call's, and drafts in closed calls, are refused at once")
  func creationRules() async throws {
    try await GrantsFixture.with { fixture in
      let oslo = fixture.oslo
      let organisation = try await fixture.organisation(
        oslo, kommune: "0301", index: 70, kind: .voluntaryOrganisation)
      let call = try await fixture.call(oslo, part: .activity, purposes: [.a])
      let wrongPurpose = await refusal {
        _ = try await fixture.application(
          oslo, call: call, organisation: organisation, amount: 1_000_000, purpose: .c)
      }
      #expect(wrongPurpose?.code == .invalidArgument)
      #expect(wrongPurpose?.message == "purpose must be one of the call's: A")
      let badAmount = await refusal {
        _ = try await fixture.application(
          oslo, call: call, organisation: organisation, amount: 0, purpose: .a)
      }
      #expect(badAmount?.code == .invalidArgument)
      // Another tenant's organisation is unknown here.
      let bergenOrganisation = try await fixture.organisation(
        fixture.bergen, kommune: "4601", index: 71)
      let foreign = await refusal {
        _ = try await fixture.application(
          oslo, call: call, organisation: bergenOrganisation, amount: 1_000_000, purpose: .a)
      }
      #expect(foreign?.code == .notFound)
    }
  }
}
