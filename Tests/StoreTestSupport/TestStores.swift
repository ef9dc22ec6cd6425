public import Foundation
import Logging
public import PostgresStorage
public import Storage

/// Which engine a test runs on: one test body, both stores.
public enum StoreKind: String, Sendable, CaseIterable, CustomStringConvertible {
  case sqlite
  case postgres

  public var description: String { rawValue }
}

/// The stores tests run on: SQLite in a temporary directory always; PostgreSQL when the test
/// command started one (`Tools/test-postgres.sh`, URL in `SAMARBEID_TEST_POSTGRES`, password
/// in `PGPASSWORD`). With `SAMARBEID_REQUIRE_POSTGRES=1` (the test command) a missing one
/// fails the run instead of leaving the PostgreSQL half out.
public enum TestStores {
  static let environment = ProcessInfo.processInfo.environment

  /// The test cluster, as the superuser, on its `postgres` database.
  public static let cluster: PostgresLocation? = environment["SAMARBEID_TEST_POSTGRES"].flatMap {
    try? PostgresLocation(url: $0, password: environment["PGPASSWORD"])
  }

  /// The engines to run on here.
  public static let kinds: [StoreKind] = {
    if cluster != nil { return [.sqlite, .postgres] }
    precondition(
      environment["SAMARBEID_REQUIRE_POSTGRES"] != "1",
      "SAMARBEID_REQUIRE_POSTGRES=1 but SAMARBEID_TEST_POSTGRES names no usable cluster")
    return [.sqlite]
  }()

  static var quietLogger: Logger {
    var logger = Logger(label: "test.store")
    logger.logLevel = .critical
    return logger
  }

  /// A fresh, empty place for stores of `kind`.
  public static func fresh(_ kind: StoreKind) async throws -> TestStorePlace {
    switch kind {
    case .sqlite:
      let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
        "samarbeid-\(UUID())")
      try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
      return TestStorePlace(kind: .sqlite, directory: directory, database: nil)
    case .postgres:
      guard var location = cluster else {
        throw StorageError(.unavailable, "no PostgreSQL test cluster (SAMARBEID_TEST_POSTGRES)")
      }
      let name = "t_" + UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "")
      try await PostgresEngine.administer(
        "CREATE DATABASE \(name)", at: location, logger: quietLogger)
      location.database = name
      return TestStorePlace(kind: .postgres, directory: nil, database: location)
    }
  }
}

/// An empty SQLite directory or PostgreSQL database for one test.
public struct TestStorePlace: Sendable {
  public let kind: StoreKind
  /// The SQLite directory.
  public let directory: URL?
  /// The PostgreSQL database.
  public let database: PostgresLocation?

  /// An engine on this place (a test may open several, as servers sharing it would).
  public func engine(connections: Int = 4) -> any StoreEngine {
    switch kind {
    case .sqlite: SQLiteEngine(directory: directory!.path, logger: TestStores.quietLogger)
    case .postgres:
      PostgresEngine(location: database!, connections: connections, logger: TestStores.quietLogger)
    }
  }

  /// Removes the directory or drops the database (its connections are ended).
  public func remove() async {
    if let directory { try? FileManager.default.removeItem(at: directory) }
    if let database, let cluster = TestStores.cluster {
      try? await PostgresEngine.administer(
        "DROP DATABASE IF EXISTS \(database.database) WITH (FORCE)", at: cluster,
        logger: TestStores.quietLogger)
    }
  }
}
