public import RPC

/// `samarbeid.v1.TenantRegistry`: Registers, renumbers, deactivates and lists municipalities (tenants), and lists the security events the service recorded (attempts to reach another tenant's records).
///
/// One requirement per RPC, typed with its messages, so an implementation without a
/// handler does not compile; who may call is the scope's access. Written by
/// Tools/service_api.py from proto/.
public protocol TenantRegistryAPI: SamarbeidService {
  /// What each handler receives about its caller.
  associatedtype Scope: OversightCallScope

  /// Registers a municipality. ALREADY_EXISTS when its number belongs to a tenant already.
  func registerMunicipality(_ request: RegisterMunicipalityRequest, scope: Scope) async throws
    -> RegisterMunicipalityResponse

  /// Gives a municipality a new number from a date (municipal reforms). The tenant keeps its
  /// data and its number history; the old number stays valid until the new one starts.
  func renumberMunicipality(_ request: RenumberMunicipalityRequest, scope: Scope) async throws
    -> RenumberMunicipalityResponse

  /// Deactivates a municipality: its identities are refused from then on; its data is kept.
  func deactivateMunicipality(_ request: DeactivateMunicipalityRequest, scope: Scope) async throws
    -> DeactivateMunicipalityResponse

  /// Lists the tenants, active ones only unless asked.
  func listTenants(_ request: ListTenantsRequest, scope: Scope) async throws -> ListTenantsResponse

  /// Lists security events, oldest first.
  func listSecurityEvents(_ request: ListSecurityEventsRequest, scope: Scope) async throws
    -> ListSecurityEventsResponse
}

extension TenantRegistryAPI {
  /// `samarbeid.v1.TenantRegistry`.
  public static var serviceName: String { TenantRegistryMethods.service }
  /// The access of the scope the handlers take.
  public static var access: ServiceAccess { Scope.access }

  /// Registers every method with its handler.
  public func register(with router: inout RPCRouter) {
    router.register(
      TenantRegistryMethods.registerMunicipality, in: Scope.self, registerMunicipality)
    router.register(
      TenantRegistryMethods.renumberMunicipality, in: Scope.self, renumberMunicipality)
    router.register(
      TenantRegistryMethods.deactivateMunicipality, in: Scope.self, deactivateMunicipality)
    router.register(TenantRegistryMethods.listTenants, in: Scope.self, listTenants)
    router.register(TenantRegistryMethods.listSecurityEvents, in: Scope.self, listSecurityEvents)
  }
}
