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
    }
    #expect(await server.stop() == 0)
    let lines = try String(contentsOf: log, encoding: .utf8).split(separator: "\n")
    let objects = lines.compactMap {
      (try? JSONSerialization.jsonObject(with: Data($0.utf8))) as? [String: String]
    }
    #expect(objects.count == lines.count, "every line is a JSON object of strings")
    let access = objects.filter { $0["logger"] == "samarbeid.access" }
    let create = try #require(
      access.first { $0["rpc.method"] == "/samarbeid.v1.Organisations/CreateOrganisation" })
    #expect(create["grpc.status"] == "OK")
    #expect(create["caller.identity"] == "spiffe://samarbeid/kommune/0301")
    #expect(create["caller.tenant"]?.hasPrefix("t-") == true)
    #expect(Int(create["request.bytes"] ?? "") ?? 0 > 20)
    #expect(Int(create["response.bytes"] ?? "") ?? 0 > 20)
    #expect(Double(create["duration.ms"] ?? "") != nil)
    #expect(create["peer"]?.hasPrefix("127.0.0.1:") == true)
    let refused = try #require(
      access.first { $0["rpc.method"] == "/samarbeid.v1.Organisations/GetOrganisation" })
    #expect(refused["grpc.status"] == "NOT_FOUND")
    #expect(refused["caller.identity"] == "spiffe://samarbeid/kommune/4601")
    #expect(!lines.contains { $0.contains("Navn som ikke logges") }, "no message body is logged")
    // A request for a method the server does not have is logged too, by its path.
    let unknown = try #require(access.first { $0["rpc.path"] == "/samarbeid.v1.Nope/Probe" })
    #expect(
      unknown["grpc.status"] == "UNIMPLEMENTED" && unknown["rpc.method"] == "/unknown/unknown")
  }
}
