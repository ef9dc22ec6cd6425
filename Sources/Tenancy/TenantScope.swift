internal import DomainValues
internal import Logging
public import ProtoWire
public import RPC
public import SamarbeidAPI
public import Storage
internal import TLS

/// A handler's view of one tenant: the tenant's store and nothing else. Made by the tenancy
/// interceptor for the caller's tenant; handlers cannot make one for another tenant.
public struct TenantScope: TenantCallScope {
  /// Municipalities, each on its own data.
  public static var access: ServiceAccess { .tenant }

  /// The tenant.
  public let tenant: TenantRecord
  /// Who is acting.
  public let identity: Identity
  let store: any RecordStore
  let registry: TenantRegistry
  let call: ServerCall

  /// The scope of the current RPC.
  /// - Throws: ``RPCError`` INTERNAL when the RPC did not pass the tenancy interceptor (a
  ///   wiring error, never a client's).
  public static func current() throws(RPCError) -> TenantScope {
    guard let scope = CallerContext.current?.scope else {
      throw RPCError(code: .internal, message: "the tenant of this RPC was not established")
    }
    return scope
  }

  /// Reads the tenant's data.
  public func read<Value: Sendable>(_ body: @escaping @Sendable (any StoreReader) throws -> Value)
    async throws -> Value
  {
    try await store.read(body)
  }

  /// Applies a change once (per `idempotency-key`), durably, with its audit records, and
  /// returns the response (the first one again for a retried key).
  /// - Parameters:
  ///   - request: the request, whose bytes (with the RPC) identify it for idempotency.
  ///   - undoing: true for a change undoing what this request did earlier in this tenant (a
  ///     call that stopped part-way putting back its first steps): audited, and the key is
  ///     forgotten so that a retry applies the request again.
  ///   - apply: makes the change and returns the response and what to audit; throwing undoes it.
  public func mutate<Request: ProtoMessage, Response: ProtoMessage>(
    request: Request,
    responseType: Response.Type = Response.self, undoing: Bool = false,
    _ apply: @escaping @Sendable (any StoreWriter) throws -> (Response, [AuditRecord])
  ) async throws -> Response {
    var context = try mutationContext(request: request)
    context.undoesKey = undoing
    let bytes = try await store.mutate(context) { store in
      let (response, audit) = try apply(store)
      return MutationOutcome(response: response.serializedBytes(), audit: audit)
    }
    do {
      return try Response(serializedBytes: bytes, limits: .default)
    } catch {
      throw StorageError(.corrupt, "a stored response of \(call.method) does not decode")
    }
  }

  /// Holds the organisation's operating-grant year for this tenant (the national rule).
  /// - Throws: ``RPCError`` FAILED_PRECONDITION when another municipality holds it.
  public func reserveOperatingGrant(organisasjonsnummer: String, year: Int32, applicationID: String)
    async throws
  {
    try await registry.reserveOperatingGrant(
      organisasjonsnummer: organisasjonsnummer, year: year, tenantID: tenant.id,
      applicationID: applicationID)
  }

  /// Gives up this tenant's hold from `applicationID`.
  public func releaseOperatingGrant(organisasjonsnummer: String, year: Int32, applicationID: String)
    async throws
  {
    try await registry.releaseOperatingGrant(
      organisasjonsnummer: organisasjonsnummer, year: year, tenantID: tenant.id,
      applicationID: applicationID)
  }

  /// Whether another municipality holds the organisation's operating-grant year.
  public func operatingGrantHeldElsewhere(organisasjonsnummer: String, year: Int32) async throws
    -> Bool
  {
    try await registry.operatingGrantHeldElsewhere(
      organisasjonsnummer: organisasjonsnummer, year: year, tenantID: tenant.id)
  }

  /// The RPC being served.
  public var method: MethodDescriptor { call.method }

  /// The tenant's store, for change feeds.
  public var changeFeed: any RecordStore { store }

  /// A new identifier for a record of `kind` in this tenant.
  public func newRecordID(kind: String) -> String {
    registry.recordIDs.make(kind: kind, tenantOrdinal: tenant.ordinal)
  }

  /// Answers a request for `recordID` that this tenant does not hold: NOT_FOUND, as if it
  /// did not exist. When the identifier names another tenant, the attempt is logged with
  /// both identities and recorded as a security event.
  public func notFound(_ recordID: String, kind: String, what: String) async -> RPCError {
    if let ordinal = registry.recordIDs.tenantOrdinal(of: recordID, kind: kind),
      ordinal != tenant.ordinal,
      let ownerTenant = registry.tenant(ordinal: ordinal)
    {
      let owner = ownerTenant.id
      let ownerNumber = ownerTenant.currentNumber(on: CivilTime.today())
      registry.logger.warning(
        "Request for another tenant's record",
        metadata: [
          "caller.identity": "\(identity)", "caller.tenant": "\(tenant.id)",
          "target.tenant": "\(owner)",
          "target.kommunenummer": "\(ownerNumber)", "rpc.method": "\(call.method)",
          "record.id": "\(recordID)",
        ])
      try? await registry.recordForeignAccess(
        identity: identity, callerTenantID: tenant.id, targetTenantID: owner, rpc: call.method.path,
        recordID: recordID)
    }
    return RPCError(code: .notFound, message: "\(what) \(Quote.short(recordID)) does not exist")
  }

  func mutationContext<Request: ProtoMessage>(request: Request) throws(RPCError) -> MutationContext
  {
    try Self.mutationContext(call: call, identity: identity, request: request)
  }

  /// The idempotency key, digest and audit facts of a mutating RPC.
  static func mutationContext<Request: ProtoMessage>(
    call: ServerCall, identity: Identity, request: Request
  ) throws(RPCError) -> MutationContext {
    let key = try IdempotencyKey.from(call.requestMetadata)
    return MutationContext(
      identity: identity.uri, rpc: call.method.path, idempotencyKey: key,
      requestDigest: SHA256.hash(Array(call.method.path.utf8), request.serializedBytes()),
      at: CivilTime.now())
  }
}
