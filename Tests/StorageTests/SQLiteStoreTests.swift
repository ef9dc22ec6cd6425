import Foundation
import GRDB
import Logging
import Testing

@testable import Storage

/// The test table: notes with a body.
enum Notes {
  static let table = Storage.Table("notes")
  static let id = Column<String>("id")
  static let body = Column<String>("body")
  static let version = Column<Int64>("version")

  static func insert(_ id: String, _ body: String = "body", in store: any StoreWriter) throws {
    try store.insert(into: table, [Self.id(id), Self.body(body), version(1)])
  }

  static func ids(in store: any StoreReader) throws -> [String] {
    try store.select(["id"], from: table, orderBy: ["id"]).map { try $0(id) }
  }
}

/// A store in a fresh temporary directory, removed afterwards.
struct TemporaryStore {
  let directory: URL
  var path: String { directory.appendingPathComponent("tenant.sqlite").path }

  init() throws {
    directory = FileManager.default.temporaryDirectory.appendingPathComponent("store-\(UUID())")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
  }

  static var schema: StoreSchema {
    var schema = StoreSchema()
    schema.add(
      "test-v1",
      [
        .createTable(
          Notes.table,
          columns: [
            ColumnDefinition(Notes.id), ColumnDefinition(Notes.body),
            ColumnDefinition(Notes.version),
          ], primaryKey: ["id"])
      ])
    return schema
  }

  func open(_ schema: StoreSchema = schema) throws -> SQLiteStore {
    var logger = Logger(label: "test.store")
    logger.logLevel = .critical
    return try SQLiteStore(path: path, schema: schema, logger: logger)
  }

  func remove() { try? FileManager.default.removeItem(at: directory) }
}

@Suite("SQLite store") struct SQLiteStoreTests {
  static func context(key: String?, digest: [UInt8] = [1]) -> MutationContext {
    MutationContext(
      identity: "spiffe://samarbeid/kommune/0301", rpc: "/test/Write", idempotencyKey: key,
      requestDigest: digest, at: "2026-11-24T12:00:00Z")
  }

  @Test("an empty directory gets every migration")
  func freshSchema() async throws {
    let temporary = try TemporaryStore()
    defer { temporary.remove() }
    let store = try temporary.open()
    #expect(try await store.appliedMigrations() == ["store-v1", "store-v2", "test-v1"])
  }

  @Test("a database at the previous version is migrated and keeps its data")
  func migrateFromPrevious() async throws {
    let temporary = try TemporaryStore()
    defer { temporary.remove() }
    do {
      let old = try temporary.open(TemporaryStore.schema.upTo("store-v1"))
      #expect(try await old.appliedMigrations() == ["store-v1"])
      typealias Idempotency = StoreTables.Idempotency
      try await old.write { store in
        try store.insert(
          into: StoreTables.idempotency,
          [
            Idempotency.key("k1"), Idempotency.rpc("/test/Write"), Idempotency.identity("someone"),
            Idempotency.requestDigest([1]), Idempotency.response([9]),
            Idempotency.at("2026-01-01T00:00:00Z"),
          ])
      }
      await old.close()
    }
    let store = try temporary.open()
    #expect(try await store.appliedMigrations() == ["store-v1", "store-v2", "test-v1"])
    let expiry = try await store.read { store in
      try store.first(
        ["expires_at"], from: StoreTables.idempotency,
        where: StoreTables.Idempotency.key == "k1"
      ).map { try $0(StoreTables.Idempotency.expiresAt) }
    }
    #expect(expiry == "2026-01-31T00:00:00Z")
    // The old key still answers a retry.
    let replay = try await store.mutate(Self.context(key: "k1")) { _ in
      Issue.record("a known key must not apply again")
      return MutationOutcome(response: [], audit: [])
    }
    #expect(replay == [9])
  }

  @Test("concurrent writes share commits, and a failing write undoes only itself")
  func groupCommit() async throws {
    let temporary = try TemporaryStore()
    defer { temporary.remove() }
    let store = try temporary.open()
    struct Refused: Error {}
    let results = await withTaskGroup(of: Bool.self) { group in
      for index in 0..<200 {
        group.addTask {
          do {
            try await store.write { store in
              try Notes.insert("n\(index)", in: store)
              if index % 10 == 0 { throw Refused() }
            }
            return true
          } catch {
            return false
          }
        }
      }
      return await group.reduce(into: [Bool]()) { $0.append($1) }
    }
    #expect(results.filter { $0 }.count == 180)
    let count = try await store.read { store in
      try store.aggregate(.count, from: Notes.table, where: .all)
    }
    #expect(count == 180)
    let (commits, writes) = store.commitStatistics
    #expect(writes == 200)
    #expect(commits < 200)
  }

