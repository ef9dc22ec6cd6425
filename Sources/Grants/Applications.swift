internal import DomainValues
internal import GRDB
internal import ProtoWire
internal import RPC
internal import SamarbeidAPI
internal import Storage
internal import Tenancy

/// Applications in the tenant database: the record and the columns searched and summed.
enum Applications {
  static func columns(_ application: Application) -> KeyValuePairs<
    String, (any DatabaseValueConvertible)?
  > {
    [
      "call_id": application.callID, "organisation_id": application.organisationID,
      "year": application.year,
      "part": application.part.protoValue, "state": application.state.protoValue,
      "outcome": (application.decision?.outcome ?? .unspecified).protoValue,
      "granted_ore": ApplicationRules.holdsGrant(application)
        ? application.decision?.amountOre ?? 0 : 0,
      "paid_ore": application.paidOre, "report_due": application.decision?.reportDue ?? "",
      "report_state": (application.report?.state ?? .unspecified).protoValue,
      "created_at": application.createdAt,
    ]
  }

  static func insert(_ application: Application, db: Database) throws {
    try GrantTables.applications.insert(
      application, id: application.id, version: application.version, columns: columns(application),
      db: db)
  }

  /// Changes application `id` in one transaction: `change` edits it (and may check anything
  /// in `db`); the new version, timestamp, audit record and columns follow.
  static func change<Request: ProtoMessage>(
    request: Request, id: String, expectedVersion: Int64, scope: TenantScope,
    _ change: @escaping @Sendable (inout Application, Database) throws -> Void
  ) async throws -> Application {
    let now = CivilTime.now()
    return try await scope.mutate(request: request, responseType: Application.self) { db in
      let before = try GrantTables.applications.get(id, db: db)
      guard before.version == expectedVersion else {
        throw StorageError(
          .versionConflict,
          "application \(id) is at version \(before.version), the request named \(expectedVersion); read it again"
        )
      }
      var after = before
      try change(&after, db)
      after.version = before.version + 1
      after.updatedAt = now
      try GrantTables.applications.update(
        after, id: id, expectedVersion: expectedVersion, version: after.version,
        columns: columns(after), db: db)
      return (after, [AuditRecord(before: before, after: after, id: id)])
    }
  }
}
