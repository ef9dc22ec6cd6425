import GRPCTestSupport
import Logging
import RPC
import SamarbeidAPI
import SamarbeidClient

/// Clients by identity (a certificate in certs/out) against one server, closed together.
struct Clients {
  private let clients: [String: GRPCClient]

  subscript(_ identity: String) -> GRPCClient { clients[identity]! }

  static func with<Result>(
    port: Int, _ identities: [String], _ body: (Clients) async throws -> Result
  ) async throws -> Result {
    var logger = Logger(label: "test.client")
    logger.logLevel = .critical
    var clients: [String: GRPCClient] = [:]
    for identity in identities {
      let configuration = ClientFixture.configuration(
        port: port, identity: identity == "anonymous" ? nil : identity)
      clients[identity] = try GRPCClient(configuration: configuration, logger: logger)
    }
    do {
      let result = try await body(Clients(clients: clients))
      for client in clients.values { await client.close() }
      return result
    } catch {
      for client in clients.values { await client.close() }
      throw error
    }
  }
}

/// Calls of the Samarbeid API as the tests use them.
extension GRPCClient {
  func createOrganisation(
    _ organisation: Organisation, key: String? = nil, metadata: Metadata = [:]
  )
    async throws(RPCError) -> Organisation
  {
    var metadata = metadata
    if let key { metadata.add("idempotency-key", key) }
    return try await unary(
      OrganisationsMethods.createOrganisation,
      request: CreateOrganisationRequest(organisation: organisation),
      responseType: Organisation.self, metadata: metadata,
      options: CallOptions(timeout: .seconds(20))
    ).message
  }

  func getOrganisation(_ id: String, metadata: Metadata = [:]) async throws(RPCError)
    -> Organisation
  {
    try await unary(
      OrganisationsMethods.getOrganisation, request: GetOrganisationRequest(id: id),
      responseType: Organisation.self,
      metadata: metadata
    ).message
  }

  func listOrganisations(pageSize: Int32 = 0, pageToken: String = "", metadata: Metadata = [:])
    async throws(RPCError) -> ListOrganisationsResponse
  {
    var request = ListOrganisationsRequest()
    request.pageSize = pageSize
    request.pageToken = pageToken
    return try await unary(
      OrganisationsMethods.listOrganisations, request: request,
      responseType: ListOrganisationsResponse.self,
      metadata: metadata
    ).message
  }

  func updateOrganisation(_ organisation: Organisation, expectedVersion: Int64)
    async throws(RPCError) -> Organisation
  {
    try await unary(
      OrganisationsMethods.updateOrganisation,
      request: UpdateOrganisationRequest(
        organisation: organisation, expectedVersion: expectedVersion),
      responseType: Organisation.self
    ).message
  }

  func securityEvents() async throws(RPCError) -> [SecurityEvent] {
    try await unary(
      TenantRegistryMethods.listSecurityEvents, request: ListSecurityEventsRequest(),
      responseType: ListSecurityEventsResponse.self
    ).message.events
  }

  func tenants(includeInactive: Bool = false) async throws(RPCError) -> [Tenant] {
    var request = ListTenantsRequest()
    request.includeInactive = includeInactive
    return try await unary(
      TenantRegistryMethods.listTenants, request: request, responseType: ListTenantsResponse.self
    )
    .message.tenants
  }

  /// Every audit event (page after page).
  func auditEvents(entityID: String = "") async throws(RPCError) -> [AuditEvent] {
    var events: [AuditEvent] = []
    var request = ListAuditEventsRequest()
    request.entityID = entityID
    request.pageSize = 1000
    repeat {
      let page = try await unary(AuditLogMethods.listAuditEvents, request: request).message
      events += page.events
      request.pageToken = page.nextPageToken
    } while !request.pageToken.isEmpty
    return events
  }
}

/// Organisations for the tests, with valid numbers.
enum Sample {
  /// The `index`th valid organisasjonsnummer of a sequence (MOD11 check digit computed).
  static func organisasjonsnummer(_ index: Int) -> String {
    var candidate = 90_000_000 + index * 7
    while true {
      let digits = String(candidate).compactMap { $0.wholeNumberValue }
      let sum = zip(digits, [3, 2, 7, 6, 5, 4, 3, 2]).reduce(0) { $0 + $1.0 * $1.1 }
      let remainder = sum % 11
      if remainder != 1 { return String(candidate) + String(remainder == 0 ? 0 : 11 - remainder) }
      candidate += 1
    }
  }

  static func organisation(_ index: Int, name: String? = nil, kommune: String = "0301")
    -> Organisation
  {
    var organisation = Organisation()
    organisation.organisasjonsnummer = organisasjonsnummer(index)
    organisation.name = name ?? "Forening \(index)"
    organisation.kind = .immigrantOrganisation
    organisation.postalAddress = "Storgata \(index), 0155 Oslo"
    organisation.inFrivillighetsregisteret = true
    organisation.foundedOn = "2010-05-17"
    organisation.addressKommunenummer = kommune
    organisation.organisationForm = "FLI"
    organisation.immigrantOrganisationDeclared = true
    organisation.countingMembers = 120
    organisation.countingMembersAsOf = "2026-01-01"
    organisation.bankAccount = "86011117947"
    organisation.contact = ContactPerson(
      name: "Kontakt \(index)", email: "kontakt\(index)@forening.no", phone: "+47 400 00 000")
    return organisation
  }
}
