extension RecordStore {
  /// Applies a mutation exactly once per idempotency key, with its audit records, in one
  /// transaction; returns once it is durable.
  ///
  /// With a key already seen: the same request gets the first response again and nothing is
  /// applied; a different request is refused. A context that undoes its key forgets it.
  /// - Returns: the serialized response.
  /// - Throws: ``StorageError`` (idempotency key reused, unavailable), or what `apply` threw
  ///   (its changes are then undone).
  public func mutate(
    _ context: MutationContext,
    _ apply: @escaping @Sendable (any StoreWriter) throws -> MutationOutcome
  ) async throws -> [UInt8] {
    typealias Audit = StoreTables.Audit
    typealias Idempotency = StoreTables.Idempotency
    return try await write { store in
      if context.undoesKey, let key = context.idempotencyKey {
        _ = try store.delete(
          from: StoreTables.idempotency,
          where: Idempotency.key == key && Idempotency.requestDigest == context.requestDigest)
      } else if let key = context.idempotencyKey,
        let row = try store.first(
          ["rpc", "request_digest", "response"], from: StoreTables.idempotency,
          where: Idempotency.key == key)
      {
        guard try row(Idempotency.requestDigest) == context.requestDigest else {
          throw StorageError(
            .idempotencyKeyReused,
            "idempotency-key \(key.debugDescription) was first used for a different request "
              + "(\(try row(Idempotency.rpc))); use a new key for a new request")
        }
        return try row(Idempotency.response)
      }
      let outcome = try apply(store)
      for record in outcome.audit {
        try store.insert(
          into: StoreTables.auditLog,
          [
            Audit.at(context.at), Audit.identity(context.identity), Audit.rpc(context.rpc),
            Audit.entityType(record.entityType), Audit.entityID(record.entityID),
            ColumnValue(column: "before", value: record.before.map(StoreValue.bytes) ?? .null),
            ColumnValue(column: "after", value: record.after.map(StoreValue.bytes) ?? .null),
            ColumnValue(
              column: "idempotency_key", value: context.idempotencyKey.map(StoreValue.text) ?? .null
            ),
          ])
      }
      if let key = context.idempotencyKey, !context.undoesKey {
        try store.insert(
          into: StoreTables.idempotency,
          [
            Idempotency.key(key), Idempotency.rpc(context.rpc),
            Idempotency.identity(context.identity),
            Idempotency.requestDigest(context.requestDigest),
            Idempotency.response(outcome.response), Idempotency.at(context.at),
            Idempotency.expiresAt(StoreTables.expiry(after: context.at)),
          ])
      }
      return outcome.response
    }
  }

  /// Forgets idempotency keys past their retention.
  /// - Returns: how many were removed.
  @discardableResult
  public func pruneIdempotencyKeys(now: String) async throws -> Int {
    try await write { store in
      try store.delete(
        from: StoreTables.idempotency, where: StoreTables.Idempotency.expiresAt < now)
    }
  }
}
