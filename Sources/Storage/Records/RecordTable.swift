public import ProtoWire

/// A table of records kept as protobuf bytes, with a `version` for optimistic concurrency
/// and the query columns the module declares (searched, kept unique, summed), each read
/// from the record itself.
public struct RecordTable<Record: ProtoMessage>: Sendable {
  /// The table.
  public let table: Table
  /// What the records are called in messages, e.g. "application".
  public let noun: String
  /// The prefix of the records' opaque identifiers (e.g. `app`); empty for records with
  /// fixed identifiers.
  public let kind: String
  /// The query columns.
  public let columns: [RecordColumn<Record>]
  /// Columns the record does not carry, given on insert (the year of a payment's grant).
  public let insertedColumns: [String]

  /// The identifier column.
  @inlinable
  public static var id: Column<String> { Column("id") }
  /// The version column.
  @inlinable
  public static var version: Column<Int64> { Column("version") }
  @usableFromInline static var data: Column<[UInt8]> { Column("data") }

  /// The table `name` of records called `noun`, identified by opaque ids of `kind`, with
  /// `columns` beside each record and `insertedColumns` given on insert.
  @inlinable
  public init(
    _ name: String, noun: String, kind: String = "", columns: [RecordColumn<Record>] = [],
    insertedColumns: [String] = []
  ) {
    table = Table(name)
    self.noun = noun
    self.kind = kind
    self.columns = columns
    self.insertedColumns = insertedColumns
  }

  /// The record with `id`, or nil.
  @inlinable
  public func find(_ id: String, in store: any StoreReader) throws -> Record? {
    guard
      let row = try store.first(["data"], from: table, where: Self.id == id),
      case .bytes(let bytes) = row.values[0]
    else { return nil }
    return try decode(bytes)
  }

  /// The record with `id`.
  /// - Throws: ``StorageError`` not found (inside a write: the caller checked existence first).
  @inlinable
  public func get(_ id: String, in store: any StoreReader) throws -> Record {
    guard let record = try find(id, in: store) else {
      throw StorageError(.notFound, "\(noun) \(id) does not exist")
    }
    return record
  }

  /// The records matching `condition` in `order`, at most `limit`.
  @inlinable
  public func records(
    where condition: Condition = .all, orderBy order: [String] = ["id"], limit: Int? = nil,
    in store: any StoreReader
  ) throws -> [Record] {
    try encoded(where: condition, orderBy: order, limit: limit, in: store).map(decode)
  }

  /// The stored bytes of the records matching `condition` in `order`, at most `limit`.
  @inlinable
  public func encoded(
    where condition: Condition, orderBy order: [String], limit: Int?, in store: any StoreReader
  ) throws -> [[UInt8]] {
    try store.select(["data"], from: table, where: condition, orderBy: order, limit: limit).map {
      row in
      guard case .bytes(let bytes) = row.values[0] else {
        throw StorageError(.corrupt, "a stored \(noun) has no bytes")
      }
      return bytes
    }
  }

  /// The sum of `column` over the records matching `condition`.
  @inlinable
  public func sum(_ column: Column<Int64>, where condition: Condition, in store: any StoreReader)
    throws -> Int64
  {
    try store.aggregate(.sum(column.name), from: table, where: condition)
  }

  /// The first record matching `condition`, or nil.
  @inlinable
  public func first(where condition: Condition, in store: any StoreReader) throws -> Record? {
    try records(where: condition, orderBy: [], limit: 1, in: store).first
  }

  /// How many records match `condition`.
  @inlinable
  public func count(where condition: Condition = .all, in store: any StoreReader) throws -> Int64 {
    try store.aggregate(.count, from: table, where: condition)
  }

  /// Inserts `record` under `id` at `version`, with its columns and the `inserted` ones.
  /// - Throws: ``StorageError`` already exists when a unique column's value is taken.
  @inlinable
  public func insert(
    _ record: Record, id: String, version: Int64, inserted: [ColumnValue] = [],
    in store: any StoreWriter
  ) throws {
    try store.insert(
      into: table,
      [Self.id(id), Self.data(record.serializedBytes()), Self.version(version)]
        + columnValues(record) + inserted)
  }

  /// Replaces the record `id` if it is still at `expectedVersion`, with its columns.
  /// - Throws: ``StorageError`` version conflict naming both versions.
  @inlinable
  public func update(
    _ record: Record, id: String, expectedVersion: Int64, version: Int64, in store: any StoreWriter
  ) throws {
    let changed = try store.update(
      table,
      set: [Self.data(record.serializedBytes()), Self.version(version)] + columnValues(record),
      where: Self.id == id && Self.version == expectedVersion)
    guard changed == 1 else {
      let current = try store.first(["version"], from: table, where: Self.id == id)
        .map { try $0(Self.version) }
      throw StorageError.versionConflict(noun, id, at: current, named: expectedVersion)
    }
  }

  /// Writes every record's columns again from its bytes (a migration that adds a column).
  @inlinable
  public func rederiveColumns(in store: any StoreWriter) throws {
    for row in try store.select(["id", "data"], from: table) {
      let record = try decode(try row(Column<[UInt8]>("data")))
      try store.update(table, set: columnValues(record), where: Self.id == (try row(Self.id)))
    }
  }

  @usableFromInline func columnValues(_ record: Record) -> [ColumnValue] {
    columns.map { ColumnValue(column: $0.name, value: $0.value(record)) }
  }

  /// `bytes` as a record.
  /// - Throws: ``StorageError`` corrupt when they do not decode.
  @inlinable
  public func decode(_ bytes: [UInt8]) throws(StorageError) -> Record {
    do {
      return try Record(serializedBytes: bytes, limits: .default)
    } catch {
      throw StorageError(.corrupt, "a stored \(noun) does not decode")
    }
  }
}
