public import Foundation
public import Logging
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

  /// The store servers in tests run on unless a test names one: SQLite, or PostgreSQL with
  /// `SAMARBEID_TEST_STORE=postgres` (the test command's second pass runs the domain suites
  /// so, every test body on PostgreSQL).
  public static let standard: StoreKind = {
    guard let name = environment["SAMARBEID_TEST_STORE"] else { return .sqlite }
    guard let kind = StoreKind(rawValue: name) else {
      preconditionFailure("SAMARBEID_TEST_STORE must be sqlite or postgres, not \(name)")
    }
    precondition(
      kind != .postgres || cluster != nil,
      "SAMARBEID_TEST_STORE=postgres but SAMARBEID_TEST_POSTGRES names no usable cluster")
    return kind
  }()

  /// The engines tests that name theirs run on: both when a cluster is there (only
  /// PostgreSQL in a PostgreSQL pass, whose SQLite half the first pass ran).
  public static let kinds: [StoreKind] = {
    if standard == .postgres { return [.postgres] }
    if cluster != nil { return [.sqlite, .postgres] }
    precondition(
      environment["SAMARBEID_REQUIRE_POSTGRES"] != "1",
      "SAMARBEID_REQUIRE_POSTGRES=1 but SAMARBEID_TEST_POSTGRES names no usable cluster")
    return [.sqlite]
  }()

  public static var quietLogger: Logger {
    var logger = Logger(label: "test.store")
    logger.logLevel = .critical
    return logger
  }

  /// Runs `statement` on the cluster as its superuser, again while PostgreSQL answers 55006
  /// (a database in use: the backends of connections just closed may take a moment to end),
  /// for at most 10 s.
  public static func administer(_ statement: String, at location: PostgresLocation? = nil)
    async throws
  {
    guard let location = location ?? cluster else {
      throw StorageError(.unavailable, "no PostgreSQL test cluster (SAMARBEID_TEST_POSTGRES)")
    }
    for attempt in 1...100 {
      do {
        try await PostgresEngine.administer(statement, at: location, logger: quietLogger)
        return
      } catch let error as StorageError where error.message.contains("55006") && attempt < 100 {
        try await Task.sleep(for: .milliseconds(100))
      }
    }
  }

  /// A fresh place for stores of `kind`: empty, or on PostgreSQL a copy of the database
  /// `template` (`CREATE DATABASE ... TEMPLATE`).
  public static func fresh(_ kind: StoreKind, template: String? = nil) async throws
    -> TestStorePlace
  {
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
      try await administer(
        "CREATE DATABASE \(name)" + (template.map { " TEMPLATE \($0)" } ?? ""), at: location)
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
