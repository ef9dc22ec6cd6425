public import GRDB
public import SamarbeidAPI

/// Organisations for other modules (grants read them inside their own transactions).
public enum OrganisationRecords {
  /// The organisation `id` of the tenant whose database `db` is.
  public static func find(_ id: String, db: Database) throws -> Organisation? {
    try OrganisationRepository.find(id: id, db: db)
  }
}
