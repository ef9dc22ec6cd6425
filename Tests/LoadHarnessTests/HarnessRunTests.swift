import Foundation
import GRPCTestSupport
import Tenancy
import Testing

/// Short, bounded runs of the samarbeid-load binary against a server in this process.
@Suite("samarbeid-load runs") struct HarnessRunTests {
  static let binary = BuiltProducts.path("samarbeid-load")

  struct Run: Sendable {
    var status: Int32
    var json: Data
    var output: String

    /// The JSON report.
    var report: [String: Any] {
      (try? JSONSerialization.jsonObject(with: json)) as? [String: Any] ?? [:]
    }
  }

  /// Runs the harness with `arguments` (bounded by them and by a 60 s kill) and reads its
  /// JSON report; on its own thread, so the in-process server keeps Swift concurrency's threads.
  static func run(port: Int, _ arguments: [String]) async throws -> Run {
    let certificates = TestCertificates.directory
    let json = FileManager.default.temporaryDirectory.appendingPathComponent("load-\(UUID()).json")
    defer { try? FileManager.default.removeItem(at: json) }
    let finished = try await ChildProcess.run(
      binary,
      [
        "--port", "\(port)", "--ca", certificates + "/ca.pem", "--cert",
        certificates + "/loadtest.pem",
        "--key", certificates + "/loadtest.key", "--json", json.path, "--quiet",
      ] + arguments, limit: 60)
    let data = (try? Data(contentsOf: json)) ?? Data()
    return Run(status: finished.status, json: data, output: finished.output)
  }

  @Test("a bounded closed-loop run: every request answered, counts add up, no errors")
  func closedLoop() async throws {
    try #require(
      FileManager.default.isExecutableFile(atPath: Self.binary), "\(BuiltProducts.missing)")
    try await TestServer.with { server in
      let run = try await Self.run(
        port: server.port,
        [
          "--connections", "2", "--streams", "4", "--requests", "600", "--duration", "30", "--mix",
          "empty=2,unary=1,health=1",
        ])
      #expect(run.status == 0, "\(run.output)")
      let report = run.report
      #expect(report["requests"] as? Int == 600)
      #expect(report["succeeded"] as? Int == 600)
      #expect(report["failed"] as? Int == 0)
      #expect((report["errors"] as? [String: Int])?.isEmpty == true)
      #expect(report["mode"] as? String == "closed")
      let scenarios = report["scenarios"] as? [String: [String: Int]] ?? [:]
      #expect(scenarios["empty"]?["requests"] == 300)
      #expect(scenarios["unary"]?["requests"] == 150)
      #expect(scenarios["health"]?["requests"] == 150)
      let latency = report["latency_ms"] as? [String: Double] ?? [:]
      let p50 = latency["p50"] ?? -1
      let p99 = latency["p99"] ?? -1
      let max = latency["max"] ?? -1
      #expect(p50 > 0 && p50 <= p99 && p99 <= max)
      #expect((report["throughput"] as? Double ?? 0) > 0)
    }
  }

  @Test("an open-loop run at a fixed rate ends at its duration bound")
  func openLoop() async throws {
    try #require(
      FileManager.default.isExecutableFile(atPath: Self.binary), "\(BuiltProducts.missing)")
    try await TestServer.with { server in
      let run = try await Self.run(
        port: server.port,
        ["--rate", "200", "--duration", "1", "--requests", "100000", "--mix", "empty"])
      #expect(run.status == 0, "\(run.output)")
      let requests = run.report["requests"] as? Int ?? 0
      // 200 per second for one second: the duration bound, not the count, ends it.
      #expect(requests >= 190 && requests <= 200)
      #expect(run.report["mode"] as? String == "open")
      #expect(run.report["failed"] as? Int == 0)
    }
  }

  @Test("errors over --max-errors give exit status 2 and are counted by grpc-status")
  func errorsOverThreshold() async throws {
    try #require(
      FileManager.default.isExecutableFile(atPath: Self.binary), "\(BuiltProducts.missing)")
    try await TestServer.with { server in
      // A deadline no call can meet.
      let run = try await Self.run(
        port: server.port, ["--requests", "50", "--timeout", "0.000001", "--max-errors", "10"])
      #expect(run.status == 2, "\(run.output)")
      #expect(run.report["failed"] as? Int == 50)
      #expect((run.report["errors"] as? [String: Int])?["DEADLINE_EXCEEDED"] == 50)
      #expect(run.output.contains("more than --max-errors 10"))
    }
  }

  @Test("no server: exit status 1 with the reason")
  func noServer() async throws {
    try #require(
      FileManager.default.isExecutableFile(atPath: Self.binary), "\(BuiltProducts.missing)")
    let port = try await TestServer.with { $0.port }  // stopped: nothing listens there now
    let run = try await Self.run(port: port, ["--requests", "10"])
    #expect(run.status == 1)
    #expect(run.output.contains("UNAVAILABLE"))
  }

  @Test("bad arguments are refused with what is allowed")
  func badArguments() async throws {
    try #require(
      FileManager.default.isExecutableFile(atPath: Self.binary), "\(BuiltProducts.missing)")
    let run = try await Self.run(port: 1, ["--connections", "0"])
    #expect(run.status == 64)
    #expect(run.output.contains("--connections must be 1 to 1000"))
    let mix = try await Self.run(port: 1, ["--mix", "meetings"])
    #expect(mix.status == 64)
    #expect(
      mix.output.contains(
        "unknown scenario \"meetings\" in --mix; known: dialogues, empty, grants, health, meeting-places, unary"
      ))
  }
}

