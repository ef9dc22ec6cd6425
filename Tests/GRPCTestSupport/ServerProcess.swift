public import Foundation

/// samarbeid-server as a child process on 127.0.0.1 and a free port, over `dataDirectory`.
///
/// `@unchecked Sendable`: the stored properties never change after `init`, and the process
/// is only signalled and waited for.
public final class ServerProcess: @unchecked Sendable {
  /// The build of the configuration the tests run in.
  public static let binary = BuiltProducts.path("samarbeid-server")
  /// The release build (`swift build -c release --product samarbeid-server`).
  public static let releaseBinary = BuiltProducts.releasePath("samarbeid-server")

  struct StartFailure: Error, CustomStringConvertible {
    var description: String
  }

  let process = Process()
  private let output = Pipe()
  /// The port the server listens on.
  public let port: Int
  /// The port of its admin listener (`--admin-port 0` among the extra arguments), if any.
  public let adminPort: Int?

  /// Starts the server and waits (at most 30 s, on its own thread) for its ready line.
  /// `launcher` runs it (`["/usr/bin/prlimit", "--nofile=256:"]`), when given.
  public static func start(
    binary: String = binary, dataDirectory: URL, crlPath: String = TestCertificates.crlPath,
    extraArguments: [String] = [], logFile: URL? = nil, launcher: [String] = []
  ) async throws -> ServerProcess {
    try await onThread {
      try ServerProcess(
        binary: binary, dataDirectory: dataDirectory, crlPath: crlPath,
        extraArguments: extraArguments, logFile: logFile, launcher: launcher)
    }
  }

  /// The server's process identifier.
  public var processIdentifier: Int32 { process.processIdentifier }

  /// Runs `body` with a started server and always stops it.
  public static func with<Result>(
    binary: String = binary, dataDirectory: URL, crlPath: String = TestCertificates.crlPath,
    extraArguments: [String] = [],
    _ body: (ServerProcess) async throws -> Result
  ) async throws -> Result {
    let server = try await start(
      binary: binary, dataDirectory: dataDirectory, crlPath: crlPath,
      extraArguments: extraArguments)
    do {
      let result = try await body(server)
      await server.stop()
      return result
    } catch {
      await server.stop()
      throw error
    }
  }

  private init(
    binary: String, dataDirectory: URL, crlPath: String, extraArguments: [String], logFile: URL?,
    launcher: [String] = []
  ) throws {
    let certificates = TestCertificates.directory
    process.executableURL = URL(fileURLWithPath: launcher.first ?? binary)
    process.arguments =
      (launcher.isEmpty ? [] : Array(launcher.dropFirst()) + [binary])
      + [
        "--host", "127.0.0.1", "--port", "0", "--threads", "2", "--cert",
        certificates + "/server.pem",
        "--key", certificates + "/server.key", "--ca", certificates + "/ca.pem", "--crl",
        crlPath,
        "--data-dir", dataDirectory.path, "--tenants-file", TestCertificates.tenantsFilePath,
        "--log-level", "error",
      ] + extraArguments
    process.standardOutput = output
    if let logFile {
      _ = FileManager.default.createFile(atPath: logFile.path, contents: nil)
      process.standardError = try FileHandle(forWritingTo: logFile)
    } else {
      process.standardError = FileHandle.nullDevice
    }
    try launch(process)
    let text = ChildProcess.firstLine(of: output, within: 30)
    guard let range = text.range(of: "ready on 127.0.0.1:"),
      let port = Int(text[range.upperBound...].prefix { $0.isNumber })
    else {
      process.terminate()
      throw StartFailure(description: "samarbeid-server did not start: \(text.debugDescription)")
    }
    self.port = port
    adminPort = text.range(of: "admin http://127.0.0.1:").flatMap {
      Int(text[$0.upperBound...].prefix { $0.isNumber })
    }
  }

  /// Kills the server at once (SIGKILL): no shutdown, no flush beyond what was committed.
  public func kill() async {
    _ = try? await onThread { self.killNow() }
  }

  private func killNow() {
    Foundation.kill(process.processIdentifier, SIGKILL)
    process.waitUntilExit()
  }

  /// Asks the server to shut down gracefully (SIGTERM) without waiting for it.
  public func beginShutdown() {
    Foundation.kill(process.processIdentifier, SIGTERM)
  }

  /// Asks the server to reload its certificate and revocation list (SIGHUP).
  public func reload() {
    Foundation.kill(process.processIdentifier, SIGHUP)
  }

  /// Stops the server gracefully (SIGTERM) and returns its exit status.
  @discardableResult
  public func stop() async -> Int32 {
    await stopReporting().status
  }

  /// Stops the server gracefully (SIGTERM); its exit status and what it printed after its
  /// ready line (the `stopped (defences fired: ...)` line).
  public func stopReporting() async -> (status: Int32, output: String) {
    (try? await onThread { () -> (Int32, String) in
      self.process.terminate()
      let rest = self.output.fileHandleForReading.readDataToEndOfFile()
      self.process.waitUntilExit()
      return (self.process.terminationStatus, String(decoding: rest, as: UTF8.self))
    }) ?? (-1, "")
  }

  /// The defences the server reported firing in its stopped line (empty: none), or nil when
  /// `output` has no such line.
  public static func defencesFired(in output: String) -> [String: Int]? {
    guard let range = output.range(of: "stopped (defences fired: "),
      let end = output[range.upperBound...].firstIndex(of: ")")
    else { return nil }
    let list = output[range.upperBound..<end]
    guard list != "none" else { return [:] }
    var fired: [String: Int] = [:]
    for item in list.split(separator: ",") {
      let parts = item.split(separator: " ")
      if parts.count == 2, let count = Int(parts[1]) { fired[String(parts[0])] = count }
    }
    return fired
  }
}
