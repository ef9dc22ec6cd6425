internal import Foundation
public import GRDB
public import ProtoWire
internal import Storage

/// A table of records kept as protobuf bytes in a `data` column, beside the columns that
/// are searched, kept unique or summed, and a `version` for optimistic concurrency.
public struct RecordTable<Record: ProtoMessage>: Sendable {
  /// The table's name.
  public let name: String
  /// What the records are called in messages, e.g. "application".
  public let noun: String
  /// The prefix of the records' opaque identifiers (e.g. `app`); empty for records with
  /// fixed identifiers.
  public let kind: String

  /// The table `name` of records called `noun`, identified by opaque ids of `kind`.
  public init(_ name: String, noun: String, kind: String = "") {
    self.name = name
    self.noun = noun
    self.kind = kind
  }

  /// The record with `id`, or nil.
  public func find(_ id: String, db: Database) throws -> Record? {
    guard
      let data = try Data.fetchOne(
        db.cachedStatement(sql: "SELECT data FROM \(name) WHERE id = ?"), arguments: [id])
    else { return nil }
    return try decode(data)
  }

  /// The record with `id`.
  /// - Throws: ``StorageError`` not found (inside a write: the caller checked existence first).
  public func get(_ id: String, db: Database) throws -> Record {
    guard let record = try find(id, db: db) else {
      throw StorageError(.notFound, "\(noun) \(id) does not exist")
    }
    return record
  }

  /// Inserts `record` with its `columns` (besides `id`, `data` and `version`).
  public func insert(
    _ record: Record, id: String, version: Int64,
    columns: KeyValuePairs<String, (any DatabaseValueConvertible)?> = [:],
    db: Database
  ) throws {
    let names = ["id", "data", "version"] + columns.map(\.key)
    let values: [(any DatabaseValueConvertible)?] =
      [id, Data(record.serializedBytes()), version] + columns.map(\.value)
    try db.cachedStatement(
      sql:
        "INSERT INTO \(name) (\(names.joined(separator: ", "))) VALUES (\(names.map { _ in "?" }.joined(separator: ", ")))"
    ).execute(arguments: StatementArguments(values))
  }

  /// Replaces the record `id` if it is still at `expectedVersion`, with its `columns`.
  /// - Throws: ``StorageError`` version conflict naming both versions.
  public func update(
    _ record: Record, id: String, expectedVersion: Int64, version: Int64,
    columns: KeyValuePairs<String, (any DatabaseValueConvertible)?> = [:], db: Database
  ) throws {
    let assignments = (["data", "version"] + columns.map(\.key)).map { "\($0) = ?" }.joined(
      separator: ", ")
    let values: [(any DatabaseValueConvertible)?] =
      [Data(record.serializedBytes()), version] + columns.map(\.value) + [id, expectedVersion]
    try db.cachedStatement(sql: "UPDATE \(name) SET \(assignments) WHERE id = ? AND version = ?")
      .execute(arguments: StatementArguments(values))
    guard db.changesCount == 1 else {
      let current = try Int64.fetchOne(
        db, sql: "SELECT version FROM \(name) WHERE id = ?", arguments: [id])
      throw StorageError(
        .versionConflict,
        "\(noun) \(id) is at version \(current.map(String.init) ?? "none"), the request named \(expectedVersion); "
          + "read it again")
    }
  }

  /// Records matching `whereClause` in `order`, at most `limit`.
  public func fetch(
    where whereClause: String = "1", arguments: [(any DatabaseValueConvertible)?] = [],
    order: String = "id",
    limit: Int? = nil, db: Database
  ) throws -> [Record] {
    try fetchEncoded(where: whereClause, arguments: arguments, order: order, limit: limit, db: db)
      .map(decode)
  }

  /// The stored bytes of the records matching `whereClause` in `order`, at most `limit`.
  func fetchEncoded(
    where whereClause: String, arguments: [(any DatabaseValueConvertible)?], order: String,
    limit: Int?, db: Database
  ) throws -> [Data] {
    // Prepared once per connection and shape: the limit is an argument (-1: none).
    try Data.fetchAll(
      db.cachedStatement(
        sql: "SELECT data FROM \(name) WHERE \(whereClause) ORDER BY \(order) LIMIT ?"),
      arguments: StatementArguments(arguments + [limit ?? -1]))
  }

  func decode(_ data: Data) throws -> Record {
    do {
      return try Record(serializedBytes: [UInt8](data), limits: .default)
    } catch {
      throw StorageError(.corrupt, "a stored \(noun) does not decode")
    }
  }
}
