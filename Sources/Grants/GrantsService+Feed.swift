internal import GRDB
internal import Organisations
internal import RPC
internal import SamarbeidAPI
internal import Storage
internal import Tenancy

extension GrantsService {
  /// Changes read per step of a watch.
  static let feedPage = 500

  static func registerFeed(with router: inout RPCRouter) {
    // Every change in commit order, then each new commit as it happens; a client resumes
    // after the last sequence it received. The watch ends when the client goes.
    router.registerTenantServerStreaming(GrantsMethods.watchChanges) {
      (request: WatchChangesRequest, writer: ResponseStreamWriter<Change>, scope) in
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
    router.registerTenantUnary(GrantsMethods.exportOpenData) {
      (request: ExportOpenDataRequest, scope) in
      let year = try GrantRules.year(request.year)
      let tenant = scope.tenant
      let grants = try await scope.read { db -> [OpenData.Grant] in
        let decided = try GrantTables.applications.fetch(
          where: "year = ? AND granted_ore > 0", arguments: [year], order: "created_at, id", db: db)
        return try decided.map { application in
          let organisation = try OrganisationRecords.find(application.organisationID, db: db)
          return OpenData.grant(application, organisation: organisation, tenant: tenant)
        }
      }
      var response = ExportOpenDataResponse()
      response.json = try OpenData.json(grants)
      response.grantCount = Int32(grants.count)
      return response
    }
  }
}
