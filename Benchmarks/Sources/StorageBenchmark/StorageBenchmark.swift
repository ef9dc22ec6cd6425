// make bench-storage: durable writes per second, in one run, on one disk:
//   - SQLite's own rate: one fsync'd transaction per insert (WAL, synchronous=FULL), one thread;
//   - SQLiteStore, one tenant, 64 concurrent writers: one transaction per write, then group commit;
//   - SQLiteStore, 20 tenants at once (16 writers each): one transaction per write, then group commit.
// A SQLiteStore write is a real mutation: the record, its audit entry and its idempotency key.
//
// Usage: StorageBenchmark [seconds per case] [directory]

import Foundation
import GRDB
import Logging
import Storage

/// The benchmark's table: a key and 300 bytes.
enum Records {
  static let table = Storage.Table("records")
  static let id = Column<String>("id")
  static let data = Column<[UInt8]>("data")
}

@main
enum StorageBenchmark {
  static func main() async throws {
    let seconds = CommandLine.arguments.count > 1 ? Double(CommandLine.arguments[1]) ?? 3 : 3
    let root = URL(
      fileURLWithPath: CommandLine.arguments.count > 2
        ? CommandLine.arguments[2]
        : FileManager.default.currentDirectoryPath + "/.build/storage-bench")
    try? FileManager.default.removeItem(at: root)
    try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: root) }

    var logger = Logger(label: "bench")
    logger.logLevel = .critical
    let record = [UInt8](repeating: 0x5A, count: 300)

    let schema: StoreSchema = {
      var schema = StoreSchema()
      schema.add(
        "bench-v1",
        [
          .createTable(
            Records.table, columns: [ColumnDefinition(Records.id), ColumnDefinition(Records.data)],
            primaryKey: ["id"])
        ])
      return schema
    }()
    let quietLogger = logger

    /// SQLite alone: BEGIN; INSERT; COMMIT per row, each commit fsync'd.
    func sqliteBaseline() throws -> Double {
      var configuration = Configuration()
      configuration.journalMode = .wal
      let queue = try DatabaseQueue(
        path: root.appendingPathComponent("sqlite.sqlite").path, configuration: configuration)
      // After GRDB's WAL set-up, which chooses NORMAL.
      try queue.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA synchronous = FULL") }
      try queue.write { db in
        try db.execute(sql: "CREATE TABLE records (id TEXT PRIMARY KEY, data BLOB NOT NULL)")
      }
      let start = Date()
      var count = 0
      while Date().timeIntervalSince(start) < seconds {
        try queue.write { db in
          try db.execute(
            sql: "INSERT INTO records VALUES (?, ?)", arguments: ["r\(count)", Data(record)])
        }
        count += 1
      }
      return Double(count) / Date().timeIntervalSince(start)
    }

    /// `tenants` stores, `writers` concurrent writers each, for `seconds`.
    func durableStores(tenants: Int, writers: Int, maxBatch: Int, name: String) async throws -> (
      rate: Double, perCommit: Double
    ) {
      let stores = try (0..<tenants).map { index in
        try SQLiteStore(
          path: root.appendingPathComponent("\(name)-\(index).sqlite").path, schema: schema,
          logger: quietLogger,
          maxBatch: maxBatch)
      }
      let start = ContinuousClock.now
      let end = start + .seconds(seconds)
      let total = await withTaskGroup(of: Int.self) { group in
        for (tenant, store) in stores.enumerated() {
          for writer in 0..<writers {
            group.addTask {
              var written = 0
              while ContinuousClock.now < end {
                let key = "\(tenant)-\(writer)-\(written)"
                let context = MutationContext(
                  identity: "spiffe://samarbeid/loadtest/bench", rpc: "/bench/Write",
                  idempotencyKey: key,
                  requestDigest: Array(key.utf8), at: "2026-11-24T12:00:00Z")
                do {
                  _ = try await store.mutate(context) { store in
                    try store.insert(into: Records.table, [Records.id(key), Records.data(record)])
                    return MutationOutcome(
                      response: Array(key.utf8),
                      audit: [
                        AuditRecord(
                          entityType: "bench.Record", entityID: key, before: nil, after: record)
                      ])
                  }
                  written += 1
                } catch {
                  fatalError("write failed: \(error)")
                }
              }
              return written
            }
          }
        }
        var total = 0
        for await written in group { total += written }
        return total
      }
      let elapsed = ContinuousClock.now - start
      let elapsedSeconds =
        Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
      let commits = stores.reduce(0) { $0 + $1.commitStatistics.commits }
      for store in stores { store.close() }
      return (Double(total) / elapsedSeconds, Double(total) / Double(max(commits, 1)))
    }

    func format(_ value: Double) -> String {
      String(format: "%10.0f", value)
    }

    print("durable writes per second, \(seconds) s per case, directory \(root.path)")
    let sqlite = try sqliteBaseline()
    print("SQLite, one fsync'd transaction per insert (1 thread)      \(format(sqlite)) /s")
    let cases: [(String, Int, Int, Int)] = [
      ("1 tenant, 64 writers, one transaction per write ", 1, 64, 1),
      ("1 tenant, 64 writers, group commit              ", 1, 64, 256),
      ("20 tenants, 16 writers each, one transaction/write", 20, 16, 1),
      ("20 tenants, 16 writers each, group commit        ", 20, 16, 256),
    ]
    for (label, tenants, writers, maxBatch) in cases {
      let (rate, perCommit) = try await durableStores(
        tenants: tenants, writers: writers, maxBatch: maxBatch, name: "t\(tenants)b\(maxBatch)")
      print(
        "SQLiteStore, \(label) \(format(rate)) /s  (\(String(format: "%.2f", rate / sqlite))x SQLite; "
          + "\(String(format: "%.1f", perCommit)) writes per commit)")
    }
  }
}
