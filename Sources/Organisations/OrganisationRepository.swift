internal import Foundation
internal import GRDB
internal import ProtoWire
internal import RPC
internal import SamarbeidAPI
internal import Storage

/// Organisations in a tenant database: the record as protobuf bytes, plus the columns that
/// are searched and kept unique.
enum OrganisationRepository {
  static func find(id: String, db: Database) throws -> Organisation? {
    guard
      let data = try Data.fetchOne(
        db, sql: "SELECT data FROM organisations WHERE id = ?", arguments: [id])
    else {
      return nil
    }
    return try decode(data)
  }

  static func insert(_ organisation: Organisation, db: Database) throws {
    if let existing = try String.fetchOne(
      db, sql: "SELECT id FROM organisations WHERE organisasjonsnummer = ?",
      arguments: [organisation.organisasjonsnummer])
    {
      throw RPCError(
        code: .alreadyExists,
        message:
          "organisasjonsnummer \(organisation.organisasjonsnummer) is already recorded as \(existing)"
      )
    }
    try db.execute(
      sql: """
        INSERT INTO organisations (id, organisasjonsnummer, name, kind, data, version, created_at, updated_at)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?)
        """,
      arguments: [
        organisation.id, organisation.organisasjonsnummer, organisation.name,
        organisation.kind.protoValue,
        Data(organisation.serializedBytes()), organisation.version, organisation.createdAt,
        organisation.updatedAt,
      ])
  }

  /// Stores `organisation` if the stored one is still at `expectedVersion`.
  static func update(_ organisation: Organisation, expectedVersion: Int64, db: Database) throws {
    try db.execute(
      sql: """
        UPDATE organisations SET name = ?, kind = ?, data = ?, version = ?, updated_at = ?
        WHERE id = ? AND version = ?
        """,
      arguments: [
        organisation.name, organisation.kind.protoValue, Data(organisation.serializedBytes()),
        organisation.version, organisation.updatedAt, organisation.id, expectedVersion,
      ])
    guard db.changesCount == 1 else {
      throw StorageError(
        .versionConflict, "organisation \(organisation.id) changed since version \(expectedVersion)"
      )
    }
  }

  /// A page in name order after the position `after` (name, id).
  static func page(after: (name: String, id: String)?, limit: Int, db: Database) throws
    -> [Organisation]
  {
    let rows: [Data]
    if let after {
      rows = try Data.fetchAll(
        db,
        sql: "SELECT data FROM organisations WHERE (name, id) > (?, ?) ORDER BY name, id LIMIT ?",
        arguments: [after.name, after.id, limit])
    } else {
      rows = try Data.fetchAll(
        db, sql: "SELECT data FROM organisations ORDER BY name, id LIMIT ?", arguments: [limit])
    }
    return try rows.map(decode)
  }

  static func decode(_ data: Data) throws -> Organisation {
    do {
      return try Organisation(serializedBytes: [UInt8](data), limits: .default)
    } catch {
      throw StorageError(.corrupt, "a stored organisation does not decode")
    }
  }
}
