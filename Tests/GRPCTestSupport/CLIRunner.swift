internal import Foundation

/// What one run of the `samarbeid` binary printed, and its exit status.
public struct CLIRun: Sendable {
  public var status: Int32
  public var output: String
  public var errors: String

  /// The JSON object printed.
  public var object: [String: Any] {
    (try? JSONSerialization.jsonObject(with: Data(output.utf8))) as? [String: Any] ?? [:]
  }

  public var rows: [[String: Any]] {
    (try? JSONSerialization.jsonObject(with: Data(output.utf8))) as? [[String: Any]] ?? []
  }
}

/// Runs the binary against one server.
public struct CLIRunner: Sendable {
  /// The debug build of `samarbeid`.
  public static let binary = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent(".build/debug/samarbeid").path

  public let port: Int

  public init(port: Int) { self.port = port }

  /// Runs `samarbeid` with `arguments` as `identity` (bounded: killed after 60 s), on its
  /// own thread: the in-process server needs Swift concurrency's few threads meanwhile.
  public func cli(_ arguments: [String], as identity: String = "kommune-0301", json: Bool = true)
    async throws
    -> CLIRun
  {
    try await onThread { try cliBlocking(arguments, as: identity, json: json) }
  }

  public func cliBlocking(_ arguments: [String], as identity: String, json: Bool) throws -> CLIRun {
    let certificates = TestCertificates.directory
    let process = Process()
    process.executableURL = URL(fileURLWithPath: CLIRunner.binary)
    process.arguments =
      arguments + [
        "--port", "\(port)", "--ca", certificates + "/ca.pem", "--cert",
        certificates + "/\(identity).pem",
        "--key", certificates + "/\(identity).key",
      ] + (json ? ["--json"] : [])
    let output = Pipe()
    let errors = Pipe()
    process.standardOutput = output
    process.standardError = errors
    try process.run()
    let killer = DispatchWorkItem { process.terminate() }
    DispatchQueue.global().asyncAfter(deadline: .now() + 60, execute: killer)
    let printed = String(
      decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    let complained = String(
      decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    killer.cancel()
    return CLIRun(status: process.terminationStatus, output: printed, errors: complained)
  }
}
