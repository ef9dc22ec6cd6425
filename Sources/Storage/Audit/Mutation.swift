/// Who changes what, for the audit log and for idempotency.
public struct MutationContext: Sendable {
  /// The caller's identity (its certificate's URI SAN).
  public var identity: String
  /// The RPC, e.g. `/samarbeid.v1.Organisations/CreateOrganisation`.
  public var rpc: String
  /// The client's `idempotency-key`, if it sent one.
  public var idempotencyKey: String?
  /// A digest of the RPC and the request bytes: a key that comes back with another digest
  /// is a different request.
  public var requestDigest: [UInt8]
  /// When, as RFC 3339 in UTC.
  public var at: String
  /// The mutation undoes what this request did earlier under its key (a call that stopped
  /// part-way putting back its first steps): the key is forgotten, so that a retry with it
  /// applies the request again instead of replaying a response that no longer holds.
  public var undoesKey = false

  /// A mutation context.
  public init(
    identity: String, rpc: String, idempotencyKey: String?, requestDigest: [UInt8], at: String
  ) {
    self.identity = identity
    self.rpc = rpc
    self.idempotencyKey = idempotencyKey
    self.requestDigest = requestDigest
    self.at = at
  }
}

/// One change for the audit log: the entity and its state before and after (serialized;
/// nil when it did not exist or no longer does).
public struct AuditRecord: Sendable {
  public var entityType: String
  public var entityID: String
  public var before: [UInt8]?
  public var after: [UInt8]?

  /// A record of `entityType` `entityID` going from `before` to `after`.
  public init(entityType: String, entityID: String, before: [UInt8]?, after: [UInt8]?) {
    self.entityType = entityType
    self.entityID = entityID
    self.before = before
    self.after = after
  }
}

/// What a mutation produced: the response to send (and to replay for a retry) and the
/// changes to audit.
public struct MutationOutcome: Sendable {
  public var response: [UInt8]
  public var audit: [AuditRecord]

  /// An outcome.
  public init(response: [UInt8], audit: [AuditRecord]) {
    self.response = response
    self.audit = audit
  }
}
