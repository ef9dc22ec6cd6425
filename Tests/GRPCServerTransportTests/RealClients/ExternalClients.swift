import Foundation
import GRPCTestSupport

/// The real clients that run as processes: Python grpcio (Tests/Interop/real_clients.py),
/// the samarbeid-load binary and h2load; each bounded in time and killed past a limit.
enum ExternalClients {
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
  static let python = root.appendingPathComponent(".venv/bin/python").path
  static let stubs = root.appendingPathComponent(".build-interop/gen/grpc/testing/test_pb2_grpc.py")
    .path
  static let realClients = root.appendingPathComponent("Tests/Interop/real_clients.py").path
  static let loadBinary = BuiltProducts.releasePath("samarbeid-load")

  /// Whether the Python environment and stubs exist (`make venv stubs`).
  static var pythonAvailable: Bool {
    FileManager.default.isExecutableFile(atPath: python)
      && FileManager.default.fileExists(atPath: stubs)
  }

  /// Where h2load is, if installed (Debian's nghttp2-client).
  static var h2load: String? {
    ["/usr/bin/h2load", "/usr/local/bin/h2load"].first {
      FileManager.default.isExecutableFile(atPath: $0)
    }
  }

  /// Runs `executable` with `arguments` from the package root, killed after `limit` seconds.
  static func run(_ executable: String, _ arguments: [String], limit: Double) async throws
    -> ChildProcess.Finished
  {
    try await ChildProcess.run(executable, arguments, directory: root, limit: limit)
  }

  /// The JSON objects among `output`'s lines.
  static func jsonLines(_ output: String) -> [[String: Any]] {
    output.split(separator: "\n").compactMap { line in
      guard line.hasPrefix("{") else { return nil }
      return (try? JSONSerialization.jsonObject(with: Data(line.utf8))) as? [String: Any]
    }
  }

  /// Certificate arguments for `identity`.
  static func certificateArguments(_ identity: String) -> [String] {
    let directory = TestCertificates.directory
    return [
      "--ca", directory + "/ca.pem", "--cert", directory + "/\(identity).pem", "--key",
      directory + "/\(identity).key",
    ]
  }
}
