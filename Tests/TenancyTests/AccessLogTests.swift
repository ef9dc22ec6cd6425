import Foundation
import GRPCTestSupport
import RPC
import SamarbeidAPI
import SamarbeidClient
import StandardServices
import Testing

/// One structured access-log line per RPC (issue 16), as log shippers read it: the server
/// binary with `--log-format json`.
@Suite("Access log") struct AccessLogTests {
  @Test("a JSON line per RPC: method, status, duration, bytes, peer, caller, tenant; no body")
  func lines() async throws {
    let data = FileManager.default.temporaryDirectory.appendingPathComponent("access-\(UUID())")
    defer { try? FileManager.default.removeItem(at: data) }
    let log = data.appendingPathExtension("log")
    defer { try? FileManager.default.removeItem(at: log) }
    let server = try await ServerProcess.start(
      dataDirectory: data, extraArguments: ["--log-level", "info", "--log-format", "json"],
      logFile: log)
    let organisation = Sample.organisation(7, name: "Navn som ikke logges")
    try await Clients.with(port: server.port, ["kommune-0301", "kommune-4601"]) { clients in
      let created = try await clients["kommune-0301"].createOrganisation(organisation)
      _ = await #expect(throws: (any Error).self) {
        try await clients["kommune-4601"].getOrganisation(created.id)
      }
      _ = await #expect(throws: (any Error).self) {
        _ = try await clients["kommune-0301"].unary(
          MethodDescriptor(service: "samarbeid.v1.Nope", method: "Probe"), request: Empty(),
          responseType: Empty.self)
      }
      // Refused by tenancy: a municipality asking for IMDi's indicators.
      _ = await #expect(throws: (any Error).self) {
        _ = try await clients["kommune-0301"].unary(
          OversightMethods.listIndicators, request: ListIndicatorsRequest())
      }
      // Open to anyone, and still named by the certificate that came with it.
      _ = try await clients["kommune-4601"].unary(
        HealthService.check, request: HealthCheckRequest(), responseType: HealthCheckResponse.self)
    }
    #expect(await server.stop() == 0)
    let lines = try String(contentsOf: log, encoding: .utf8).split(separator: "\n")
    let objects = lines.compactMap {
      (try? JSONSerialization.jsonObject(with: Data($0.utf8))) as? [String: Any]
    }
    #expect(objects.count == lines.count, "every line is a JSON object")
    // Times to the millisecond, as log shippers order lines.
    #expect(
      objects.allSatisfy {
        ($0["time"] as? String)?.wholeMatch(of: /\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z/)
          != nil
      })
    let access = objects.filter { $0["logger"] as? String == "samarbeid.access" }
    let create = try #require(
      access.first {
        $0["rpc.method"] as? String == "/samarbeid.v1.Organisations/CreateOrganisation"
      })
    #expect(create["grpc.status"] as? String == "OK")
    #expect(create["caller.identity"] as? String == "spiffe://samarbeid/kommune/0301")
    #expect((create["caller.tenant"] as? String)?.hasPrefix("t-") == true)
    // Numbers as JSON numbers, not strings.
    #expect((create["request.bytes"] as? Int) ?? 0 > 20)
    #expect((create["response.bytes"] as? Int) ?? 0 > 20)
    #expect(create["duration.ms"] is Double || create["duration.ms"] is Int)
    #expect(!(create["duration.ms"] is String))
    #expect((create["peer"] as? String)?.hasPrefix("127.0.0.1:") == true)
    let refused = try #require(
      access.first { $0["rpc.method"] as? String == "/samarbeid.v1.Organisations/GetOrganisation" })
    #expect(refused["grpc.status"] as? String == "NOT_FOUND")
    #expect(refused["caller.identity"] as? String == "spiffe://samarbeid/kommune/4601")
    let denied = try #require(
      access.first { $0["rpc.method"] as? String == "/samarbeid.v1.Oversight/ListIndicators" })
    #expect(denied["grpc.status"] as? String == "PERMISSION_DENIED")
    #expect(denied["caller.identity"] as? String == "spiffe://samarbeid/kommune/0301")
    let health = try #require(
      access.first { $0["rpc.method"] as? String == "/grpc.health.v1.Health/Check" })
    #expect(health["caller.identity"] as? String == "spiffe://samarbeid/kommune/4601")
    #expect(!lines.contains { $0.contains("Navn som ikke logges") }, "no message body is logged")
    // A request for a method the server does not have is logged too, by its path.
    let unknown = try #require(
      access.first { $0["rpc.path"] as? String == "/samarbeid.v1.Nope/Probe" })
    #expect(unknown["grpc.status"] as? String == "UNIMPLEMENTED")
    #expect(unknown["rpc.method"] as? String == "/unknown/unknown")
  }
}
