internal import Foundation
public import GRDB

extension DurableStore {
  /// How long an idempotency key is remembered.
  public static let idempotencyRetention = "+30 days"

  /// Applies a mutation exactly once per idempotency key, with its audit records, in one
  /// savepoint of the writer's next batch; returns once it is durable.
  ///
  /// With a key already seen: the same request gets the first response again and nothing is
  /// applied; a different request is refused.
  /// - Returns: the serialized response.
  /// - Throws: ``StorageError`` (idempotency key reused, unavailable), or what `apply` threw
  ///   (its changes are then undone).
  public func mutate(
    _ context: MutationContext,
    _ apply: @escaping @Sendable (Database) throws -> MutationOutcome
  ) async throws -> [UInt8] {
    try await write { db in
      if let key = context.idempotencyKey,
        let row = try Row.fetchOne(
          db.cachedStatement(
            sql: "SELECT rpc, request_digest, response FROM idempotency WHERE key = ?"),
          arguments: [key])
      {
        let digest: [UInt8] = [UInt8](row["request_digest"] as Data)
        guard digest == context.requestDigest else {
          let rpc: String = row["rpc"]
          throw StorageError(
            .idempotencyKeyReused,
            "idempotency-key \(key.debugDescription) was first used for a different request (\(rpc)); "
              + "use a new key for a new request")
        }
        return [UInt8](row["response"] as Data)
      }
      let outcome = try apply(db)
      for record in outcome.audit {
        try db.cachedStatement(
          sql: """
            INSERT INTO audit_log (at, identity, rpc, entity_type, entity_id, before, after, idempotency_key)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """
        ).execute(
          arguments: [
            context.at, context.identity, context.rpc, record.entityType, record.entityID,
            record.before.map { Data($0) }, record.after.map { Data($0) }, context.idempotencyKey,
          ])
      }
      if let key = context.idempotencyKey {
        try db.cachedStatement(
          sql: """
            INSERT INTO idempotency (key, rpc, identity, request_digest, response, at, expires_at)
            VALUES (?, ?, ?, ?, ?, ?, strftime('%Y-%m-%dT%H:%M:%SZ', ?, ?))
            """
        ).execute(
          arguments: [
            key, context.rpc, context.identity, Data(context.requestDigest), Data(outcome.response),
            context.at, context.at, Self.idempotencyRetention,
          ])
      }
      return outcome.response
    }
  }

  /// Forgets idempotency keys past their retention.
  /// - Returns: how many were removed.
  @discardableResult
  public func pruneIdempotencyKeys(now: String) async throws -> Int {
    try await write { db in
      try db.execute(sql: "DELETE FROM idempotency WHERE expires_at < ?", arguments: [now])
      return db.changesCount
    }
  }
}
