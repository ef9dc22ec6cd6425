import Foundation
import PostgresStorage
import Storage
import StoreTestSupport
import Testing

/// What the PostgreSQL engine adds: isolation held by the database, migrations and writes
/// serialized across servers, the durability setting.
@Suite(
  "PostgreSQL store",
  .enabled(if: TestStores.kinds.contains(.postgres), "no PostgreSQL test cluster"))
struct PostgresStoreTests {
  @Test("a query under one tenant's role cannot read another tenant's rows, even by naming them")
  func isolation() async throws {
    try await TestStore.with(.postgres) { place in
      let oslo = try await place.open(name: "tenants/t-oslo")
      let bergen = try await place.open(name: "tenants/t-bergen")
      try await oslo.write { try Notes.insert("oslo-note", in: $0) }
      try await bergen.write { try Notes.insert("bergen-note", in: $0) }
      // Without any filter, each sees its own.
      #expect(try await oslo.read { try Notes.ids(in: $0) } == ["oslo-note"])
      #expect(try await bergen.read { try Notes.ids(in: $0) } == ["bergen-note"])
      // A query that forgot whose store it is and names the other's table is refused by
      // the database, reading or writing.
      let other = Storage.Table("tenants_t_bergen.notes")
      await #expect(throws: StorageError.self) {
        _ = try await oslo.read { try $0.select(["id"], from: other) }
      }
      await #expect(throws: StorageError.self) {
        try await oslo.write {
          try $0.insert(into: other, [Notes.id("x"), Notes.body("y"), Notes.version(1)])
        }
      }
      do {
        _ = try await oslo.read { try $0.select(["id"], from: other) }
      } catch let error as StorageError {
        #expect(error.message.contains("42501"), "\(error.message)")  // insufficient privilege
      }
      #expect(try await bergen.read { try Notes.ids(in: $0) } == ["bergen-note"])
    }
  }

  @Test("a database renamed or copied keeps its stores: read, written and still isolated")
  func renamedAndCopied() async throws {
    let place = try await TestStores.fresh(.postgres)
    var renamed = try #require(place.database)
    renamed.database += "_renamed"
    var copied = renamed
    copied.database += "_copy"
    func drop() async {
      for name in [renamed.database, copied.database] {
        try? await TestStores.administer("DROP DATABASE IF EXISTS \(name) WITH (FORCE)")
      }
      await place.remove()
    }
    do {
      try await Self.renameAndCopy(place, to: renamed, copied)
    } catch {
      await drop()
      throw error
    }
    await drop()
  }

  static func renameAndCopy(
    _ place: TestStorePlace, to renamed: PostgresLocation, _ copied: PostgresLocation
  ) async throws {
    let first = place.engine()
    let oslo = try await first.open("tenants/t-oslo", schema: Notes.schema)
    try await oslo.write { try Notes.insert("before", in: $0) }
    _ = try await first.open("tenants/t-bergen", schema: Notes.schema)
    await first.close()

    try await TestStores.administer(
      "ALTER DATABASE \(place.database!.database) RENAME TO \(renamed.database)")
    try await TestStores.administer(
      "CREATE DATABASE \(copied.database) TEMPLATE \(renamed.database)")
    for location in [renamed, copied] {
      let engine = PostgresEngine(
        location: location, connections: 2, logger: TestStores.quietLogger)
      let store = try await engine.open("tenants/t-oslo", schema: Notes.schema)
      try await store.write { try Notes.insert("after-\(location.database)", in: $0) }
      #expect(
        try await store.read { try Notes.ids(in: $0) } == ["after-\(location.database)", "before"])
      // Bergen's schema went to its own new role, not to Oslo's.
      let other = Storage.Table("tenants_t_bergen.notes")
      await #expect(throws: StorageError.self) {
        _ = try await store.read { try $0.select(["id"], from: other) }
      }
      let bergen = try await engine.open("tenants/t-bergen", schema: Notes.schema)
      #expect(try await bergen.read { try Notes.ids(in: $0) } == [])
      await engine.close()
    }
  }

  @Test(
    "a login role with only CREATEROLE and CREATE on its database runs the stores, isolated")
  func unprivilegedRole() async throws {
    let place = try await TestStores.fresh(.postgres)
    var location = try #require(place.database)
    let role = "app_" + UUID().uuidString.lowercased().prefix(8)
    try await TestStores.administer("CREATE ROLE \(role) LOGIN CREATEROLE PASSWORD 'app-test'")
    try await TestStores.administer("GRANT CREATE ON DATABASE \(location.database) TO \(role)")
    location.username = role
    location.password = "app-test"
    let engine = PostgresEngine(location: location, connections: 2, logger: TestStores.quietLogger)
    do {
      let oslo = try await engine.open("tenants/t-oslo", schema: Notes.schema)
      let bergen = try await engine.open("tenants/t-bergen", schema: Notes.schema)
      try await oslo.write { try Notes.insert("oslo-note", in: $0) }
      try await bergen.write { try Notes.insert("bergen-note", in: $0) }
      #expect(try await oslo.read { try Notes.ids(in: $0) } == ["oslo-note"])
      await #expect(throws: StorageError.self) {
        _ = try await oslo.read {
          try $0.select(["id"], from: Storage.Table("tenants_t_bergen.notes"))
        }
      }
      // A second server with the same login opens what the first made.
      let second = PostgresEngine(
        location: location, connections: 1, logger: TestStores.quietLogger)
      let again = try await second.open("tenants/t-bergen", schema: Notes.schema)
      #expect(try await again.read { try Notes.ids(in: $0) } == ["bergen-note"])
      await second.close()
    } catch {
      await engine.close()
      await place.remove()
      throw error
    }
    await engine.close()
    await place.remove()
    try await TestStores.administer("DROP ROLE \(role)")
  }

  @Test("two store names that map to one schema: the second is refused, naming the first")
  func schemaClaimed() async throws {
    try await TestStore.with(.postgres) { place in
      let first = try await place.open(name: "tenants/t-a-b")
      try await first.write { try Notes.insert("mine", in: $0) }
      do {
        _ = try await place.open(name: "tenants/t_a.b")
        Issue.record("a second store took tenants_t_a_b")
      } catch let error as StorageError {
        #expect(error.message.contains("belongs to the store tenants/t-a-b"), "\(error.message)")
      }
      #expect(try await first.read { try Notes.ids(in: $0) } == ["mine"])
    }
  }

  @Test("two servers opening a new store at once migrate it once")
  func migrationLock() async throws {
    try await TestStore.with(.postgres) { place in
      let engines = [place.engine, place.place.engine()]
      let opened = try await withThrowingTaskGroup(of: [String].self) { group in
        for index in 0..<8 {
          let engine = engines[index % 2]
          group.addTask {
            try await engine.open("tenants/t-new", schema: Notes.schema).appliedMigrations()
          }
        }
        return try await group.reduce(into: [[String]]()) { $0.append($1) }
      }
      #expect(opened.allSatisfy { $0 == ["store-v1", "store-v2", "test-v1"] })
      await engines[1].close()
    }
  }

  @Test("writes to one store are serial across servers: no lost update")
  func writeLock() async throws {
    try await TestStore.with(.postgres) { place in
      let first = try await place.open()
      let second = place.place.engine()
      let other = try await second.open("tenants/t-test", schema: Notes.schema)
      try await first.write { try Notes.insert("counter", in: $0) }
      await withTaskGroup(of: Void.self) { group in
        for index in 0..<60 {
          let store = index % 2 == 0 ? first : other
          group.addTask {
            try? await store.write { store in
              let version =
                try store.first(["version"], from: Notes.table, where: Notes.id == "counter")
                .map { try $0(Notes.version) } ?? 0
              try store.update(
                Notes.table, set: [Notes.version(version + 1)], where: Notes.id == "counter")
            }
          }
        }
      }
      let version = try await first.read { store in
        try store.first(["version"], from: Notes.table, where: Notes.id == "counter").map {
          try $0(Notes.version)
        }
      }
      #expect(version == 61)
      await second.close()
    }
  }

  @Test("a write whose statement failed is never acknowledged, even when the body caught it")
  func caughtFailure() async throws {
    try await TestStore.with(.postgres) { place in
      let store = try await place.open()
      try await store.write { store in
        try Notes.insert("a", in: store)
        try Notes.insert("b", in: store)
      }
      // Renaming b to a breaks the key: PostgreSQL aborts the transaction, and its COMMIT
      // would quietly roll back. The write must fail, and c must not be there.
      await #expect(throws: StorageError.self) {
        try await store.write { store in
          try Notes.insert("c", in: store)
          _ = try? store.update(Notes.table, set: [Notes.id("a")], where: Notes.id == "b")
        }
      }
      #expect(try await store.read { try Notes.ids(in: $0) } == ["a", "b"])
    }
  }

  @Test("every transaction runs with synchronous_commit on")
  func durability() async throws {
    try await TestStore.with(.postgres) { place in
      let store = try await place.open()
      let setting = try await store.write { store in
        try store.select(
          ["current_setting('synchronous_commit') AS setting"],
          from: Storage.Table("(SELECT 1) AS one")
        ).first?.values.first
      }
      #expect(setting == .text("on"))
    }
  }
}
