internal import Logging
internal import ProtoWire
internal import RPC
internal import SamarbeidAPI
internal import SamarbeidClient

/// How the domain scenarios call the service: as a load-test identity on one test tenant
/// (`samarbeid-tenant`), honouring the server's pushback, and which tenants to work on.
enum TenantCalls {
  /// Attempts of one RPC the server throttles before the error counts.
  static let maxThrottledAttempts = 100

  static func metadata(_ tenant: String) -> Metadata { ["samarbeid-tenant": .string(tenant)] }

  /// `method` on `tenant`, as a good client: a call the server throttles
  /// (RESOURCE_EXHAUSTED with grpc-retry-pushback-ms) is sent again after the time it names
  /// (a refused call applied nothing; the idempotency key stays the same).
  static func unary<Request: ProtoMessage, Response: ProtoMessage>(
    _ client: GRPCClient, _ method: UnaryMethod<Request, Response>, _ request: Request,
    tenant: String, options: CallOptions = .defaults, key: String? = nil
  ) async throws(RPCError) -> Response {
    var metadata = metadata(tenant)
    if let key { metadata.add("idempotency-key", key) }
    var attempt = 0
    while true {
      attempt += 1
      do {
        return try await client.unary(
          method, request: request, responseType: Response.self, metadata: metadata,
          options: options
        ).message
      } catch {
        guard error.code == .resourceExhausted, attempt < maxThrottledAttempts,
          let pushback = error.metadata[stringValues: "grpc-retry-pushback-ms"].first
            .flatMap(Int.init), pushback >= 0
        else { throw error }
        try? await Task.sleep(for: .milliseconds(min(pushback, 1000)))
      }
    }
  }

  /// The active test tenants to work on: `requested`, or every one when empty, read from the
  /// registry with IMDi's identity.
  static func testTenants(requested: [String], imdi: GRPCClient) async throws -> [String] {
    let registered = try await imdi.unary(
      TenantRegistryMethods.listTenants, request: ListTenantsRequest(),
      responseType: ListTenantsResponse.self
    ).message.tenants
    let testTenants = registered.filter { $0.test && $0.active }.map(\.kommunenummer).sorted()
    let tenants = requested.isEmpty ? testTenants : requested
    guard !tenants.isEmpty else {
      throw RPCError(
        code: .failedPrecondition, message: "there are no active test tenants to work on")
    }
    for tenant in tenants where !testTenants.contains(tenant) {
      throw RPCError(
        code: .failedPrecondition,
        message:
          "\(tenant) is not an active test tenant; register it with `samarbeid oversight register --test`"
      )
    }
    return tenants
  }

  /// On each of `tenants`, a new immigrant organisation named `name` for the scenario's work;
  /// their ids by tenant.
  static func loadOrganisations(_ client: GRPCClient, tenants: [String], name: String)
    async throws -> [String: String]
  {
    var organisations: [String: String] = [:]
    for tenant in tenants {
      var organisation = Organisation()
      organisation.organisasjonsnummer = GrantsLoadScenario.organisasjonsnummer(
        Int.random(in: 10_000_000...80_000_000))
      organisation.name = name
      organisation.kind = .immigrantOrganisation
      organisation.addressKommunenummer = tenant
      organisation.immigrantOrganisationDeclared = true
      organisations[tenant] = try await unary(
        client, OrganisationsMethods.createOrganisation,
        CreateOrganisationRequest(organisation: organisation), tenant: tenant
      ).id
    }
    return organisations
  }

  /// Runs `body` with a client connected as IMDi.
  static func withOversight<Value>(
    _ configuration: ClientConfiguration, _ body: (GRPCClient) async throws -> Value
  ) async throws -> Value {
    var logger = Logger(label: "samarbeid.load.oversight")
    logger.logLevel = .error
    let imdi = try GRPCClient(configuration: configuration, logger: logger)
    do {
      let value = try await body(imdi)
      await imdi.close()
      return value
    } catch {
      await imdi.close()
      throw error
    }
  }
}
