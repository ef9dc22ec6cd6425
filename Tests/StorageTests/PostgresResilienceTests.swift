import Foundation
import PostgresStorage
import Storage
import StoreTestSupport
import Synchronization
import Testing

/// The PostgreSQL store when the database does not answer (issue 27): a table locked by
/// someone else holds only its own store's calls, each until its deadline, and a connection
/// the server ends is replaced without a restart.
@Suite(
  "PostgreSQL: stuck statements and lost connections",
  .enabled(if: TestStores.kinds.contains(.postgres), "no PostgreSQL test cluster"))
struct PostgresResilienceTests {
  /// `body`, cancelled after `limit` as a call's deadline cancels its handler.
  static func within<Value: Sendable>(
    _ limit: Duration, _ body: @escaping @Sendable () async throws -> Value
  ) async -> Result<Value, any Error> {
    let task = Task { try await body() }
    let timer = Task {
      try await Task.sleep(for: limit)
      task.cancel()
    }
    let result = await task.result
    timer.cancel()
    return result
  }

  @Test("a locked table holds its store's calls until their deadlines, never another store's")
  func lockedTable() async throws {
    try await TestStore.with(.postgres) { place in
      let oslo = try await place.open(name: "tenants/t-oslo")
      let bergen = try await place.open(name: "tenants/t-bergen")
      try await oslo.write { try Notes.insert("oslo-note", in: $0) }
      try await bergen.write { try Notes.insert("bergen-note", in: $0) }
      let database = try #require(place.place.database)

      // Someone else holds Oslo's table for 12 s (room for a busy machine).
      let released = Flag()
      let lock = Task {
        defer { released.set() }
        try await TestStores.administer(
          "DO $$ BEGIN LOCK TABLE tenants_t_oslo.notes IN ACCESS EXCLUSIVE MODE; "
            + "PERFORM pg_sleep(12); END $$", at: database)
      }
      // Until Oslo's reads stop answering, the lock is not taken yet.
      var held = false
      for _ in 0..<50 where !held {
        held =
          (try? await Self.within(.seconds(1)) {
            try await oslo.read { try Notes.ids(in: $0) }
          }.get()) == nil
      }
      try #require(held, "the lock was never taken")

      // Oslo's calls, more than the connections, each with a 2 s deadline: all end, none
      // answered. Bergen's, meanwhile, are answered while the lock is still held.
      async let stuck = withTaskGroup(of: Bool.self) { group in
        for _ in 0..<8 {
          group.addTask {
            (try? await Self.within(.seconds(2)) { try await oslo.read { try Notes.ids(in: $0) } }
              .get()) == nil
          }
        }
        return await group.reduce(into: [Bool]()) { $0.append($1) }
      }
      for _ in 0..<10 {
        #expect(try await bergen.read { try Notes.ids(in: $0) } == ["bergen-note"])
      }
      let heldForBergen = !released.isSet
      #expect(heldForBergen, "Bergen waited for Oslo's lock")
      #expect(await stuck == Array(repeating: true, count: 8))
      let heldForOslo = !released.isSet
      #expect(heldForOslo, "Oslo's calls outlived their deadlines")

      // A write waiting behind another of Oslo's (the store's writes go one at a time) stops
      // waiting when its own call ends, long before the one ahead of it does.
      let ahead = Flag()
      let first = Task {
        defer { ahead.set() }
        _ = await Self.within(.seconds(5)) {
          try await oslo.write { try Notes.insert("first", in: $0) }
        }
      }
      try await Task.sleep(for: .milliseconds(300))  // the first takes the store's turn
      let behind = await Self.within(.seconds(1)) {
        try await oslo.write { try Notes.insert("behind", in: $0) }
      }
      #expect((try? behind.get()) == nil)
      let firstStillWaiting = !ahead.isSet
      #expect(firstStillWaiting, "the write behind waited past its deadline for the one ahead")
      _ = await first.value

      // Once the lock is gone, Oslo is answered again: no connection was lost for good.
      _ = try await lock.value
      #expect(try await oslo.read { try Notes.ids(in: $0) }.contains("oslo-note"))
      try await oslo.write { try Notes.insert("after", in: $0) }
    }
  }

  @Test("several hosts: libpq connects to the one that answers and takes writes")
  func severalHosts() async throws {
    try await TestStore.with(.postgres) { place in
      let database = try #require(place.place.database)
      // Nothing listens on port 1; the test cluster is the second host.
      var location = try PostgresLocation(
        url:
          "postgres://\(database.username)@127.0.0.1:1,\(database.host):\(database.port)/\(database.database)?target_session_attrs=read-write",
        password: database.password)
      location.database = database.database
      let engine = PostgresEngine(
        location: location, connections: 2, logger: TestStores.quietLogger)
      let store = try await engine.open("tenants/t-failover", schema: Notes.schema)
      try await store.write { try Notes.insert("written", in: $0) }
      #expect(try await store.read { try Notes.ids(in: $0) } == ["written"])
      await engine.close()
    }
  }

  @Test("connections the server ends are replaced: the store answers again without a restart")
  func terminatedConnections() async throws {
    try await TestStore.with(.postgres) { place in
      let oslo = try await place.open(name: "tenants/t-oslo")
      try await oslo.write { try Notes.insert("oslo-note", in: $0) }
      let database = try #require(place.place.database)
      // Use every connection, then have the server end them all.
      try await withThrowingTaskGroup(of: Void.self) { group in
        for _ in 0..<8 { group.addTask { _ = try await oslo.read { try Notes.ids(in: $0) } } }
        try await group.waitForAll()
      }
      try await TestStores.administer(
        "SELECT pg_terminate_backend(pid, 5000)::TEXT FROM pg_stat_activity WHERE datname = '\(database.database)' AND pid <> pg_backend_pid()"
      )
      var failures = 0
      var answered = false
      for _ in 0..<20 where !answered {
        let attempt = failures
        do {
          try await oslo.write { try Notes.insert("after-\(attempt)", in: $0) }
          answered = true
        } catch {
          failures += 1
          try await Task.sleep(for: .milliseconds(100))
        }
      }
      #expect(answered, "the store never answered again")
      // A connection the server ended is found closed before a job is given to it.
      #expect(failures == 0, "\(failures) calls failed for connections the server ended")
      for _ in 0..<8 {
        #expect(try await oslo.read { try Notes.ids(in: $0) }.contains("oslo-note"))
      }
    }
  }
}

/// A flag one task sets and another reads.
final class Flag: Sendable {
  private let value = Atomic<Bool>(false)
  func set() { value.store(true, ordering: .relaxed) }
  var isSet: Bool { value.load(ordering: .relaxed) }
}
