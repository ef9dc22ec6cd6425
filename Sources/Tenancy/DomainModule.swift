public import SamarbeidAPI
public import Storage

/// A domain module: its services (each declaring who may call it, through the scope its
/// handlers take) and its tables in every tenant's database. A module is registered with
/// one line in `SamarbeidApplication.modules`; see docs/architecture.md, "Adding a domain
/// module".
public protocol DomainModule: Sendable {
  /// The module's services.
  static var services: [any SamarbeidService] { get }
  /// Adds the module's migrations to the schema of every tenant database.
  static func addMigrations(to schema: inout StoreSchema)
  /// Paths of methods whose calls live long and mostly wait (change feeds): they hold no
  /// running slot of the tenant's limits.
  static var longLivedMethods: Set<String> { get }
}

extension DomainModule {
  /// None by default.
  public static var longLivedMethods: Set<String> { [] }
}
