import Foundation
import GRPCFuzzing
import GRPCServerTransport
import GRPCTestSupport
import HTTP2
import Logging
import SamarbeidClient
import Testing

/// Real clients at full speed against the release samarbeid-server, as deployed: stock gRPC
/// clients must never meet a defence. Each case fails on any failed call, any GOAWAY or
/// connection loss the client did not ask for, and any defence the server reports having
/// fired (its `stopped (defences fired: ...)` line); the last case attacks the same binary
/// and checks that the defences still fire. Run apart from the other suites (`make unit`),
/// so the full-speed load does not disturb them; `make real-clients BURN=4` runs them with
/// four CPU burners beside them. Rates are printed, never asserted.
@Suite("Real clients at full speed", .serialized)
struct RealClientsTests {
  /// Each case's bound: five of the flood ledger's one-second accounting periods at full
  /// speed (grpcio's idle keepalive channel spans the whole run, pinging every 10 s).
  static let seconds = 5.0

  static func requireBinaries() throws {
    try #require(
      FileManager.default.isExecutableFile(atPath: ServerProcess.releaseBinary),
      "build first: swift build -c release --product samarbeid-server")
  }

  /// Runs `body` against a fresh release server; returns the defences it reported. With
  /// `SAMARBEID_CPU_BURN=N` (`make real-clients BURN=N`) N processes keep the cores busy
  /// beside server and client, as other jobs do on a shared CI runner.
  static func withServer(_ body: (ServerProcess) async throws -> Void) async throws
    -> [String: Int]
  {
    try await CPUBurner.with(processes: CPUBurner.requested) {
      try await withServerAlone(body)
    }
  }

  private static func withServerAlone(_ body: (ServerProcess) async throws -> Void) async throws
    -> [String: Int]
  {
    try requireBinaries()
    let data = FileManager.default.temporaryDirectory.appendingPathComponent(
      "real-clients-\(UUID())")
    defer { try? FileManager.default.removeItem(at: data) }
    let server = try await ServerProcess.start(
      binary: ServerProcess.releaseBinary, dataDirectory: data)
    do {
      try await body(server)
    } catch {
      _ = await server.stopReporting()
      throw error
    }
    let (status, output) = await server.stopReporting()
    #expect(status == 0, "the server exits 0 after SIGTERM")
    return try #require(
      ServerProcess.defencesFired(in: output), "no stopped line in \(output.debugDescription)")
  }

  @Test("Python grpcio, sync and aio, every shape and a mix, keepalive 10 s: nothing cut off")
  func pythonGrpcio() async throws {
    guard ExternalClients.pythonAvailable else {
      #expect(
        ProcessInfo.processInfo.environment["SAMARBEID_REQUIRE_PYTHON_INTEROP"] == nil,
        "the Python stubs are missing: make venv stubs")
      return
    }
    var cases: [[String: Any]] = []
    let fired = try await Self.withServer { server in
      let run = try await ExternalClients.run(
        ExternalClients.python,
        [ExternalClients.realClients, "--port", "\(server.port)", "--seconds", "\(Self.seconds)"]
          + ExternalClients.certificateArguments("kommune-0301"),
        limit: 600)
      cases = ExternalClients.jsonLines(run.output)
      for report in cases where report["summary"] == nil {
        print(
          "grpcio \(report["name"] ?? "?"): \(report["calls_per_second"] ?? 0) calls/s, "
            + "\(report["messages_per_second"] ?? 0) messages/s, \(report["calls"] ?? 0) calls")
      }
      #expect(run.status == 0, "\(run.output)")
    }
    let summary = cases.last { $0["summary"] != nil }
    #expect((summary?["failed"] as? [String]) == [], "failed cases: \(summary ?? [:])")
    #expect(cases.count >= 16, "every case reported")
    for report in cases where report["summary"] == nil {
      #expect((report["errors"] as? [String: Int])?.isEmpty == true, "\(report)")
      #expect(report["connection_losses"] as? Int == 0, "\(report)")
    }
    #expect(fired == [:], "defences fired on grpcio: \(fired)")
  }

  @Test("SamarbeidClient on one connection, every shape and a mix: nothing cut off")
  func samarbeidClient() async throws {
    var events = ClientConnectionEvents.Snapshot()
    var clientDefences: [HTTP2Defence: Int] = [:]
    let fired = try await Self.withServer { server in
      let configuration = ClientFixture.configuration(port: server.port).with {
        $0.connections = 1
        $0.maxReceiveMessageSize = 4 << 20
      }
      try await ClientFixture.with(configuration) { client in
        let cases = SwiftClientCases(client: client, seconds: Self.seconds)
        var outcomes: [SwiftClientCases.Outcome] = []
        outcomes.append(
          try await cases.unary("unary sequential", size: 32, width: 1, limit: 50_000))
        outcomes.append(
          try await cases.unary("unary 100 concurrent", size: 32, width: 100, limit: 200_000))
        outcomes.append(
          try await cases.unary(
            "unary 1 MiB, 100 concurrent", size: 1 << 20, width: 100, limit: 5_000))
        outcomes.append(try await cases.serverStreaming(count: 100_000))
        outcomes.append(try await cases.clientStreaming(count: 100_000))
        outcomes.append(try await cases.pingPong(limit: 100_000))
        outcomes.append(try await cases.mix())
        for outcome in outcomes { print("SamarbeidClient \(outcome)") }
        events = client.connectionEvents.snapshot
        clientDefences = client.connectionEvents.defences.snapshot
      }
    }
    #expect(events.ready == 1, "one connection served every call: \(events)")
    #expect(events.goAways == 0 && events.lost == 0, "\(events)")
    #expect(clientDefences.isEmpty, "the client's defences fired on the server: \(clientDefences)")
    #expect(fired == [:], "defences fired on SamarbeidClient: \(fired)")
  }

  @Test("samarbeid-load, 16 connections x 64 streams: every request answered")
  func samarbeidLoad() async throws {
    try #require(
      FileManager.default.isExecutableFile(atPath: ExternalClients.loadBinary),
      "build first: swift build -c release --product samarbeid-load")
    let fired = try await Self.withServer { server in
      let run = try await ExternalClients.run(
        ExternalClients.loadBinary,
        [
          "--port", "\(server.port)", "--connections", "16", "--streams", "64", "--requests",
          "2000000", "--duration", "\(Self.seconds)", "--mix", "empty=1,unary=1,health=1",
          "--quiet",
        ] + ExternalClients.certificateArguments("loadtest"),
        limit: Self.seconds + 60)
      print(
        "samarbeid-load: \(run.output.split(separator: "\n").suffix(12).joined(separator: " | "))")
      #expect(run.status == 0, "\(run.output)")
      #expect(run.output.contains("succeeded, 0 failed"), "\(run.output)")
    }
    #expect(fired == [:], "defences fired on samarbeid-load: \(fired)")
  }

  @Test("h2load, 16 connections x 100 streams: no request fails")
  func h2load() async throws {
    guard let h2load = ExternalClients.h2load else {
      #expect(
        ProcessInfo.processInfo.environment["SAMARBEID_REQUIRE_PYTHON_INTEROP"] == nil,
        "h2load is missing: apt-get install nghttp2-client")
      return
    }
    let body = FileManager.default.temporaryDirectory.appendingPathComponent("h2load-\(UUID())")
    try Data([0, 0, 0, 0, 0]).write(to: body)
    defer { try? FileManager.default.removeItem(at: body) }
    let fired = try await Self.withServer { server in
      let run = try await ExternalClients.run(
        h2load,
        [
          "-c", "16", "-m", "100", "-D", "\(Int(Self.seconds))", "-t", "1", "-H",
          "content-type: application/grpc", "-H", "te: trailers", "-d", body.path,
          "https://127.0.0.1:\(server.port)/grpc.health.v1.Health/Check",
        ],
        limit: Self.seconds + 60)
      let lines = run.output.split(separator: "\n")
      let summary = lines.first { $0.hasPrefix("requests:") }.map(String.init) ?? ""
      print("h2load: \(lines.first { $0.hasPrefix("finished in") } ?? "") \(summary)")
      #expect(run.status == 0, "\(run.output)")
      #expect(summary.contains(" 0 failed, 0 errored, 0 timeout"), "\(run.output)")
    }
    #expect(fired == [:], "defences fired on h2load: \(fired)")
  }

  @Test("1 MiB calls filling a stream cap of 8 beside four CPU burners: none refused")
  func largeCallsOnABusyMachine() async throws {
    // Handler tasks return late on a busy machine, well after their streams closed; no
    // defence may take that for abuse (issue 24). In process, with burners of its own.
    let (outcome, fired) = try await CPUBurner.with(processes: 4, limit: 120) {
      try await TestServer.with(configure: { $0.connection.settings.maxConcurrentStreams = 8 }) {
        server in
        let configuration = ClientFixture.configuration(port: server.port).with {
          $0.connections = 1
          $0.maxReceiveMessageSize = 4 << 20
        }
        let outcome = try await ClientFixture.with(configuration) { client in
          try await SwiftClientCases(client: client, seconds: Self.seconds).unary(
            "unary 1 MiB, 8 concurrent, 4 burners", size: 1 << 20, width: 8, limit: 400)
        }
        return (outcome, server.server.defences.snapshot)
      }
    }
    print("busy machine: \(outcome)")
    #expect(outcome.calls > 0)
    #expect(fired.isEmpty, "defences fired on a well-behaved client: \(fired)")
  }

  @Test("the same binary still stops a WINDOW_UPDATE flood, ping abuse and Rapid Reset")
  func attacksStillStopped() async throws {
    let fired = try await Self.withServer { server in
      try await onThread {
        let flood = try RawHTTP2Client(port: server.port)
        flood.write(Array(repeating: RawFrame.windowUpdate(stream: 0, increment: 1), count: 5_000))
        #expect(flood.waitUntilClosedByServer())
        #expect(flood.goAways.last?.errorCode == 0xB)

        let pings = try RawHTTP2Client(port: server.port)
        for index in 0..<5 {
          pings.write([
            RawFrame(
              type: RawFrame.ping, flags: 0, streamID: 0,
              payload: [UInt8](repeating: UInt8(index), count: 8))
          ])
        }
        #expect(pings.waitUntilClosedByServer())

        let resets = try RawHTTP2Client(port: server.port)
        let block = HPACK.encode(
          RawHTTP2Client.requestHeaders(path: "/grpc.health.v1.Health/Check"))
        var frames: [RawFrame] = []
        for index in 0..<1_000 {
          let stream = UInt32(2 * index + 1)
          frames.append(
            RawFrame(
              type: RawFrame.headers, flags: RawFrame.endHeaders, streamID: stream,
              payload: block))
          frames.append(.rstStream(stream: stream, code: 8))
        }
        resets.write(frames)
        #expect(resets.waitUntilClosedByServer())
      }
    }
    #expect(fired["frame_flood"] == 1, "\(fired)")
    #expect(fired["ping_strikes"] == 1, "\(fired)")
    #expect(fired["premature_resets"] == 1, "\(fired)")
  }
}
