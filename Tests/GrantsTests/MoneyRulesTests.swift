import Foundation
import GRPCTestSupport
import RPC
import SamarbeidAPI
import SamarbeidClient
import StoreTestSupport
import Testing

/// Decisions, payments, reports, repayment claims and the administration share.
@Suite("Money rules") struct MoneyRulesTests {
  /// A submitted and assessed activity application of `amount`.
  static func ready(_ fixture: GrantsFixture, index: Int, amount: Int64 = 20_000_000) async throws
    -> Application
  {
    let oslo = fixture.oslo
    let call = try await fixture.call(oslo, part: .activity, purposes: [.b])
    let organisation = try await fixture.organisation(
      oslo, kommune: "0301", index: index, kind: .voluntaryOrganisation)
    let application = try await fixture.application(
      oslo, call: call, organisation: organisation, amount: amount, purpose: .b)
    return try await fixture.ready(oslo, application)
  }

  @Test(
    "decisions: never above the amount applied for; outcome and amount agree; audited accounts at the threshold"
  )
  func decisions() async throws {
    try await GrantsFixture.with { fixture in
      let oslo = fixture.oslo
      try await fixture.allocate("0301", amount: 1_000_000_000)
      let application = try await Self.ready(fixture, index: 1)
      let above = await refusal {
        _ = try await fixture.decide(oslo, application, outcome: .partlyGranted, amount: 30_000_000)
      }
      #expect(above?.code == .invalidArgument)
      let grantedLess = await refusal {
        _ = try await fixture.decide(oslo, application, outcome: .granted, amount: 10_000_000)
      }
      #expect(grantedLess?.message.contains("grant less as PARTLY_GRANTED") == true)
      let refusedWithMoney = await refusal {
        _ = try await fixture.decide(oslo, application, outcome: .refused, amount: 1, reason: "Nei")
      }
      #expect(refusedWithMoney?.code == .invalidArgument)
      let refusedWithoutReason = await refusal {
        _ = try await fixture.decide(oslo, application, outcome: .refused, amount: 0)
      }
      #expect(refusedWithoutReason?.message == "reason is required for a refusal or rejection")
      // 200 000 NOK is at or above the default audit threshold of 100 000 NOK.
      let decided = try await fixture.decide(
        oslo, application, outcome: .granted, amount: 20_000_000)
      #expect(decided.decision?.auditedAccountsRequired == true)
      #expect(decided.decision?.reportDue == "\(fixture.year + 1)-02-01")
      let small = try await Self.ready(fixture, index: 2, amount: 5_000_000)
      let smallDecision = try await fixture.decide(
        oslo, small, outcome: .granted, amount: 5_000_000)
      #expect(smallDecision.decision?.auditedAccountsRequired == false)
    }
  }

  @Test("no grant without an assessment; nothing granted before IMDi's allocation")
  func preconditions() async throws {
    try await GrantsFixture.with { fixture in
      let oslo = fixture.oslo
      let call = try await fixture.call(oslo, part: .activity, purposes: [.b])
      let organisation = try await fixture.organisation(
        oslo, kommune: "0301", index: 3, kind: .voluntaryOrganisation)
      let application = try await fixture.application(
        oslo, call: call, organisation: organisation, amount: 1_000_000, purpose: .b)
      var unscored = try await fixture.submit(oslo, application)
      unscored = try await fixture.transition(oslo, GrantsMethods.startAssessment, unscored)
      let noAssessment = await refusal {
        _ = try await fixture.decide(oslo, unscored, outcome: .granted, amount: 1_000_000)
      }
      #expect(noAssessment?.message.contains("has no scored assessment") == true)
      let assessed = try await Self.ready(fixture, index: 4)
      let noAllocation = await refusal {
        _ = try await fixture.decide(oslo, assessed, outcome: .granted, amount: 20_000_000)
      }
      #expect(noAllocation?.code == .failedPrecondition)
      #expect(noAllocation?.message.contains("has not set the allocation") == true)
      let allocation = await refusal { _ = try await fixture.allocation(oslo) }
      #expect(allocation?.code == .notFound)
    }
  }

