internal import DomainValues
internal import Foundation
internal import GRDB
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
    organisation.version = 1
    organisation.createdAt = CivilTime.now()
    organisation.updatedAt = organisation.createdAt
    let created = organisation
    return try await scope.mutate(request: request, responseType: Organisation.self) { db in
      try OrganisationRepository.insert(created, db: db)
      return (created, [AuditRecord(before: nil, after: created, id: created.id)])
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
    let limit = try PageLimit.check(
      request.pageSize, field: "page_size", maximum: 500, fallback: 100)
    let after = try PageToken.decode(request.pageToken).map { (name: $0.key, id: $0.id) }
    let page = try await scope.read { db in
      try OrganisationRepository.page(after: after, limit: limit + 1, db: db)
    }
    var response = ListOrganisationsResponse()
    let fitting = min(limit, PageBudget.count(fitting: page.lazy.map(\.serializedSize)))
    response.organisations = Array(page.prefix(fitting))
    if page.count > fitting, let last = response.organisations.last {
      response.nextPageToken = PageToken.encode(key: last.name, id: last.id)
    }
    return response
  }

  public func updateOrganisation(_ request: UpdateOrganisationRequest, scope: TenantScope)
    async throws -> Organisation
  {
    let id = request.organisation?.id ?? ""
    guard !id.isEmpty else { throw OrganisationRules.invalid("organisation.id is required") }
    // Existence first: another tenant's identifier is NOT_FOUND whatever the request holds.
    _ = try await OrganisationRecords.existing(id, scope: scope)
    let changes = try OrganisationRules.validated(
      request.organisation, municipalityNumbers: scope.tenant.numbers.map(\.kommunenummer))
    let expected = request.expectedVersion
    let now = CivilTime.now()
    return try await scope.mutate(request: request, responseType: Organisation.self) { db in
      guard let before = try OrganisationRepository.find(id: id, db: db) else {
        throw StorageError(.notFound, "organisation \(id) does not exist")
      }
      guard before.version == expected else {
        throw StorageError(
          .versionConflict,
          "organisation \(id) is at version \(before.version), the update named \(expected); read it again"
        )
      }
      guard changes.organisasjonsnummer == before.organisasjonsnummer else {
        throw OrganisationRules.invalid(
          "organisasjonsnummer cannot change (\(before.organisasjonsnummer)); record the new organisation instead"
        )
      }
      var after = changes
      after.id = id
      after.version = before.version + 1
      after.createdAt = before.createdAt
      after.updatedAt = now
      try OrganisationRepository.update(after, expectedVersion: expected, db: db)
      return (after, [AuditRecord(before: before, after: after, id: id)])
    }
  }

}
