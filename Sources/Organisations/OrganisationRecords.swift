public import GRDB
public import SamarbeidAPI
public import Tenancy

/// Organisations for other modules (grants read them inside their own transactions).
public enum OrganisationRecords {
  /// The prefix of organisations' opaque identifiers.
  public static let kind = "org"

  /// The organisation `id` of the tenant whose database `db` is.
  public static func find(_ id: String, db: Database) throws -> Organisation? {
    try OrganisationRepository.find(id: id, db: db)
  }

  /// The organisation `id` of the caller's tenant.
  /// - Throws: NOT_FOUND otherwise, another tenant's organisation included (that attempt
  ///   logged and recorded by ``TenantScope/notFound(_:kind:what:)``).
  public static func existing(_ id: String, scope: TenantScope) async throws -> Organisation {
    guard let organisation = try await scope.read({ db in try find(id, db: db) }) else {
      throw await scope.notFound(id, kind: kind, what: "organisation")
    }
    return organisation
  }
}
