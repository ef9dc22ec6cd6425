import Foundation
import Logging
import Storage
import Testing

/// A SQLite store in a fresh temporary directory, removed afterwards.
struct TemporaryStore {
  let directory: URL
  var path: String { directory.appendingPathComponent("tenant.sqlite").path }

  init() throws {
    directory = FileManager.default.temporaryDirectory.appendingPathComponent("store-\(UUID())")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
  }

  func open(_ schema: StoreSchema = Notes.schema) throws -> SQLiteStore {
    var logger = Logger(label: "test.store")
    logger.logLevel = .critical
    return try SQLiteStore(path: path, schema: schema, logger: logger)
  }

  func remove() { try? FileManager.default.removeItem(at: directory) }
}

/// What only the SQLite engine does: group commit, its pragmas, its files.
@Suite("SQLite store") struct SQLiteStoreTests {
  @Test("concurrent writes share commits")
  func groupCommit() async throws {
    let temporary = try TemporaryStore()
    defer { temporary.remove() }
    let store = try temporary.open()
    await withTaskGroup(of: Void.self) { group in
      for index in 0..<200 {
        group.addTask {
          try? await store.write { store in try Notes.insert("n\(index)", in: store) }
        }
      }
    }
    let (commits, writes) = store.commitStatistics
    #expect(writes == 200)
    #expect(commits < 200)
  }

  @Test("WAL, fsync on every commit, and memory bounded by each connection's cache")
  func settings() async throws {
    let temporary = try TemporaryStore()
    defer { temporary.remove() }
    let reopened = try temporary.open()
    #expect(try await reopened.pragma("journal_mode").reader == "wal")
    // The writer's connection is the one whose commits must reach the disk (GRDB would
    // leave it at NORMAL).
    #expect(try await reopened.pragma("synchronous").writer == "2")  // FULL
    // Memory per store is bounded by its caches, whatever the data: what each connection
    // was set to.
    let cache = try await reopened.pragma("cache_size")
    #expect(cache.writer == "\(-SQLiteStore.writerPageCacheKiB)")
    #expect(cache.reader == "\(-SQLiteStore.readerPageCacheKiB)")
    #expect(
      try await reopened.pragma("journal_size_limit").writer == "\(SQLiteStore.walSizeLimitBytes)")
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
