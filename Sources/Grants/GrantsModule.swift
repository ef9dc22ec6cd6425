internal import RPC
public import SamarbeidAPI
public import Storage
public import Tenancy

/// The grant scheme: `samarbeid.v1.Grants` for municipalities, `samarbeid.v1.GrantsOversight`
/// for IMDi, and the grant tables.
public enum GrantsModule: DomainModule {
  public static var services: [any SamarbeidService] {
    [GrantsService(), GrantsOversightService()]
  }

  public static func addMigrations(to schema: inout StoreSchema) { GrantsSchema.add(to: &schema) }

  /// The deprecated alias of `samarbeid.v1.Changes/WatchChanges`: a watch, long and idle.
  public static var longLivedMethods: Set<String> { [GrantsMethods.watchChanges.path] }
}
