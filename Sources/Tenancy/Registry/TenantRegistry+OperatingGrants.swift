internal import DomainValues
internal import GRDB
internal import RPC
internal import Storage

/// The national rule that an organisation receives operating grants from one municipality
/// only per year, kept in the registry so that it holds across tenants: the registry's one
/// writer serialises two municipalities deciding at the same moment.
extension TenantRegistry {
  /// The refusal when another municipality holds the organisation's year; it names neither
  /// that municipality nor its application.
  static func heldElsewhere(_ organisasjonsnummer: String, year: Int32) -> RPCError {
    RPCError(
      code: .failedPrecondition,
      message:
        "organisation \(organisasjonsnummer) already receives operating grants from another municipality "
        + "for \(year): an organisation receives operating grants from one municipality only per year"
    )
  }

  /// Holds `organisasjonsnummer`'s `year` for `tenantID` (idempotent for the same tenant).
  /// - Throws: ``RPCError`` FAILED_PRECONDITION when another tenant holds it.
  public func reserveOperatingGrant(
    organisasjonsnummer: String, year: Int32, tenantID: String, applicationID: String
  ) async throws {
    let at = CivilTime.now()
    try await store.write { db in
      if let holder = try String.fetchOne(
        db,
        sql:
          "SELECT tenant_id FROM operating_grant_holders WHERE organisasjonsnummer = ? AND year = ?",
        arguments: [organisasjonsnummer, year])
      {
        guard holder == tenantID else { throw Self.heldElsewhere(organisasjonsnummer, year: year) }
        return
      }
      try db.execute(
        sql: """
          INSERT INTO operating_grant_holders (organisasjonsnummer, year, tenant_id, application_id, reserved_at)
          VALUES (?, ?, ?, ?, ?)
          """,
        arguments: [organisasjonsnummer, year, tenantID, applicationID, at])
    }
  }

  /// Gives up `tenantID`'s hold from `applicationID` (a refusal on appeal, a failed write).
  public func releaseOperatingGrant(
    organisasjonsnummer: String, year: Int32, tenantID: String, applicationID: String
  ) async throws {
    try await store.write { db in
      try db.execute(
        sql: """
          DELETE FROM operating_grant_holders
          WHERE organisasjonsnummer = ? AND year = ? AND tenant_id = ? AND application_id = ?
          """,
        arguments: [organisasjonsnummer, year, tenantID, applicationID])
    }
  }

  /// Whether a tenant other than `tenantID` holds `organisasjonsnummer`'s `year`.
  public func operatingGrantHeldElsewhere(
    organisasjonsnummer: String, year: Int32, tenantID: String
  ) async throws
    -> Bool
  {
    try await store.read { db in
      try Bool.fetchOne(
        db,
        sql: """
          SELECT EXISTS (SELECT 1 FROM operating_grant_holders
          WHERE organisasjonsnummer = ? AND year = ? AND tenant_id != ?)
          """,
        arguments: [organisasjonsnummer, year, tenantID]) ?? false
    }
  }

  /// Every hold of `tenantID`, for reconciling with its decisions at start-up.
  public func operatingGrantHolds(tenantID: String) async throws -> [(
    organisasjonsnummer: String, year: Int32, applicationID: String
  )] {
    try await store.read { db in
      try Row.fetchAll(
        db,
        sql:
          "SELECT organisasjonsnummer, year, application_id FROM operating_grant_holders WHERE tenant_id = ?",
        arguments: [tenantID]
      ).map { ($0["organisasjonsnummer"], $0["year"], $0["application_id"]) }
    }
  }
}
