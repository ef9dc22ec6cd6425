internal import DomainValues
internal import ProtoWire
internal import RPC
public import SamarbeidAPI
internal import Storage
public import Tenancy

/// `samarbeid.v1.Organisations`: the organisations a municipality works with, in its own
/// tenant database.
public struct OrganisationsService: OrganisationsAPI {
  public typealias Scope = TenantScope

  /// The service.
  public init() {}

  public func createOrganisation(_ request: CreateOrganisationRequest, scope: TenantScope)
    async throws -> Organisation
  {
    var organisation = try OrganisationRules.validated(
      request.organisation, municipalityNumbers: scope.tenant.numbers.map(\.kommunenummer))
    organisation.id = scope.newRecordID(kind: OrganisationRecords.kind)
    organisation.createdAt = CivilTime.now()
    organisation.updatedAt = organisation.createdAt
    let number = organisation.organisasjonsnummer
    return try await scope.create(
      organisation, id: organisation.id, in: OrganisationRecords.table, request: request
    ) { store in
      let table = OrganisationRecords.table
      if let existing = try table.first(
        where: OrganisationRecords.Columns.organisasjonsnummer == number, in: store)
      {
        throw DomainError.exists(
          "organisasjonsnummer \(number) is already recorded as \(existing.id)")
      }
    }
  }

  public func getOrganisation(_ request: GetOrganisationRequest, scope: TenantScope) async throws
    -> Organisation
  {
    try await OrganisationRecords.existing(request.id, scope: scope)
  }

  public func listOrganisations(_ request: ListOrganisationsRequest, scope: TenantScope)
    async throws -> ListOrganisationsResponse
  {
    let pageRequest = try PageRequest(size: request.pageSize, token: request.pageToken)
    let page = try await OrganisationRecords.table.page(
      .all, orderedBy: OrganisationRecords.Columns.name, position: { ($0.name, $0.id) },
      page: pageRequest, scope: scope)
    var response = ListOrganisationsResponse()
    response.organisations = page.records
    response.nextPageToken = page.nextPageToken
    return response
  }

  public func updateOrganisation(_ request: UpdateOrganisationRequest, scope: TenantScope)
    async throws -> Organisation
  {
    let id = request.organisation?.id ?? ""
    guard !id.isEmpty else {
      throw DomainError.invalid("organisation.id", "organisation.id is required")
    }
    // Existence first: another tenant's identifier is NOT_FOUND whatever the request holds.
    _ = try await OrganisationRecords.existing(id, scope: scope)
    let changes = try OrganisationRules.validated(
      request.organisation, municipalityNumbers: scope.tenant.numbers.map(\.kommunenummer))
    return try await scope.change(
      id, in: OrganisationRecords.table, expectedVersion: request.expectedVersion,
      request: request
    ) { organisation, _ in
      guard changes.organisasjonsnummer == organisation.organisasjonsnummer else {
        throw DomainError.invalid(
          "organisation.organisasjonsnummer",
          "organisasjonsnummer cannot change (\(organisation.organisasjonsnummer)); record the new organisation instead"
        )
      }
      var after = changes
      after.id = id
      after.version = organisation.version
      after.createdAt = organisation.createdAt
      organisation = after
    }
  }

}
