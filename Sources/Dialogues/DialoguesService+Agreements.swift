internal import DomainValues
internal import Organisations
public import SamarbeidAPI
internal import Storage
public import Tenancy

extension DialoguesService {
  public func createAgreement(_ request: CreateAgreementRequest, scope: TenantScope) async throws
    -> CooperationAgreement
  {
    var agreement = try DomainError.within("agreement") { () throws(DomainError) in
      try AgreementRules.validated(request.agreement)
    }
    try await OrganisationRecords.requireExisting(agreement.organisationIDs, scope: scope)
    agreement.id = scope.newRecordID(kind: DialogueTables.agreements.kind)
    agreement.endedReason = ""
    agreement.evaluations = []
    agreement.createdAt = CivilTime.now()
    agreement.updatedAt = agreement.createdAt
    return try await scope.create(
      agreement, id: agreement.id, in: DialogueTables.agreements, request: request)
  }

  public func getAgreement(_ request: GetAgreementRequest, scope: TenantScope) async throws
    -> CooperationAgreement
  {
    try await DialogueTables.agreements.existing(request.id, scope: scope)
  }

  public func listAgreements(_ request: ListAgreementsRequest, scope: TenantScope) async throws
    -> ListAgreementsResponse
  {
    var filter = Condition.all
    if request.status != .unspecified {
      filter &= Columns.status == (try Field.choice(request.status, field: "status")).protoValue
    }
    if !request.organisationID.isEmpty {
      filter &= Columns.organisations.holds(request.organisationID)
    }
    if request.councilPeriodStart != 0 {
      filter &=
        Columns.councilPeriodStart == (try AgreementRules.councilPeriod(request.councilPeriodStart))
    }
    let page = try await DialogueTables.agreements.page(
      filter, orderedBy: Columns.title, position: { ($0.title, $0.id) },
      page: PageRequest(size: request.pageSize, token: request.pageToken), scope: scope)
    return ListAgreementsResponse(items: page.records, nextPageToken: page.nextPageToken)
  }

  public func updateAgreement(_ request: UpdateAgreementRequest, scope: TenantScope) async throws
    -> CooperationAgreement
  {
    let id = request.agreement?.id ?? ""
    guard !id.isEmpty else {
      throw DomainError.invalid("agreement.id", "agreement.id is required")
    }
    _ = try await DialogueTables.agreements.existing(id, scope: scope)
    var fields = request.agreement
    fields?.status = .active
    let changes = try DomainError.within("agreement") { () throws(DomainError) in
      try AgreementRules.validated(fields)
    }
    try await OrganisationRecords.requireExisting(changes.organisationIDs, scope: scope)
    return try await scope.change(
      id, in: DialogueTables.agreements, expectedVersion: request.expectedVersion,
      request: request
    ) { agreement, _ in
      try Self.checkActive(agreement)
      var after = changes
      after.id = id
      after.version = agreement.version
      after.createdAt = agreement.createdAt
      after.status = agreement.status
      after.endedReason = agreement.endedReason
      after.evaluations = agreement.evaluations
      // The next evaluation moves only by evaluating (else a late one could be made on time).
      after.nextEvaluationOn = agreement.nextEvaluationOn
      agreement = after
    }
  }

  public func evaluateAgreement(_ request: EvaluateAgreementRequest, scope: TenantScope)
    async throws -> CooperationAgreement
  {
    _ = try await DialogueTables.agreements.existing(request.id, scope: scope)
    let today = CivilDate.today()
    let evaluated =
      request.evaluatedOn.isEmpty
      ? today : try Field.date(request.evaluatedOn, field: "evaluated_on")
    guard evaluated <= today else {
      throw DomainError.invalid(
        "evaluated_on", "evaluated_on (\(evaluated)) must not be after today (\(today))")
    }
    let next = try Field.date(request.nextEvaluationOn, field: "next_evaluation_on")
    guard next > evaluated else {
      throw DomainError.invalid(
        "next_evaluation_on",
        "next_evaluation_on (\(next)) must be after evaluated_on (\(evaluated))")
    }
    return try await scope.change(
      request.id, in: DialogueTables.agreements, expectedVersion: request.expectedVersion,
      request: request
    ) { agreement, _ in
      try Self.checkActive(agreement)
      guard evaluated >= CivilDate(agreement.startsOn) ?? evaluated else {
        throw DomainError.invalid(
          "evaluated_on",
          "evaluated_on (\(evaluated)) must not be before the agreement starts (\(agreement.startsOn))"
        )
      }
      var evaluation = AgreementEvaluation()
      evaluation.dueOn = agreement.nextEvaluationOn
      evaluation.evaluatedOn = "\(evaluated)"
      evaluation.onTime = evaluation.evaluatedOn <= evaluation.dueOn
      agreement.evaluations.append(evaluation)
      agreement.nextEvaluationOn = "\(next)"
    }
  }

  public func endAgreement(_ request: EndAgreementRequest, scope: TenantScope) async throws
    -> CooperationAgreement
  {
    _ = try await DialogueTables.agreements.existing(request.id, scope: scope)
    let reason = try Field.text(request.reason, field: "reason", maximum: 1000, required: true)
    let today = CivilDate.today()
    return try await scope.change(
      request.id, in: DialogueTables.agreements, expectedVersion: request.expectedVersion,
      request: request
    ) { agreement, _ in
      try Self.checkActive(agreement)
      agreement.status = .ended
      agreement.endedReason = reason
      // The term ends the day it ended, unless it was to end earlier. Ended before it
      // started, it ends before its first day: it never ran, and no year counts it active.
      let ends = CivilDate(agreement.endsOn).map { min($0, today) } ?? today
      agreement.endsOn = "\(ends)"
    }
  }

  public func listOverdueEvaluations(
    _ request: ListOverdueEvaluationsRequest, scope: TenantScope
  ) async throws -> ListAgreementsResponse {
    let asOf =
      request.asOf.isEmpty ? CivilDate.today() : try Field.date(request.asOf, field: "as_of")
    let page = try await DialogueTables.agreements.page(
      Columns.status == AgreementStatus.active.protoValue
        && Columns.nextEvaluationOn < "\(asOf)" && Columns.endsOn >= "\(asOf)",
      orderedBy: Columns.nextEvaluationOn, position: { ($0.nextEvaluationOn, $0.id) },
      page: PageRequest(size: request.pageSize, token: request.pageToken), scope: scope)
    return ListAgreementsResponse(items: page.records, nextPageToken: page.nextPageToken)
  }

  /// `agreement` is active: an ended agreement does not change.
  static func checkActive(_ agreement: CooperationAgreement) throws {
    guard agreement.status == .active else {
      throw DialogueRule.agreementState.violation(
        "agreement \(agreement.id) has ended (\(agreement.endedReason)); an ended agreement does not change"
      )
    }
  }
}
