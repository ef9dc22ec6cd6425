internal import Organisations
public import RPC
public import SamarbeidAPI
internal import Storage
public import Tenancy

extension GrantsService {
  /// Changes read per step of a watch.
  static let feedPage = 500

  // Every change in commit order, then each new commit as it happens; a client resumes
  // after the last sequence it received. The watch ends when the client goes.
  public func watchChanges(
    _ request: WatchChangesRequest, writer: ResponseStreamWriter<Change>, scope: TenantScope
  ) async throws {
    // Catching up reads and encodes many changes: off the connection's event loop.
    try await withTaskExecutorPreference(globalConcurrentExecutor) {
      try await Self.watch(request, writer: writer, scope: scope)
    }
  }

  public func exportOpenData(_ request: ExportOpenDataRequest, scope: TenantScope) async throws
    -> ExportOpenDataResponse
  {
    try await withTaskExecutorPreference(globalConcurrentExecutor) {
      try await Self.openDataPage(request, scope: scope)
    }
  }

  private static func watch(
    _ request: WatchChangesRequest, writer: ResponseStreamWriter<Change>, scope: TenantScope
  ) async throws {
    guard request.afterSequence >= 0 else {
      throw GrantRules.invalid("after_sequence must not be negative")
    }
    var cursor = request.afterSequence
    let types = Set(request.entityTypes)
    let feed = scope.changeFeed
    while !Task.isCancelled {
      let generation = feed.commitGeneration
      let entries = try await feed.auditEntries(after: cursor, limit: feedPage)
      for entry in entries {
        cursor = entry.sequence
        guard types.isEmpty || types.contains(entry.entityType) else { continue }
        var change = Change()
        change.sequence = entry.sequence
        change.at = entry.at
        change.entityType = entry.entityType
        change.entityID = entry.entityID
        change.rpc = entry.rpc
        change.entity = entry.after ?? []
        try await writer.send(change)
      }
      if entries.count < feedPage { await feed.waitForCommit(after: generation) }
    }
  }

  /// One page of the year's decided grants as a 360Giving package.
  private static func openDataPage(_ request: ExportOpenDataRequest, scope: TenantScope)
    async throws -> ExportOpenDataResponse
  {
    let year = try GrantRules.year(request.year)
    let limit = try PageLimit.check(
      request.pageSize, field: "page_size", maximum: 1000, fallback: 500)
    let page = try await GrantTables.applications.page(
      GrantTables.Columns.year == year && GrantTables.Columns.grantedOre > 0,
      orderedBy: GrantTables.Columns.createdAt, position: { ($0.createdAt, $0.id) },
      token: request.pageToken, limit: limit, scope: scope)
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
