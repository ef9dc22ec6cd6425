public import SamarbeidAPI
public import Tenancy

/// `samarbeid.v1.Grants`: the grant scheme as one municipality runs it, in its own tenant
/// database. Each group of methods is in its own extension file.
public struct GrantsService: GrantsAPI {
  public typealias Scope = TenantScope

  /// The service.
  public init() {}
}
