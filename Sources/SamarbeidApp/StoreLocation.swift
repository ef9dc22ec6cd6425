internal import Foundation
internal import Logging
public import PostgresStorage
public import Storage

/// Where the service keeps its data: SQLite files in a directory (the embedded default), or
/// a PostgreSQL database that several servers can share.
public enum StoreLocation: Sendable, CustomStringConvertible {
  /// `registry.sqlite` and `tenants/<id>.sqlite` under the directory.
  case sqlite(directory: String)
  /// A schema per store in the database, over `connections` connections per server.
  case postgres(PostgresLocation, connections: Int)

  /// What `--store` says: `sqlite:DIR`, or any libpq connection string (a
  /// `postgres://` URI, several hosts allowed, or key=value pairs); the PostgreSQL password
  /// is `password` (from `PGPASSWORD` or a file; else libpq's `~/.pgpass`).
  /// - Throws: ``StorageError`` unavailable, saying what is allowed.
  public init(parsing text: String, password: String?, connections: Int) throws(StorageError) {
    if text.hasPrefix("sqlite:") {
      let directory = String(text.dropFirst("sqlite:".count))
      guard !directory.isEmpty else {
        throw StorageError(.unavailable, "--store sqlite: needs a directory (sqlite:DIR)")
      }
      self = .sqlite(directory: directory)
    } else if text.hasPrefix("postgres://") || text.hasPrefix("postgresql://")
      || text.contains("=")
    {
      guard (1...256).contains(connections) else {
        throw StorageError(
          .unavailable, "--store-connections is \(connections): 1 to 256 connections per server")
      }
      self = .postgres(
        try PostgresLocation(url: text, password: password), connections: connections)
    } else {
      throw StorageError(
        .unavailable,
        "--store \(text) is neither sqlite:DIR nor a PostgreSQL connection string "
          + "(postgres://USER@HOST[:PORT][,HOST:PORT...]/DATABASE[?...] or key=value pairs)")
    }
  }

  public var description: String {
    switch self {
    case .sqlite(let directory): "sqlite:\(directory)"
    case .postgres(let location, _): "\(location)"
    }
  }

  /// The engine that opens the stores.
  func engine(logger: Logger) throws -> any StoreEngine {
    switch self {
    case .sqlite(let directory):
      try FileManager.default.createDirectory(
        atPath: directory + "/tenants", withIntermediateDirectories: true)
      return SQLiteEngine(directory: directory, logger: logger)
    case .postgres(let location, let connections):
      return PostgresEngine(location: location, connections: connections, logger: logger)
    }
  }

  /// Where SQLite deployments kept the record-identifier key before it moved into the
  /// registry (taken from there once).
  var legacyKeyFile: String? {
    if case .sqlite(let directory) = self { directory + "/record-ids.key" } else { nil }
  }
}
