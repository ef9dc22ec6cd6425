import Foundation
import GRPCTestSupport
import StoreTestSupport
import Testing

/// The request fuzzer (Tests/Interop/request_fuzzer.py, Python protobuf's descriptors of
/// proto/samarbeid/v1) over every RPC of every service, seeded and bounded, against the
/// server binary: no call gets UNKNOWN, INTERNAL, UNAVAILABLE or no answer, no refused call
/// changes anything, the server lives. `make fuzz-requests` runs it longer.
@Suite("Request fuzzer over every samarbeid.v1 RPC")
struct RequestFuzzTests {
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()
  static let python = root.appendingPathComponent(".venv/bin/python").path
  static let fuzzer = root.appendingPathComponent("Tests/Interop/request_fuzzer.py").path
  static let stubs = root.appendingPathComponent(".build-interop/gen/samarbeid/v1/grants_pb2.py")
    .path

  @Test(
    "up to 1,500 hostile requests in a minute, then the extreme-value scenarios: every status deliberate"
  )
  func fuzz() async throws {
    guard FileManager.default.fileExists(atPath: Self.stubs) else {
      #expect(
        ProcessInfo.processInfo.environment["SAMARBEID_REQUIRE_PYTHON_INTEROP"] == nil,
        "the Python stubs are missing: make stubs")
      return
    }
    try #require(
      FileManager.default.isExecutableFile(atPath: ServerProcess.binary),
      "\(BuiltProducts.missing)"
    )
    // On the test store of the run: SQLite, or PostgreSQL in the test command's second pass
    // (whose text columns refuse what SQLite's take, such as NUL).
    let place = try await TestStores.fresh(TestStores.standard)
    let data = FileManager.default.temporaryDirectory.appendingPathComponent("fuzz-\(UUID())")
    defer { try? FileManager.default.removeItem(at: data) }
    let outcome: (status: Int32, output: String, stopped: Int32)
    do {
      let server = try await ServerProcess.start(
        dataDirectory: data, extraArguments: place.serverArguments)
      let run: (status: Int32, output: String)
      do {
        let child = try await ChildProcess.run(
          Self.python,
          [
            Self.fuzzer, "--port", "\(server.port)", "--certs", TestCertificates.directory,
            "--seed", "1", "--calls", "1500", "--seconds", "60",
          ], limit: 300, mergingErrors: false)
        run = (child.status, child.output)
      } catch {
        await server.stop()
        throw error
      }
      outcome = (run.status, run.output, await server.stop())
    } catch {
      await place.remove()
      throw error
    }
    await place.remove()
    let (status, output, stopped) = outcome
    let report =
      (try? JSONSerialization.jsonObject(with: Data(output.utf8))) as? [String: Any] ?? [:]
    print("request fuzzer: \(report["calls"] ?? "?") calls in \(report["seconds"] ?? "?") s")
    #expect(status == 0, "\(output.prefix(4000))")
    #expect(report["alive"] as? Bool == true)
    #expect((report["failures"] as? [Any])?.isEmpty == true)
    #expect((report["methods"] as? Int ?? 0) >= 40, "every RPC reached: \(report["methods"] ?? 0)")
    #expect(stopped == 0, "the server exits 0 after SIGTERM")
  }
}