/// The grants scenario against the real services: workflows timed per RPC, books checked.
@Suite("samarbeid-load grants") struct GrantsHarnessTests {
  @Test("a bounded grants run: every RPC of every workflow succeeds and the books balance")
  func grants() async throws {
    try #require(
      FileManager.default.isExecutableFile(atPath: HarnessRunTests.binary),
      "\(BuiltProducts.missing)")
    try await ApplicationServer.with { server in
      let certificates = TestCertificates.directory
      let run = try await HarnessRunTests.run(
        port: server.port,
        [
          "--mix", "grants", "--requests", "40", "--duration", "60", "--connections", "2",
          "--streams", "4",
          "--tenants", "3999,4699", "--oversight-cert", certificates + "/oversight-imdi.pem",
          "--oversight-key", certificates + "/oversight-imdi.key",
        ])
      #expect(run.status == 0, "\(run.output)")
      #expect(run.report["requests"] as? Int == 40)
      #expect(run.report["failed"] as? Int == 0)
      let rpcs = run.report["rpcs"] as? [String: [String: Any]] ?? [:]
      #expect(rpcs.count == 10)
      #expect(rpcs.values.allSatisfy { $0["requests"] as? Int == 40 && $0["failed"] as? Int == 0 })
      let books = run.report["books"] as? [String: Any] ?? [:]
      #expect(books["checked"] as? Int == 120, "40 organisations, 40 decisions, 40 payments")
      #expect(books["missing"] as? Int == 0)
      #expect((books["violations"] as? [Any])?.isEmpty == true)
    }
  }
}

/// The meeting-places scenario against the real services: places per worker, gatherings
/// planned and completed concurrently, books and summaries checked.
@Suite("samarbeid-load meeting places") struct MeetingPlacesHarnessTests {
  @Test("a bounded meeting-places run: every gathering acknowledged is there, summaries add up")
  func meetingPlaces() async throws {
    try #require(
      FileManager.default.isExecutableFile(atPath: HarnessRunTests.binary),
      "\(BuiltProducts.missing)")
    try await ApplicationServer.with { server in
      let certificates = TestCertificates.directory
      let run = try await HarnessRunTests.run(
        port: server.port,
        [
          "--mix", "meeting-places", "--requests", "48", "--duration", "60", "--connections",
          "2", "--streams", "4", "--tenants", "3999,4699", "--oversight-cert",
          certificates + "/oversight-imdi.pem", "--oversight-key",
          certificates + "/oversight-imdi.key",
        ])
      #expect(run.status == 0, "\(run.output)")
      #expect(run.report["requests"] as? Int == 48)
      #expect(run.report["failed"] as? Int == 0)
      let rpcs = run.report["rpcs"] as? [String: [String: Any]] ?? [:]
      #expect(rpcs["CompleteGathering"]?["requests"] as? Int == 48)
      #expect(rpcs["CreateMeetingPlace"]?["requests"] as? Int == 8, "one place per worker")
      let books = run.report["books"] as? [String: Any] ?? [:]
      #expect(books["checked"] as? Int == 56, "8 places and 48 gatherings")
      #expect(books["missing"] as? Int == 0)
      #expect((books["violations"] as? [Any])?.isEmpty == true)
    }
  }
}

/// The dialogues scenario against the real services: meetings, approvals, views and actions
/// concurrently, books and the summary checked.
@Suite("samarbeid-load dialogues") struct DialoguesHarnessTests {
  @Test("a bounded dialogues run: every acknowledged meeting is there as acknowledged")
  func dialogues() async throws {
    try #require(
      FileManager.default.isExecutableFile(atPath: HarnessRunTests.binary),
      "\(BuiltProducts.missing)")
    try await ApplicationServer.with { server in
      let certificates = TestCertificates.directory
      let run = try await HarnessRunTests.run(
        port: server.port,
        [
          "--mix", "dialogues", "--requests", "40", "--duration", "60", "--connections", "2",
          "--streams", "4", "--tenants", "3999,4699", "--oversight-cert",
          certificates + "/oversight-imdi.pem", "--oversight-key",
          certificates + "/oversight-imdi.key",
        ])
      #expect(run.status == 0, "\(run.output)")
      #expect(run.report["failed"] as? Int == 0)
      let rpcs = run.report["rpcs"] as? [String: [String: Any]] ?? [:]
      #expect(rpcs["CreateDialogueMeeting"]?["requests"] as? Int == 40)
      #expect(rpcs["ApproveMinutes"]?["requests"] as? Int == 80)
      let books = run.report["books"] as? [String: Any] ?? [:]
      #expect(books["checked"] as? Int == 40)
      #expect(books["missing"] as? Int == 0)
      #expect((books["violations"] as? [Any])?.isEmpty == true, "\(books)")
    }
  }
}
