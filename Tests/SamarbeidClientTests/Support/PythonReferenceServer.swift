import Foundation
import GRPCTestSupport

/// The independent gRPC server: Python grpcio serving grpc.testing.TestService from the
/// stubs `make stubs` generates (Tests/Interop/interop_server.py), on a free loopback port.
final class PythonReferenceServer {
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
  static let python = root.appendingPathComponent(".venv/bin/python").path
  static let stubs = root.appendingPathComponent(".build-interop/gen/grpc/testing/test_pb2_grpc.py")
    .path

  /// Whether the virtual environment and the stubs exist (`make venv stubs`).
  static var isAvailable: Bool {
    FileManager.default.isExecutableFile(atPath: python)
      && FileManager.default.fileExists(atPath: stubs)
  }

  struct StartFailure: Error, CustomStringConvertible {
    var description: String
  }

  let process = Process()
  private let input = Pipe()
  let port: Int

  init() throws {
    let output = Pipe()
    let certificates = Self.root.appendingPathComponent("certs/out").path
    process.executableURL = URL(fileURLWithPath: Self.python)
    process.arguments = [
      Self.root.appendingPathComponent("Tests/Interop/interop_server.py").path,
      "--cert", certificates + "/server.pem", "--key", certificates + "/server.key",
      "--ca", certificates + "/ca.pem",
    ]
    process.standardInput = input
    process.standardOutput = output
    process.standardError = FileHandle.nullDevice
    try launch(process)
    // The first line is "ready on port N" (bounded: the server starts in about a second).
    let text = ChildProcess.firstLine(of: output, within: 30)
    guard
      let port = text.split(separator: " ").last.flatMap({
        Int($0.trimmingCharacters(in: .whitespacesAndNewlines))
      })
    else {
      process.terminate()
      throw StartFailure(
        description: "the Python reference server did not start: \(text.debugDescription)")
    }
    self.port = port
  }

  /// Stops the server (closing its stdin ends it too, should this process die first).
  func stop() {
    try? input.fileHandleForWriting.close()
    process.terminate()
    process.waitUntilExit()
  }

  /// Runs `body` with a started server and always stops it.
  static func with<Result>(_ body: (PythonReferenceServer) async throws -> Result) async throws
    -> Result
  {
    let server = try PythonReferenceServer()
    defer { server.stop() }
    return try await body(server)
  }
}