  @Test("a mutation runs once per idempotency key, with its audit record")
  func idempotency() async throws {
    let temporary = try TemporaryStore()
    defer { temporary.remove() }
    let store = try temporary.open()
    @Sendable func create(_ id: String) -> @Sendable (any StoreWriter) throws -> MutationOutcome {
      { store in
        try Notes.insert(id, "hello", in: store)
        return MutationOutcome(
          response: Array(id.utf8),
          audit: [AuditRecord(entityType: "note", entityID: id, before: nil, after: [1, 2])])
      }
    }
    let first = try await store.mutate(Self.context(key: "key-1"), create("a"))
    let retry = try await store.mutate(Self.context(key: "key-1"), create("b"))
    #expect(first == Array("a".utf8))
    #expect(retry == first)
    await #expect(throws: StorageError.self) {
      _ = try await store.mutate(Self.context(key: "key-1", digest: [2]), create("c"))
    }
    let notes = try await store.read { store in try Notes.ids(in: store) }
    #expect(notes == ["a"])
    let audit = try await store.auditEntries(after: 0, limit: 10)
    #expect(audit.count == 1)
    #expect(audit.first?.entityID == "a")
    #expect(audit.first?.after == [1, 2])
    #expect(audit.first?.idempotencyKey == "key-1")
    #expect(audit.first?.identity == "spiffe://samarbeid/kommune/0301")
  }

  @Test("a failed mutation leaves neither its change, its audit record nor its key")
  func failedMutation() async throws {
    let temporary = try TemporaryStore()
    defer { temporary.remove() }
    let store = try temporary.open()
    struct Invalid: Error {}
    await #expect(throws: Invalid.self) {
      _ = try await store.mutate(Self.context(key: "key-2")) { store in
        try Notes.insert("x", "half", in: store)
        throw Invalid()
      }
    }
    let counts = try await store.read { store in
      try [Notes.table, StoreTables.auditLog, StoreTables.idempotency].map {
        try store.aggregate(.count, from: $0, where: .all)
      }
    }
    #expect(counts == [0, 0, 0])
  }

  @Test("committed writes are there after the store is reopened")
  func reopen() async throws {
    let temporary = try TemporaryStore()
    defer { temporary.remove() }
    do {
      let store = try temporary.open()
      try await store.write { store in try Notes.insert("kept", in: store) }
      await store.close()
    }
    let reopened = try temporary.open()
    let ids = try await reopened.read { store in try Notes.ids(in: store) }
    #expect(ids == ["kept"])
    let mode = try await reopened.pool.read { db in
      try String.fetchOne(db, sql: "PRAGMA journal_mode")
    }
    #expect(mode == "wal")
    // The writer's connection is the one whose commits must reach the disk (GRDB would
    // leave it at NORMAL).
    let synchronous = try await reopened.writer.write { db in
      try Int.fetchOne(db, sql: "PRAGMA synchronous")
    }
    #expect(synchronous == 2)  // FULL
  }
}

@Suite("Idempotency retention") struct IdempotencyRetentionTests {
  @Test("keys past their 30 days are forgotten; younger ones kept")
  func prune() async throws {
    let temporary = try TemporaryStore()
    defer { temporary.remove() }
    let store = try temporary.open()
    for (key, at) in [("old", "2026-01-01T00:00:00Z"), ("young", "2026-11-20T00:00:00Z")] {
      let context = MutationContext(
        identity: "someone", rpc: "/test/Write", idempotencyKey: key, requestDigest: [1], at: at)
      _ = try await store.mutate(context) { _ in MutationOutcome(response: [1], audit: []) }
    }
    #expect(try await store.pruneIdempotencyKeys(now: "2026-11-24T12:00:00Z") == 1)
    let keys = try await store.read { store in
      try store.select(["key"], from: StoreTables.idempotency).map {
        try $0(StoreTables.Idempotency.key)
      }
    }
    #expect(keys == ["young"])
  }
}

@Suite("SQLite store files") struct SQLiteStoreFilesTests {
  /// The process's open files under `path` (other tests open files meanwhile).
  static func openFiles(under path: String) -> Int {
    let fds = (try? FileManager.default.contentsOfDirectory(atPath: "/proc/self/fd")) ?? []
    return fds.count {
      (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/fd/\($0)"))?
        .hasPrefix(path) == true
    }
  }

  @Test("closing a store closes its files, after reads and writes")
  func closeReleasesFiles() async throws {
    let temporary = try TemporaryStore()
    defer { temporary.remove() }
    let store = try temporary.open()
    try await store.write { store in try Notes.insert("kept", in: store) }
    _ = try await store.read { store in try Notes.ids(in: store) }
    #expect(Self.openFiles(under: temporary.path) >= 2)
    await store.close()
    #expect(
      Self.openFiles(under: temporary.path) == 0,
      "the database, its WAL and shared memory are closed")
  }
}
