public import RPC

/// `samarbeid.v1.Organisations`: The organisations a municipality works with, in its own tenant.
///
/// One requirement per RPC, typed with its messages, so an implementation without a
/// handler does not compile; who may call is the scope's access. Written by
/// Tools/service_api.py from proto/.
public protocol OrganisationsAPI: SamarbeidService {
  /// What each handler receives about its caller.
  associatedtype Scope: TenantCallScope

  /// Records an organisation. ALREADY_EXISTS when the municipality has one with the same
  /// organisasjonsnummer. Send an idempotency-key to make a retry safe.
  func createOrganisation(_ request: CreateOrganisationRequest, scope: Scope) async throws
    -> Organisation

  /// One organisation. NOT_FOUND when this municipality has none with that id.
  func getOrganisation(_ request: GetOrganisationRequest, scope: Scope) async throws -> Organisation

  /// The municipality's organisations by name, a page at a time.
  func listOrganisations(_ request: ListOrganisationsRequest, scope: Scope) async throws
    -> ListOrganisationsResponse

  /// Replaces an organisation's fields. ABORTED when expected_version is not its version.
  func updateOrganisation(_ request: UpdateOrganisationRequest, scope: Scope) async throws
    -> Organisation
}

extension OrganisationsAPI {
  /// `samarbeid.v1.Organisations`.
  public static var serviceName: String { OrganisationsMethods.service }
  /// The access of the scope the handlers take.
  public static var access: ServiceAccess { Scope.access }

  /// Registers every method with its handler.
  public func register(with router: inout RPCRouter) {
    router.register(OrganisationsMethods.createOrganisation, in: Scope.self, createOrganisation)
    router.register(OrganisationsMethods.getOrganisation, in: Scope.self, getOrganisation)
    router.register(OrganisationsMethods.listOrganisations, in: Scope.self, listOrganisations)
    router.register(OrganisationsMethods.updateOrganisation, in: Scope.self, updateOrganisation)
  }
}
