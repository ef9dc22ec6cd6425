internal import DomainValues
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

  typealias Holds = RegistrySchema.Holds

  static func hold(_ organisasjonsnummer: String, year: Int32) -> Condition {
    Holds.organisasjonsnummer == organisasjonsnummer && Holds.year == year
  }

  /// Holds `organisasjonsnummer`'s `year` for `tenantID` (idempotent for the same tenant).
  /// - Throws: ``RPCError`` FAILED_PRECONDITION when another tenant holds it.
  public func reserveOperatingGrant(
    organisasjonsnummer: String, year: Int32, tenantID: String, applicationID: String
  ) async throws {
    let at = CivilTime.now()
    try await store.write { store in
      if let holder = try store.first(
        ["tenant_id"], from: Holds.table, where: Self.hold(organisasjonsnummer, year: year))
      {
        guard try holder(Holds.tenantID) == tenantID else {
          throw Self.heldElsewhere(organisasjonsnummer, year: year)
        }
        return
      }
      try store.insert(
        into: Holds.table,
        [
          Holds.organisasjonsnummer(organisasjonsnummer), Holds.year(year),
          Holds.tenantID(tenantID), Holds.applicationID(applicationID), Holds.reservedAt(at),
        ])
    }
  }

  /// Gives up `tenantID`'s hold from `applicationID` (a refusal on appeal, a failed write).
  public func releaseOperatingGrant(
    organisasjonsnummer: String, year: Int32, tenantID: String, applicationID: String
  ) async throws {
    _ = try await store.write { store in
      try store.delete(
        from: Holds.table,
        where: Self.hold(organisasjonsnummer, year: year) && Holds.tenantID == tenantID
          && Holds.applicationID == applicationID)
    }
  }

  /// Whether a tenant other than `tenantID` holds `organisasjonsnummer`'s `year`.
  public func operatingGrantHeldElsewhere(
    organisasjonsnummer: String, year: Int32, tenantID: String
  ) async throws -> Bool {
    try await store.read { store in
      try store.exists(
        in: Holds.table,
        where: Self.hold(organisasjonsnummer, year: year) && Holds.tenantID != tenantID)
    }
  }

  /// Every hold of `tenantID`, for reconciling with its decisions at start-up.
  public func operatingGrantHolds(tenantID: String) async throws -> [(
    organisasjonsnummer: String, year: Int32, applicationID: String
  )] {
    try await store.read { store in
      try store.select(
        ["organisasjonsnummer", "year", "application_id"], from: Holds.table,
        where: Holds.tenantID == tenantID
      ).map { (try $0(Holds.organisasjonsnummer), try $0(Holds.year), try $0(Holds.applicationID)) }
    }
  }
}
