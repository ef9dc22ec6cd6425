internal import DomainValues
internal import RPC
public import SamarbeidAPI

/// `samarbeid.v1.TenantRegistry`: IMDi's oversight client registers, renumbers, deactivates
/// and lists municipalities, and reads the security events.
public struct TenantRegistryService: TenantRegistryAPI {
  public typealias Scope = OversightScope

  let registry: TenantRegistry
  let stores: TenantStores

  /// The service over `registry`, creating tenant databases in `stores`.
  public init(registry: TenantRegistry, stores: TenantStores) {
    self.registry = registry
    self.stores = stores
  }

  public func registerMunicipality(
    _ request: RegisterMunicipalityRequest, scope oversight: OversightScope
  ) async throws -> RegisterMunicipalityResponse {
    let context = try oversight.mutationContext(request: request)
    let record = try await registry.register(
      number: request.kommunenummer, name: request.name, validFrom: request.validFrom,
      test: request.test,
      context: context)
    // The tenant's database exists from now on.
    _ = try await stores.store(for: record.id)
    var response = RegisterMunicipalityResponse()
    response.tenant = record
    return response
  }

  public func renumberMunicipality(
    _ request: RenumberMunicipalityRequest, scope oversight: OversightScope
  ) async throws -> RenumberMunicipalityResponse {
    let context = try oversight.mutationContext(request: request)
    let record = try await registry.renumber(
      number: request.kommunenummer, to: request.newKommunenummer,
      effectiveFrom: request.effectiveFrom,
      expectedVersion: request.expectedVersion, context: context)
    var response = RenumberMunicipalityResponse()
    response.tenant = record
    return response
  }

  public func deactivateMunicipality(
    _ request: DeactivateMunicipalityRequest, scope oversight: OversightScope
  ) async throws -> DeactivateMunicipalityResponse {
    let context = try oversight.mutationContext(request: request)
    let record = try await registry.deactivate(
      number: request.kommunenummer, expectedVersion: request.expectedVersion, context: context)
    var response = DeactivateMunicipalityResponse()
    response.tenant = record
    return response
  }

  public func listTenants(_ request: ListTenantsRequest, scope: OversightScope) async throws
    -> ListTenantsResponse
  {
    let today = CivilTime.today()
    var response = ListTenantsResponse()
    response.tenants = registry.all.filter { request.includeInactive || $0.active }.map {
      $0.message(on: today)
    }
    return response
  }

  public func listSecurityEvents(_ request: ListSecurityEventsRequest, scope: OversightScope)
    async throws -> ListSecurityEventsResponse
  {
    let page = try PageRequest(
      size: request.pageSize, token: request.pageToken, limit: request.limit,
      afterSequence: request.afterSequence)
    let events = try await registry.securityEvents(
      after: try page.afterSequence, limit: page.size + 1)
    var response = ListSecurityEventsResponse()
    response.events = Array(events.prefix(page.size))
    if events.count > page.size, let last = response.events.last {
      response.nextPageToken = PageRequest.token(afterSequence: last.sequence)
    }
    return response
  }
}