  @Test("the administration share: at most 5 %, and never eating into what is granted")
  func administrationShare() async throws {
    try await GrantsFixture.with { fixture in
      let oslo = fixture.oslo
      let allocation = try await fixture.allocate("0301", amount: 100_000_000)
      var request = SetAdministrationShareRequest()
      request.year = fixture.year
      request.administrationShareOre = 5_000_001
      request.expectedVersion = allocation.version
      let tooMuch = await refusal {
        _ = try await oslo.call(GrantsMethods.setAdministrationShare, request, as: Allocation.self)
      }
      #expect(
        tooMuch?.message
          == "the administration share may be at most 5 % of the allocation: 50 000 kr, not 50 000,01 kr"
      )
      let application = try await Self.ready(fixture, index: 5, amount: 97_000_000)
      _ = try await fixture.decide(oslo, application, outcome: .granted, amount: 97_000_000)
      request.administrationShareOre = 5_000_000
      let intoGrants = await refusal {
        _ = try await oslo.call(GrantsMethods.setAdministrationShare, request, as: Allocation.self)
      }
      #expect(intoGrants?.message.contains("970 000 kr is already granted") == true)
      // IMDi cannot lower the allocation below what is granted either.
      var lower = SetAllocationRequest()
      lower.kommunenummer = "0301"
      lower.year = fixture.year
      lower.amountOre = 90_000_000
      lower.letterReference = "IMDi ny"
      lower.expectedVersion = allocation.version
      let belowGranted = await refusal {
        _ = try await fixture.oversight.call(
          GrantsOversightMethods.setAllocation, lower, as: Allocation.self)
      }
      #expect(belowGranted?.code == .failedPrecondition)
    }
  }

  @Test(
    "payments: never more than granted nor before the decision; a reference is one payment; only grants are paid",
    arguments: TestStores.kinds)
  func payments(store: StoreKind) async throws {
    try await GrantsFixture.with(store: store) { fixture in
      let oslo = fixture.oslo
      try await fixture.allocate("0301", amount: 1_000_000_000)
      let application = try await Self.ready(fixture, index: 6, amount: 5_000_000)
      let unpaid = await refusal {
        _ = try await fixture.pay(oslo, application, amount: 1_000, reference: "early")
      }
      #expect(unpaid?.message.contains("holds no grant") == true)
      let decided = try await fixture.decide(
        oslo, application, outcome: .granted, amount: 5_000_000)
      // Money is paid under a decision: never dated before it.
      let backdated = await refusal {
        _ = try await fixture.pay(
          oslo, decided, amount: 1_000, reference: "BET-0", paidOn: fixture.day(-1))
      }
      #expect(backdated?.code == .failedPrecondition)
      #expect(
        backdated?.message.contains("before the decision") == true, "\(backdated?.message ?? "")")
      let first = try await fixture.pay(oslo, decided, amount: 3_000_000, reference: "BET-1")
      let retried = try await fixture.pay(oslo, decided, amount: 3_000_000, reference: "BET-1")
      #expect(retried == first)
      let reused = await refusal {
        _ = try await fixture.pay(oslo, decided, amount: 1_000_000, reference: "BET-1")
      }
      #expect(reused?.code == .alreadyExists)
      let over = await refusal {
        _ = try await fixture.pay(oslo, decided, amount: 2_000_001, reference: "BET-2")
      }
      #expect(over?.message.contains("more than the 50 000 kr granted") == true)
      _ = try await fixture.pay(oslo, decided, amount: 2_000_000, reference: "BET-3")
      #expect(try await fixture.get(oslo, decided.id).paidOre == 5_000_000)
    }
  }

  @Test(
    "a payment is never dated before its decision; after an appeal's new decision, not before the first one can have been",
    arguments: TestStores.kinds)
  func paymentDates(store: StoreKind) async throws {
    try await GrantsFixture.with(store: store) { fixture in
      let oslo = fixture.oslo
      try await fixture.allocate("0301", amount: 1_000_000_000)
      var application = try await fixture.decide(
        oslo, try await Self.ready(fixture, index: 8, amount: 4_000_000), outcome: .partlyGranted,
        amount: 2_000_000)
      var lodge = AppealDecisionRequest()
      lodge.id = application.id
      lodge.expectedVersion = application.version
      lodge.reason = "Vil ha hele beløpet"
      application = try await oslo.call(GrantsMethods.appealDecision, lodge, as: Application.self)
      // While the appeal waits, the first decision's date holds.
      let pending = await refusal {
        _ = try await fixture.pay(
          oslo, application, amount: 1_000, reference: "APP-0", paidOn: fixture.day(-1))
      }
      #expect(pending?.message.contains("before the decision") == true)
      var final = DecideAppealRequest()
      final.id = application.id
      final.expectedVersion = application.version
      final.outcome = .granted
      final.amountOre = 4_000_000
      final.reason = "Hele beløpet"
      application = try await oslo.call(GrantsMethods.decideAppeal, final, as: Application.self)
      // Money paid under the first decision, recorded after the final one: accepted within
      // the three weeks the first decision can lie before the appeal; not before them.
      _ = try await fixture.pay(
        oslo, application, amount: 1_000_000, reference: "APP-1", paidOn: fixture.day(-10))
      let early = await refusal {
        _ = try await fixture.pay(
          oslo, application, amount: 1_000, reference: "APP-2", paidOn: fixture.day(-30))
      }
      #expect(early?.code == .failedPrecondition, "\(early?.message ?? "accepted")")
    }
  }

  @Test(
    "reports: the auditor's statement when required, review, overdue; repayment claims up to what was paid"
  )
  func reportsAndClaims() async throws {
    try await GrantsFixture.with { fixture in
      let oslo = fixture.oslo
      try await fixture.allocate("0301", amount: 1_000_000_000)
      var application = try await fixture.decide(
        oslo, try await Self.ready(fixture, index: 7), outcome: .granted, amount: 20_000_000)
      _ = try await fixture.pay(oslo, application, amount: 20_000_000, reference: "BET-7")
      application = try await fixture.get(oslo, application.id)
      var report = GrantReport()
      report.useOfFunds = "Leie"
      report.goalAchievement = "Nådd"
      report.spentOre = 19_000_000
      report.participants = 80
      var submit = SubmitReportRequest()
      submit.applicationID = application.id
      submit.expectedVersion = application.version
      submit.report = report
      let unaudited = await refusal {
        _ = try await oslo.call(GrantsMethods.submitReport, submit, as: Application.self)
      }
      #expect(unaudited?.message.contains("requires audited accounts") == true)
      report.auditorStatementAttached = true
      submit.report = report
      application = try await oslo.call(GrantsMethods.submitReport, submit, as: Application.self)
      #expect(application.report?.state == .submitted)
      var review = ReviewReportRequest()
      review.applicationID = application.id
      review.expectedVersion = application.version
      review.approved = false
      let noComment = await refusal {
        _ = try await oslo.call(GrantsMethods.reviewReport, review, as: Application.self)
      }
      #expect(noComment?.message == "comment is required")
      review.comment = "Regnskapet mangler bilag"
      application = try await oslo.call(GrantsMethods.reviewReport, review, as: Application.self)
      #expect(application.report?.state == .returned)
      var overdue = ListOverdueReportsRequest()
      overdue.asOf = "\(fixture.year + 1)-06-01"
      let late = try await oslo.call(
        GrantsMethods.listOverdueReports, overdue, as: ListApplicationsResponse.self)
      #expect(late.applications.map(\.id) == [application.id])

      var claim = CreateRepaymentClaimRequest()
      claim.applicationID = application.id
      claim.reason = .unusedFunds
      claim.amountOre = 20_000_001
      let tooLarge = await refusal {
        _ = try await oslo.call(GrantsMethods.createRepaymentClaim, claim, as: RepaymentClaim.self)
      }
      #expect(tooLarge?.message.contains("at most what was paid") == true)
      claim.amountOre = 1_000_000
      let created = try await oslo.call(
        GrantsMethods.createRepaymentClaim, claim, as: RepaymentClaim.self)
      #expect(created.state == .open)
      var settle = SetRepaymentClaimStateRequest()
      settle.id = created.id
      settle.expectedVersion = created.version
      settle.state = .waived
      let waived = try await oslo.call(
        GrantsMethods.setRepaymentClaimState, settle, as: RepaymentClaim.self)
      #expect(waived.state == .waived)
      settle.expectedVersion = waived.version
      settle.state = .paid
      let closed = await refusal {
        _ = try await oslo.call(
          GrantsMethods.setRepaymentClaimState, settle, as: RepaymentClaim.self)
      }
      #expect(closed?.message.contains("no longer open") == true)
    }
  }

  @Test("the open-data export carries decided grants and no personal data")
  func openData() async throws {
    try await GrantsFixture.with { fixture in
      let oslo = fixture.oslo
      try await fixture.allocate("0301", amount: 1_000_000_000)
      _ = try await fixture.decide(
        oslo, try await Self.ready(fixture, index: 8), outcome: .granted, amount: 20_000_000)
      _ = try await Self.ready(fixture, index: 9)  // not decided: not exported
      var request = ExportOpenDataRequest()
      request.year = fixture.year
      let export = try await oslo.call(
        GrantsMethods.exportOpenData, request, as: ExportOpenDataResponse.self)
      #expect(export.grantCount == 1)
      let document =
        try JSONSerialization.jsonObject(with: Data(export.json.utf8)) as? [String: Any]
      let grants = document?["grants"] as? [[String: Any]] ?? []
      #expect(grants.count == 1)
      #expect(grants.first?["amountAwarded"] as? Double == 200_000)
      #expect(grants.first?["currency"] as? String == "NOK")
      #expect(
        (grants.first?["recipientOrganization"] as? [[String: Any]])?.first?["id"] as? String
          == "NO-BRC-\(GrantsFixture.organisasjonsnummer(8))")
      #expect(!export.json.contains("Kontakt") && !export.json.contains("86011117947"))
    }
  }
}
