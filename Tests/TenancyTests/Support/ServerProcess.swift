import Foundation
import GRPCTestSupport

/// samarbeid-server as a child process on 127.0.0.1 and a free port, over `dataDirectory`.
///
/// `@unchecked Sendable`: the stored properties never change after `init`, and the process
/// is only signalled and waited for.
final class ServerProcess: @unchecked Sendable {
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
  static let binary = root.appendingPathComponent(".build/debug/samarbeid-server").path

  struct StartFailure: Error, CustomStringConvertible {
    var description: String
  }

  let process = Process()
  let port: Int

  /// Starts the server and waits (at most 30 s, on its own thread) for its ready line.
  static func start(dataDirectory: URL, crlPath: String = TestCertificates.crlPath) async throws
    -> ServerProcess
  {
    try await onThread { try ServerProcess(dataDirectory: dataDirectory, crlPath: crlPath) }
  }

  /// Runs `body` with a started server and always stops it.
  static func with<Result>(
    dataDirectory: URL, crlPath: String = TestCertificates.crlPath,
    _ body: (ServerProcess) async throws -> Result
  ) async throws -> Result {
    let server = try await start(dataDirectory: dataDirectory, crlPath: crlPath)
    do {
      let result = try await body(server)
      await server.stop()
      return result
    } catch {
      await server.stop()
      throw error
    }
  }

  private init(dataDirectory: URL, crlPath: String) throws {
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
  func kill() async {
    _ = try? await onThread { self.killNow() }
  }

  private func killNow() {
    Foundation.kill(process.processIdentifier, SIGKILL)
    process.waitUntilExit()
  }

  /// Asks the server to reload its certificate and revocation list (SIGHUP).
  func reload() {
    Foundation.kill(process.processIdentifier, SIGHUP)
  }

  /// Stops the server gracefully (SIGTERM) and returns its exit status.
  @discardableResult
  func stop() async -> Int32 {
    (try? await onThread { () -> Int32 in
      self.process.terminate()
      self.process.waitUntilExit()
      return self.process.terminationStatus
    }) ?? -1
  }
}
