internal import DomainValues
internal import Organisations
internal import ProtoWire
internal import RPC
public import SamarbeidAPI
internal import Storage
public import Tenancy

extension GrantsService {
  /// Appeals are lodged within three weeks of the decision (forvaltningsloven § 29).
  static let appealDays = 21

  public func decideApplication(_ request: DecideApplicationRequest, scope: TenantScope)
    async throws -> Application
  {
    let current = try await GrantTables.applications.existing(request.id, scope: scope)
    let today = CivilDate.today()
    let terms = try DecisionRules.terms(request, applied: current.amountAppliedOre, today: today)
    return try await Self.decide(
      current, terms: terms, request: request, expectedVersion: request.expectedVersion,
      scope: scope
    ) { application, store in
      try ApplicationRules.require(
        application,
        in: terms.outcome == .rejected ? [.submitted, .inAssessment] : [.inAssessment],
        to: "decided")
      if ApplicationRules.grants(terms.outcome) {
        guard application.assessments.contains(where: { !$0.scores.isEmpty }) else {
          throw GrantRule.decision.violation(

            "application \(application.id) has no scored assessment: a grant is decided on an assessment"
          )
        }
      }
      let policy = try Budget.policy(year: application.year, in: store)
      var decision = Decision()
      decision.outcome = terms.outcome
      decision.amountOre = terms.amount
      decision.conditions = terms.conditions
      decision.useBy = terms.useBy
      decision.reportDue =
        ApplicationRules.grants(terms.outcome)
        ? (terms.reportDue.isEmpty ? policy.reportDue : terms.reportDue) : ""
      decision.auditedAccountsRequired =
        ApplicationRules.grants(terms.outcome) && terms.amount >= policy.auditThresholdOre
      decision.decidedOn = today.description
      decision.reason = terms.reason
      application.decision = decision
      application.state = .decided
    }
  }

  public func appealDecision(_ request: AppealDecisionRequest, scope: TenantScope) async throws
    -> Application
  {
    _ = try await GrantTables.applications.existing(request.id, scope: scope)
    let reason = try Field.text(
      request.reason, field: "reason", maximum: 5000, required: true)
    let today = CivilDate.today()
    return try await scope.change(
      request.id, in: GrantTables.applications, expectedVersion: request.expectedVersion,
      request: request
    ) { application, _ in
      try ApplicationRules.require(application, in: [.decided], to: "appealed")
      let decidedOn = application.decision?.decidedOn ?? ""
      guard let decided = CivilDate(decidedOn),
        today.isWithin(days: Self.appealDays, after: decided)
      else {
        throw GrantRule.appealDeadline.violation(

          "the appeal deadline passed: an appeal is lodged within three weeks of the decision (\(decidedOn))"
        )
      }
      var appeal = Appeal()
      appeal.reason = reason
      appeal.lodgedOn = today.description
      application.appeal = appeal
      application.state = .appealed
    }
  }

  public func decideAppeal(_ request: DecideAppealRequest, scope: TenantScope) async throws
    -> Application
  {
    let current = try await GrantTables.applications.existing(request.id, scope: scope)
    let today = CivilDate.today()
    if request.upheld {
      return try await scope.change(
        request.id, in: GrantTables.applications, expectedVersion: request.expectedVersion,
        request: request
      ) { application, _ in
        try ApplicationRules.require(application, in: [.appealed], to: "finally decided")
        application.appeal?.upheld = true
        application.appeal?.decidedOn = today.description
        application.state = .final
      }
    }
    var changed = DecideApplicationRequest()
    changed.outcome = request.outcome
    changed.amountOre = request.amountOre
    changed.reason = request.reason
    changed.useBy = current.decision?.useBy ?? ""
    changed.reportDue = current.decision?.reportDue ?? ""
    changed.conditions = current.decision?.conditions ?? ""
    let terms = try DecisionRules.terms(changed, applied: current.amountAppliedOre, today: today)
    return try await Self.decide(
      current, terms: terms, request: request, expectedVersion: request.expectedVersion,
      scope: scope
    ) { application, store in
      try ApplicationRules.require(application, in: [.appealed], to: "finally decided")
      let policy = try Budget.policy(year: application.year, in: store)
      var decision = application.decision ?? Decision()
      decision.outcome = terms.outcome
      decision.amountOre = terms.amount
      decision.reason = terms.reason
      decision.decidedOn = today.description
      if ApplicationRules.grants(terms.outcome) {
        if decision.reportDue.isEmpty { decision.reportDue = policy.reportDue }
        if decision.useBy.isEmpty { decision.useBy = terms.useBy }
        decision.auditedAccountsRequired = terms.amount >= policy.auditThresholdOre
      }
      application.decision = decision
      application.appeal?.upheld = false
      application.appeal?.decidedOn = today.description
      application.state = .final
    }
  }

  /// Records a decision: checks the year's budget in the same transaction, and for operating
  /// grants holds the organisation's year in the national registry first (released again
  /// when the decision is not recorded or grants nothing).
  static func decide<Request: ProtoMessage>(
    _ current: Application, terms: DecisionRules.Terms, request: Request, expectedVersion: Int64,
    scope: TenantScope,
    _ change: @escaping @Sendable (inout Application, any StoreWriter) throws -> Void
  ) async throws -> Application {
    let organisation = try await scope.read { store in
      try OrganisationRecords.find(current.organisationID, in: store)
    }
    let orgnr = organisation?.organisasjonsnummer ?? ""
    let operating = current.part == .operating
    let grants = ApplicationRules.grants(terms.outcome)
    if operating && grants {
      try await scope.reserveOperatingGrant(
        organisasjonsnummer: orgnr, year: current.year, applicationID: current.id)
    }
    let decided: Application
    do {
      decided = try await scope.change(
        current.id, in: GrantTables.applications, expectedVersion: expectedVersion,
        request: request
      ) { application, store in
        try change(&application, store)
        if grants {
          try Budget.requireRoom(
            for: Money(ore: terms.amount), year: application.year, applicationID: application.id,
            in: store)
        }
      }
    } catch {
      if operating && grants, current.decision.map({ !ApplicationRules.grants($0.outcome) }) ?? true
      {
        try? await scope.releaseOperatingGrant(
          organisasjonsnummer: orgnr, year: current.year, applicationID: current.id)
      }
      throw error
    }
    if operating && !grants {
      try? await scope.releaseOperatingGrant(
        organisasjonsnummer: orgnr, year: current.year, applicationID: current.id)
    }
    return decided
  }
}
