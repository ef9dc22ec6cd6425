import Foundation
import Logging
import RPC
import Storage
import StoreTestSupport
import Testing

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

  static var schema: StoreSchema {
    var schema = StoreSchema()
    schema.add(
      "test-v1",
      [
        .createTable(
          table,
          columns: [ColumnDefinition(id), ColumnDefinition(body), ColumnDefinition(version)],
          primaryKey: ["id"])
      ])
    return schema
  }
}

/// A fresh place (directory or database) for a test's store, on either engine.
struct TestStore {
  let place: TestStorePlace
  let engine: any StoreEngine

  init(_ kind: StoreKind) async throws {
    place = try await TestStores.fresh(kind)
    engine = place.engine()
  }

  func open(_ schema: StoreSchema = Notes.schema, name: String = "tenants/t-test")
    async throws -> any RecordStore
  {
    try await engine.open(name, schema: schema)
  }

  func remove() async {
    await engine.close()
    await place.remove()
  }

  /// Runs `body` with a fresh place, then removes it.
  static func with(
    _ kind: StoreKind, _ body: (TestStore) async throws -> Void
  ) async throws {
    let store = try await TestStore(kind)
    do {
      try await body(store)
    } catch {
      await store.remove()
      throw error
    }
    await store.remove()
  }
}

/// What every engine's store guarantees: one test body, run on SQLite and on PostgreSQL.
@Suite("Stores on every engine") struct StoreTests {
  static func context(key: String?, digest: [UInt8] = [1]) -> MutationContext {
    MutationContext(
      identity: "spiffe://samarbeid/kommune/0301", rpc: "/test/Write", idempotencyKey: key,
      requestDigest: digest, at: "2026-11-24T12:00:00Z")
  }

  @Test("an empty store gets every migration", arguments: TestStores.kinds)
  func freshSchema(kind: StoreKind) async throws {
    try await TestStore.with(kind) { place in
      let store = try await place.open()
      #expect(try await store.appliedMigrations() == ["store-v1", "store-v2", "test-v1"])
    }
  }

  @Test(
    "a store at the previous version is migrated and keeps its data", arguments: TestStores.kinds)
  func migrateFromPrevious(kind: StoreKind) async throws {
    try await TestStore.with(kind) { place in
      let old = try await place.open(Notes.schema.upTo("store-v1"))
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
      let store = try await place.open()
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
  }

  @Test(
    "concurrent writes all commit, and a failing write undoes only itself",
    arguments: TestStores.kinds)
  func concurrentWrites(kind: StoreKind) async throws {
    try await TestStore.with(kind) { place in
      let store = try await place.open()
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
    }
  }

  @Test(
    "a mutation runs once per idempotency key, with its audit record", arguments: TestStores.kinds)
  func idempotency(kind: StoreKind) async throws {
    try await TestStore.with(kind) { place in
      let store = try await place.open()
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
  }

  @Test(
    "a failed mutation leaves neither its change, its audit record nor its key",
    arguments: TestStores.kinds)
  func failedMutation(kind: StoreKind) async throws {
    try await TestStore.with(kind) { place in
      let store = try await place.open()
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
  }

  @Test(
    "a taken unique value is ALREADY_EXISTS and the rest of the write still commits",
    arguments: TestStores.kinds)
  func uniqueValue(kind: StoreKind) async throws {
    try await TestStore.with(kind) { place in
      let store = try await place.open()
      try await store.write { store in try Notes.insert("a", in: store) }
      let outcome = try await store.write { store -> String in
        do {
          try Notes.insert("a", in: store)
          return "inserted twice"
        } catch let error as StorageError where error.code == .alreadyExists {
          try Notes.insert("b", in: store)
          return "refused"
        }
      }
      #expect(outcome == "refused")
      #expect(try await store.read { try Notes.ids(in: $0) } == ["a", "b"])
    }
  }

  @Test(
    "text holding NUL is refused, written or compared, naming the column; nothing is written",
    arguments: TestStores.kinds)
  func nulText(kind: StoreKind) async throws {
    try await TestStore.with(kind) { place in
      let store = try await place.open()
      try await store.write { store in try Notes.insert("a", in: store) }
      func refusal(_ body: @escaping @Sendable (any StoreWriter) throws -> Void) async
        -> StorageError?
      {
        do {
          try await store.write { store in try body(store) }
          return nil
        } catch {
          return error as? StorageError
        }
      }
      let refusals = [
        await refusal { store in
          try Notes.insert("b", in: store)
          try Notes.insert("c", "nul\u{0}inside", in: store)
        },
        await refusal { _ = try $0.update(Notes.table, set: [Notes.body("x\u{0}")], where: .all) },
        await refusal { _ = try $0.first(["id"], from: Notes.table, where: Notes.id == "\u{0}a") },
        await refusal {
          _ = try $0.select(["id"], from: Notes.table, where: Notes.body.holds("a\u{0}"))
        },
      ]
      for error in refusals {
        #expect(error?.code == .unstorableText)
        #expect(error?.rpcErrorCode == .invalidArgument)
        #expect(
          error?.message.hasPrefix("id ") == true || error?.message.hasPrefix("body ") == true)
      }
      // The write that inserted b before its refused insert left nothing.
      #expect(try await store.read { try Notes.ids(in: $0) } == ["a"])
      #expect(
        try await store.read { try $0.first(["body"], from: Notes.table, where: .all) }?(Notes.body)
          == "body")
    }
  }

  @Test("text orders byte by byte and pages the same on every engine", arguments: TestStores.kinds)
  func ordering(kind: StoreKind) async throws {
    try await TestStore.with(kind) { place in
      let store = try await place.open()
      let ids = ["b", "B", "a", "Å", "æ", "A", "10", "9", "a b"]
      try await store.write { store in for id in ids { try Notes.insert(id, in: store) } }
      let ordered = try await store.read { try Notes.ids(in: $0) }
      #expect(ordered == ids.sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) })
      let after = try await store.read { store in
        try store.select(
          ["id"], from: Notes.table, where: .after(["id"], [.text("a")]), orderBy: ["id"],
          limit: 2
        ).map { try $0(Notes.id) }
      }
      #expect(after == ["a b", "b"])
      let sum = try await store.read { store in
        try store.aggregate(.sum("version"), from: Notes.table, where: Notes.id != "9")
      }
      #expect(sum == Int64(ids.count - 1))
    }
  }

  @Test("committed writes are there after the store is opened again", arguments: TestStores.kinds)
  func reopen(kind: StoreKind) async throws {
    try await TestStore.with(kind) { place in
      let store = try await place.open()
      try await store.write { store in try Notes.insert("kept", in: store) }
      await store.close()
      // A second engine: another server on the same directory or database.
      let second = place.place.engine()
      let again = try await second.open("tenants/t-test", schema: Notes.schema)
      #expect(try await again.read { try Notes.ids(in: $0) } == ["kept"])
      await second.close()
    }
  }

  @Test("keys past their 30 days are forgotten; younger ones kept", arguments: TestStores.kinds)
  func prune(kind: StoreKind) async throws {
    try await TestStore.with(kind) { place in
      let store = try await place.open()
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
}
