import Foundation
import GRPCTestSupport
import Glibc
import RPC
import SamarbeidAPI
import SamarbeidClient
import StandardServices
import Testing

/// The admin listener (issue 16): /metrics in Prometheus' text format, /healthz, /readyz,
/// on its own plain-HTTP port.
@Suite("Admin listener") struct AdminListenerTests {
  /// `GET path` on the admin port: the status line and the body.
  static func get(_ path: String, port: Int) throws -> (status: String, body: String) {
    let socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
    defer { close(socket) }
    var address = sockaddr_in()
    address.sin_family = sa_family_t(AF_INET)
    address.sin_port = in_port_t(UInt16(port).bigEndian)
    inet_pton(AF_INET, "127.0.0.1", &address.sin_addr)
    let connected = withUnsafePointer(to: &address) {
      $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
        connect(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
      }
    }
    try #require(connected == 0, "the admin port answers (errno \(errno))")
    let request = Array("GET \(path) HTTP/1.1\r\nHost: localhost\r\n\r\n".utf8)
    _ = request.withUnsafeBytes { send(socket, $0.baseAddress, $0.count, 0) }
    var response: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 65_536)
    while true {
      let count = recv(socket, &chunk, chunk.count, 0)
      if count <= 0 { break }
      response += chunk[0..<count]
    }
    let text = String(decoding: response, as: UTF8.self)
    guard let end = text.range(of: "\r\n\r\n") else { return (text, "") }
    let status = text[..<end.lowerBound].components(separatedBy: "\r\n").first ?? ""
    return (status, String(text[end.upperBound...]))
  }

  @Test("metrics of RPCs by method and code, latency, state and refusals; health and readiness")
  func metrics() async throws {
    let data = FileManager.default.temporaryDirectory.appendingPathComponent("admin-\(UUID())")
    defer { try? FileManager.default.removeItem(at: data) }
    let server = try await ServerProcess.start(
      dataDirectory: data, extraArguments: ["--admin-port", "0"])
    let admin = try #require(server.adminPort, "the ready line names the admin port")
    try await Clients.with(port: server.port, ["kommune-0301", "kommune-4601"]) { clients in
      let created = try await clients["kommune-0301"].createOrganisation(Sample.organisation(3))
      _ = await #expect(throws: (any Error).self) {
        try await clients["kommune-4601"].getOrganisation(created.id)
      }
    }
    // A client with a certificate of another CA fails its handshake.
    _ = await #expect(throws: (any Error).self) {
      try await Clients.with(port: server.port, ["foreign-kommune-0301"]) { clients in
        _ = try await clients["foreign-kommune-0301"].listOrganisations()
      }
    }
    let (metrics, health, ready, missing) = try await onThread {
      (
        try Self.get("/metrics", port: admin), try Self.get("/healthz", port: admin),
        try Self.get("/readyz", port: admin), try Self.get("/nope", port: admin)
      )
    }
    #expect(metrics.status == "HTTP/1.1 200 OK")
    for line in [
      #"grpc_server_handled_total{grpc_type="unary",grpc_service="samarbeid.v1.Organisations",grpc_method="CreateOrganisation",grpc_code="OK"} 1"#,
      #"grpc_server_handled_total{grpc_type="unary",grpc_service="samarbeid.v1.Organisations",grpc_method="GetOrganisation",grpc_code="NOT_FOUND"} 1"#,
      #"grpc_server_handling_seconds_count{grpc_type="unary",grpc_service="samarbeid.v1.Organisations",grpc_method="CreateOrganisation"} 1"#,
      // Every defence at 0 before it fires; every metric described.
      #"samarbeid_http2_refusals_total{kind="premature_resets"} 0"#,
      "# HELP grpc_server_handled_total ", "# HELP samarbeid_group_commit_seconds ",
      "# TYPE samarbeid_open_connections gauge", "samarbeid_tenant_stores_open",
      "grpc_server_rpcs_in_progress 0", "samarbeid_group_commit_seconds_count",
      #"samarbeid_tls_handshake_failures_total{reason="#,
    ] {
      #expect(metrics.body.contains(line), "\(line)")
    }
    #expect(!metrics.body.contains("tenant=\""), "no tenant label")
    try await Self.expectParsedByPrometheus(metrics.body)
    #expect(health.status == "HTTP/1.1 200 OK" && health.body == "ok\n")
    #expect(ready.status == "HTTP/1.1 200 OK")
    #expect(missing.status == "HTTP/1.1 404 Not Found")
    #expect(await server.stop() == 0)
  }

  /// `exposition` as Prometheus' Python client parses it (make venv installs it): every family
  /// parses and has a description. Skipped without the venv unless Python is required.
  static func expectParsedByPrometheus(_ exposition: String) async throws {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent()
    let python = root.appendingPathComponent(".venv/bin/python").path
    guard FileManager.default.isExecutableFile(atPath: python) else {
      #expect(ProcessInfo.processInfo.environment["SAMARBEID_REQUIRE_PYTHON_INTEROP"] == nil)
      return
    }
    let file = FileManager.default.temporaryDirectory.appendingPathComponent(
      "metrics-\(UUID()).txt")
    defer { try? FileManager.default.removeItem(at: file) }
    try exposition.write(to: file, atomically: true, encoding: .utf8)
    let check = """
      import sys
      from prometheus_client.parser import text_string_to_metric_families
      families = list(text_string_to_metric_families(open(sys.argv[1]).read()))
      undescribed = [f.name for f in families if not f.documentation]
      print(len(families), "families; undescribed:", undescribed)
      sys.exit(1 if undescribed or len(families) < 10 else 0)
      """
    let parsed = try await ChildProcess.run(python, ["-c", check, file.path], limit: 60)
    #expect(parsed.status == 0, "\(parsed.output)")
  }

  @Test("draining: Health watchers hear NOT_SERVING, then UNAVAILABLE; /readyz answers 503")
  func draining() async throws {
    let data = FileManager.default.temporaryDirectory.appendingPathComponent("drain-\(UUID())")
    defer { try? FileManager.default.removeItem(at: data) }
    let server = try await ServerProcess.start(
      dataDirectory: data, extraArguments: ["--admin-port", "0"])
    let admin = try #require(server.adminPort)
    let (statuses, ready, ended) = try await Clients.with(port: server.port, ["kommune-0301"]) {
      clients in
      let client = clients["kommune-0301"]
      // A call still streaming holds the drain (a watch does not: it ends at once).
      var slow = StreamingOutputCallRequest()
      slow.responseParameters = (0..<3).map { _ in
        var parameters = ResponseParameters()
        parameters.size = 10
        parameters.intervalMicroseconds = 1_000_000
        return parameters
      }
      let streaming = Task {
        try await client.serverStreaming(
          MethodDescriptor(service: TestService.name, method: "StreamingOutputCall"),
          request: slow, responseType: StreamingOutputCallResponse.self,
          options: CallOptions(timeout: .seconds(20))
        ) { responses in
          var count = 0
          for try await _ in responses { count += 1 }
          return count
        }
      }
      var statuses: [HealthCheckResponse.ServingStatus] = []
      var ready = ""
      var ended: RPCError?
      do {
        try await client.serverStreaming(
          HealthService.watch, request: HealthCheckRequest(),
          responseType: HealthCheckResponse.self, options: CallOptions(timeout: .seconds(20))
        ) { stream in
          for try await response in stream {
            statuses.append(response.status)
            if statuses.count == 1 { server.beginShutdown() }
            if response.status == .notServing {
              ready = try await onThread { try Self.get("/readyz", port: admin) }.status
            }
          }
        }
      } catch let error as RPCError {
        ended = error
      }
      #expect(try await streaming.value == 3, "the running call finished within the grace")
      return (statuses, ready, ended)
    }
    #expect(statuses == [HealthCheckResponse.ServingStatus.serving, .notServing])
    #expect(ready == "HTTP/1.1 503 Service Unavailable")
    #expect(ended?.code == .unavailable, "\(String(describing: ended))")
    #expect(await server.stop() == 0)
  }
}

