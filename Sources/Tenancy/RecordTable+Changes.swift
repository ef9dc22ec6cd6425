public import DomainValues
public import ProtoWire
public import SamarbeidAPI
public import Storage

/// The one way records change: inside a mutation, checked against the version the caller
/// read, with the new version, the time and the audit record following.
extension RecordTable where Record: VersionedRecord {
  /// Inserts `record`, new, at version 1 under `id`; returns it with its audit record.
  @inlinable
  public func create(_ record: Record, id: String, in store: any StoreWriter) throws -> (
    Record, [AuditRecord]
  ) {
    var created = record
    created.version = 1
    try insert(created, id: id, version: 1, in: store)
    return (created, [AuditRecord(before: nil, after: created, id: id)])
  }

  /// Changes the record `id` if it is still at `expectedVersion`: `edit` changes it (and may
  /// read or write anything else in `store`); the version, time, columns and audit record
  /// follow.
  /// - Throws: ``StorageError`` version conflict, or what `edit` threw (nothing is then written).
  @inlinable
  public func change(
    _ id: String, expectedVersion: Int64, in store: any StoreWriter,
    _ edit: (inout Record) throws -> Void
  ) throws -> (Record, [AuditRecord]) {
    let before = try get(id, in: store)
    guard before.version == expectedVersion else {
      throw StorageError.versionConflict(noun, id, at: before.version, named: expectedVersion)
    }
    return try replace(before, id: id, in: store, edit)
  }

  /// Sets the record of a fixed `id` (one per year, say): version 0 creates it, any other
  /// version changes it. `edit` gets the record as stored, or an empty one.
  /// - Throws: ``StorageError`` version conflict, saying `missing` when the caller named a
  ///   version of a record that does not exist yet.
  @inlinable
  public func put(
    _ id: String, expectedVersion: Int64, missing: String, in store: any StoreWriter,
    _ edit: (inout Record) throws -> Void
  ) throws -> (Record, [AuditRecord]) {
    guard let before = try find(id, in: store) else {
      guard expectedVersion == 0 else { throw StorageError(.versionConflict, missing) }
      var record = Record()
      try edit(&record)
      record.touch(at: CivilTime.now())
      return try create(record, id: id, in: store)
    }
    guard before.version == expectedVersion else {
      throw StorageError.versionConflict(noun, id, at: before.version, named: expectedVersion)
    }
    return try replace(before, id: id, in: store, edit)
  }

  /// Removes the record `id` if it is still at `expectedVersion`; returns the audit record
  /// (the record before, nothing after). For undoing a record a call created, never for
  /// records others may have seen and relied on.
  /// - Throws: ``StorageError`` not found or version conflict.
  @inlinable
  public func remove(_ id: String, expectedVersion: Int64, in store: any StoreWriter) throws
    -> [AuditRecord]
  {
    let before = try get(id, in: store)
    guard
      try store.delete(from: table, where: Self.id == id && Self.version == expectedVersion) == 1
    else {
      throw StorageError.versionConflict(noun, id, at: before.version, named: expectedVersion)
    }
    return [
      AuditRecord(
        entityType: Record.protoMessageName, entityID: id, before: before.serializedBytes(),
        after: nil)
    ]
  }

  @inlinable func replace(
    _ before: Record, id: String, in store: any StoreWriter, _ edit: (inout Record) throws -> Void
  ) throws -> (Record, [AuditRecord]) {
    var after = before
    try edit(&after)
    after.version = before.version + 1
    after.touch(at: CivilTime.now())
    try update(after, id: id, expectedVersion: before.version, version: after.version, in: store)
    return (after, [AuditRecord(before: before, after: after, id: id)])
  }
}

extension TenantScope {
  /// Creates `record` under `id` in `table` once per idempotency key; `check` runs first in
  /// the same transaction (a unique value, a rule reading other records).
  @inlinable
  public func create<Request: ProtoMessage, Record: VersionedRecord>(
    _ record: Record, id: String, in table: RecordTable<Record>, request: Request,
    check: @escaping @Sendable (any StoreWriter) throws -> Void = { _ in }
  ) async throws -> Record {
    try await mutate(request: request) { store in
      try check(store)
      return try table.create(record, id: id, in: store)
    }
  }

  /// Changes the record `id` of `table` at `expectedVersion` once per idempotency key;
  /// `edit` may read and write anything else of the tenant in the same transaction.
  @inlinable
  public func change<Request: ProtoMessage, Record: VersionedRecord>(
    _ id: String, in table: RecordTable<Record>, expectedVersion: Int64, request: Request,
    _ edit: @escaping @Sendable (inout Record, any StoreWriter) throws -> Void
  ) async throws -> Record {
    try await mutate(request: request) { store in
      try table.change(id, expectedVersion: expectedVersion, in: store) { try edit(&$0, store) }
    }
  }
}
