internal import DomainValues
internal import Organisations
public import RPC
public import SamarbeidAPI
internal import Storage
public import Tenancy

extension GrantsService {
  // The alias of samarbeid.v1.Changes/WatchChanges, kept for one release.
  public func watchChanges(
    _ request: WatchChangesRequest, writer: ResponseStreamWriter<Change>, scope: TenantScope
  ) async throws {
    try await ChangesService().watchChanges(request, writer: writer, scope: scope)
  }

  public func exportOpenData(_ request: ExportOpenDataRequest, scope: TenantScope) async throws
    -> ExportOpenDataResponse
  {
    try await withTaskExecutorPreference(globalConcurrentExecutor) {
      try await Self.openDataPage(request, scope: scope)
    }
  }

  /// One page of the year's decided grants as a 360Giving package.
  private static func openDataPage(_ request: ExportOpenDataRequest, scope: TenantScope)
    async throws -> ExportOpenDataResponse
  {
    let year = try Field.year(request.year)
    let pageRequest = try PageRequest(size: request.pageSize, token: request.pageToken)
    let page = try await GrantTables.applications.page(
      GrantTables.Columns.year == year && GrantTables.Columns.grantedOre > 0,
      orderedBy: GrantTables.Columns.createdAt, position: { ($0.createdAt, $0.id) },
      page: pageRequest, scope: scope)
    let tenant = scope.tenant
    let grants = try await scope.read { store -> [OpenData.Grant] in
      try page.records.map { application in
        let organisation = try OrganisationRecords.find(application.organisationID, in: store)
        return OpenData.grant(application, organisation: organisation, tenant: tenant)
      }
    }
    var response = ExportOpenDataResponse()
    response.json = try OpenData.json(grants)
    response.grantCount = Int32(grants.count)
    response.nextPageToken = page.nextPageToken
    return response
  }
}