/// Limits that change while the server runs (issue 16): `--limits-file`, again on SIGHUP.
@Suite("Limits reloaded on SIGHUP") struct LimitsReloadTests {
  @Test("a tenant's call rate lowered in the limits file applies after SIGHUP, and is logged")
  func reload() async throws {
    let data = FileManager.default.temporaryDirectory.appendingPathComponent("limits-\(UUID())")
    defer { try? FileManager.default.removeItem(at: data) }
    let file = data.appendingPathExtension("json")
    let log = data.appendingPathExtension("log")
    defer {
      try? FileManager.default.removeItem(at: file)
      try? FileManager.default.removeItem(at: log)
    }
    try #"{"tenant-calls-per-second": 1000}"#.write(to: file, atomically: true, encoding: .utf8)
    let server = try await ServerProcess.start(
      dataDirectory: data, extraArguments: ["--limits-file", file.path, "--log-level", "info"],
      logFile: log)
    /// How many of 6 calls at once were refused RESOURCE_EXHAUSTED.
    func burst(_ client: GRPCClient) async -> Int {
      await withTaskGroup(of: Bool.self) { group in
        for _ in 0..<6 {
          group.addTask {
            do {
              _ = try await client.listOrganisations()
              return false
            } catch let error as RPCError {
              return error.code == .resourceExhausted
            } catch {
              return false
            }
          }
        }
        return await group.reduce(0) { $0 + ($1 ? 1 : 0) }
      }
    }
    let (before, after) = try await Clients.with(port: server.port, ["kommune-0301"]) {
      clients in
      let before = await burst(clients["kommune-0301"])
      try #"{"tenant-calls-per-second": 1, "tenant-quota": {"4601": 50}}"#.write(
        to: file, atomically: true, encoding: .utf8)
      server.reload()
      try await Task.sleep(for: .seconds(1))
      return (before, await burst(clients["kommune-0301"]))
    }
    #expect(before == 0)
    #expect(after >= 1, "one call a second: a burst of six is partly refused")
    #expect(await server.stop() == 0)
    let text = try String(contentsOf: log, encoding: .utf8)
    #expect(text.contains("Reloaded limits"), "\(text.suffix(2000))")
    #expect(text.contains("tenant-calls-per-second 1000 → 1"))
    #expect(text.contains("tenant-quota"))
  }
}
