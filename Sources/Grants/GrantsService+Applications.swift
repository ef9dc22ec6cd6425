internal import DomainValues
internal import Organisations
internal import RPC
public import SamarbeidAPI
internal import Storage
public import Tenancy

extension GrantsService {
  public func createApplication(_ request: CreateApplicationRequest, scope: TenantScope)
    async throws -> Application
  {
    let callID = request.application?.callID ?? ""
    let organisationID = request.application?.organisationID ?? ""
    let call = try await GrantTables.calls.existing(callID, scope: scope)
    _ = try await OrganisationRecords.existing(organisationID, scope: scope)
    guard call.state != .closed else {
      throw GrantRule.callState.violation(
        "call \(call.id) is closed: it takes no applications")
    }
    var application = try ApplicationRules.validatedFields(request.application, call: call)
    application.id = scope.newRecordID(kind: GrantTables.applications.kind)
    application.year = call.year
    application.part = call.part
    application.state = .draft
    application.createdAt = CivilTime.now()
    application.updatedAt = application.createdAt
    application.assessments = []
    application.decision = nil
    application.appeal = nil
    application.report = nil
    application.paidOre = 0
    application.submittedAt = ""
    application.returnedReason = ""
    return try await scope.create(
      application, id: application.id, in: GrantTables.applications, request: request)
  }

  public func updateApplication(_ request: UpdateApplicationRequest, scope: TenantScope)
    async throws -> Application
  {
    let id = request.application?.id ?? ""
    let current = try await GrantTables.applications.existing(id, scope: scope)
    let call = try await GrantTables.calls.existing(current.callID, scope: scope)
    let fields = try ApplicationRules.validatedFields(request.application, call: call)
    guard fields.callID == current.callID, fields.organisationID == current.organisationID else {
      throw DomainError.invalid(
        "application.call_id", "call_id and organisation_id of an application cannot change")
    }
    return try await scope.change(
      id, in: GrantTables.applications, expectedVersion: request.expectedVersion,
      request: request
    ) { application, _ in
      try ApplicationRules.require(application, in: [.draft, .returned], to: "edited")
      application.purpose = fields.purpose
      application.title = fields.title
      application.description = fields.description
      application.amountAppliedOre = fields.amountAppliedOre
      application.activityFree = fields.activityFree
      application.noOtherStateFunding = fields.noOtherStateFunding
    }
  }

  public func submitApplication(_ request: ApplicationTransitionRequest, scope: TenantScope)
    async throws -> Application
  {
    let current = try await GrantTables.applications.existing(request.id, scope: scope)
    let organisation = try await scope.read { store in
      try OrganisationRecords.find(current.organisationID, in: store)
    }
    let heldElsewhere =
      current.part == .operating
      ? try await scope.operatingGrantHeldElsewhere(
        organisasjonsnummer: organisation?.organisasjonsnummer ?? "", year: current.year)
      : false
    let numbers = scope.tenant.numbers.map(\.kommunenummer)
    let today = CivilDate.today()
    let now = CivilTime.now()
    return try await scope.change(
      request.id, in: GrantTables.applications, expectedVersion: request.expectedVersion,
      request: request
    ) { application, store in
      try ApplicationRules.require(application, in: [.draft, .returned], to: "submitted")
      let call = try GrantTables.calls.get(application.callID, in: store)
      guard let organisation = try OrganisationRecords.find(application.organisationID, in: store)
      else {
        throw GrantRule.eligibility.violation(
          "the application's organisation no longer exists")
      }
      let failures = Eligibility.failures(
        application: application, call: call, organisation: organisation,
        policy: try Budget.policy(year: application.year, in: store), municipalityNumbers: numbers,
        today: today,
        operatingGrantHeldElsewhere: heldElsewhere)
      guard failures.isEmpty else {
        throw GrantRule.eligibility.violations(
          failures, subject: "application \(application.id) is not eligible")
      }
      application.state = .submitted
      application.submittedAt = now
      application.returnedReason = ""
    }
  }

  public func returnApplication(_ request: ReturnApplicationRequest, scope: TenantScope)
    async throws -> Application
  {
    _ = try await GrantTables.applications.existing(request.id, scope: scope)
    let reason = try Field.text(
      request.reason, field: "reason", maximum: 2000, required: true)
    return try await scope.change(
      request.id, in: GrantTables.applications, expectedVersion: request.expectedVersion,
      request: request
    ) { application, _ in
      try ApplicationRules.require(
        application, in: [.submitted, .inAssessment], to: "returned for completion")
      application.state = .returned
      application.returnedReason = reason
    }
  }

  public func getApplication(_ request: GetApplicationRequest, scope: TenantScope) async throws
    -> Application
  {
    try await GrantTables.applications.existing(request.id, scope: scope)
  }

  public func listApplications(_ request: ListApplicationsRequest, scope: TenantScope) async throws
    -> ListApplicationsResponse
  {
    let pageRequest = try PageRequest(size: request.pageSize, token: request.pageToken)
    typealias Columns = GrantTables.Columns
    var filter = Condition.all
    if request.year != 0 { filter &= Columns.year == (try Field.year(request.year)) }
    if !request.callID.isEmpty { filter &= Columns.callID == request.callID }
    if !request.organisationID.isEmpty {
      filter &= Columns.organisationID == request.organisationID
    }
    if request.state != .unspecified { filter &= Columns.state == request.state.protoValue }
    let page = try await GrantTables.applications.page(
      filter, orderedBy: Columns.createdAt, position: { ($0.createdAt, $0.id) },
      page: pageRequest, scope: scope)
    var response = ListApplicationsResponse()
    response.applications = page.records
    response.nextPageToken = page.nextPageToken
    return response
  }

}
