import Foundation
import GRPCTestSupport

/// samarbeid-server as a child process on 127.0.0.1 and a free port, over `dataDirectory`.
final class ServerProcess {
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
  static let binary = root.appendingPathComponent(".build/debug/samarbeid-server").path

  struct StartFailure: Error, CustomStringConvertible {
    var description: String
  }

  let process = Process()
  let port: Int

  /// Starts the server and waits (at most 30 s) for its ready line.
  init(dataDirectory: URL, crlPath: String = TestCertificates.crlPath) throws {
    let certificates = TestCertificates.directory
    process.executableURL = URL(fileURLWithPath: Self.binary)
    process.arguments = [
      "--host", "127.0.0.1", "--port", "0", "--threads", "2", "--cert",
      certificates + "/server.pem",
      "--key", certificates + "/server.key", "--ca", certificates + "/ca.pem", "--crl",
      crlPath,
      "--data-dir", dataDirectory.path, "--tenants-file", TestCertificates.tenantsFilePath,
      "--log-level", "error",
    ]
    let output = Pipe()
    process.standardOutput = output
    process.standardError = FileHandle.nullDevice
    try process.run()
    var line = Data()
    let deadline = Date().addingTimeInterval(30)
    while !line.contains(UInt8(ascii: "\n")) && Date() < deadline {
      let chunk = output.fileHandleForReading.availableData
      if chunk.isEmpty { break }
      line.append(chunk)
    }
    let text = String(decoding: line, as: UTF8.self)
    guard let range = text.range(of: "ready on 127.0.0.1:"),
      let port = Int(text[range.upperBound...].prefix { $0.isNumber })
    else {
      process.terminate()
      throw StartFailure(description: "samarbeid-server did not start: \(text.debugDescription)")
    }
    self.port = port
  }

  /// Kills the server at once (SIGKILL): no shutdown, no flush beyond what was committed.
  func kill() {
    Foundation.kill(process.processIdentifier, SIGKILL)
    process.waitUntilExit()
  }

  /// Asks the server to reload its certificate and revocation list (SIGHUP).
  func reload() {
    Foundation.kill(process.processIdentifier, SIGHUP)
  }

  /// Stops the server gracefully (SIGTERM) and returns its exit status.
  func stop() -> Int32 {
    process.terminate()
    process.waitUntilExit()
    return process.terminationStatus
  }
}
