internal import DomainValues
internal import Organisations
public import SamarbeidAPI
internal import Storage
public import Tenancy

extension DialoguesService {
  public func createCouncil(_ request: CreateCouncilRequest, scope: TenantScope) async throws
    -> ImmigrantCouncil
  {
    var council = try DomainError.within("council") { () throws(DomainError) in
      try AgreementRules.validated(request.council)
    }
    try await OrganisationRecords.requireExisting(
      council.seats.flatMap(\.nominatingOrganisationIDs), scope: scope)
    council.id = scope.newRecordID(kind: DialogueTables.councils.kind)
    council.createdAt = CivilTime.now()
    council.updatedAt = council.createdAt
    return try await scope.create(
      council, id: council.id, in: DialogueTables.councils, request: request)
  }

  public func getCouncil(_ request: GetCouncilRequest, scope: TenantScope) async throws
    -> ImmigrantCouncil
  {
    try await DialogueTables.councils.existing(request.id, scope: scope)
  }

  public func listCouncils(_ request: ListCouncilsRequest, scope: TenantScope) async throws
    -> ListCouncilsResponse
  {
    var filter = Condition.all
    if request.councilPeriodStart != 0 {
      filter &=
        Columns.councilPeriodStart == (try AgreementRules.councilPeriod(request.councilPeriodStart))
    }
    let page = try await DialogueTables.councils.page(
      filter, orderedBy: Columns.name, position: { ($0.name, $0.id) },
      page: PageRequest(size: request.pageSize, token: request.pageToken), scope: scope)
    return ListCouncilsResponse(items: page.records, nextPageToken: page.nextPageToken)
  }

  public func updateCouncil(_ request: UpdateCouncilRequest, scope: TenantScope) async throws
    -> ImmigrantCouncil
  {
    let id = request.council?.id ?? ""
    guard !id.isEmpty else { throw DomainError.invalid("council.id", "council.id is required") }
    _ = try await DialogueTables.councils.existing(id, scope: scope)
    let changes = try DomainError.within("council") { () throws(DomainError) in
      try AgreementRules.validated(request.council)
    }
    try await OrganisationRecords.requireExisting(
      changes.seats.flatMap(\.nominatingOrganisationIDs), scope: scope)
    return try await scope.change(
      id, in: DialogueTables.councils, expectedVersion: request.expectedVersion, request: request
    ) { council, _ in
      var after = changes
      after.id = id
      after.version = council.version
      after.createdAt = council.createdAt
      council = after
    }
  }
}
