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

/// Runs the binary against one server, as an operator would: from a scratch directory (not
/// the repository), with a home of its own (no configuration file unless a test writes one)
/// and no SAMARBEID_ variables but those a test gives.
public struct CLIRunner: Sendable {
  /// The build of `samarbeid` of the configuration the tests run in.
  public static let binary = BuiltProducts.path("samarbeid")

  public let port: Int
  /// The directory the binary runs in, and its HOME.
  public let directory: String

  public init(port: Int) {
    self.port = port
    directory =
      FileManager.default.temporaryDirectory.appendingPathComponent(
        "samarbeid-cli-\(UUID().uuidString.prefix(8))"
      ).path
    try? FileManager.default.createDirectory(
      atPath: directory, withIntermediateDirectories: true)
  }

  /// The flags naming the server and `identity`'s development certificate.
  public func connection(as identity: String) -> [String] {
    let certificates = TestCertificates.directory
    return [
      "--port", "\(port)", "--ca", certificates + "/ca.pem", "--cert",
      certificates + "/\(identity).pem", "--key", certificates + "/\(identity).key",
    ]
  }

  /// Runs `samarbeid` with `arguments` as `identity` (bounded: killed after 60 s), on its
  /// own thread: the in-process server needs Swift concurrency's few threads meanwhile.
  public func cli(_ arguments: [String], as identity: String = "kommune-0301", json: Bool = true)
    async throws
    -> CLIRun
  {
    try await run(arguments + connection(as: identity) + (json ? ["--json"] : []))
  }

  /// Runs `binary` (`samarbeid` unless named) with exactly `arguments` and the variables of
  /// `environment`.
  public func run(
    _ arguments: [String], environment: [String: String] = [:], binary: String = CLIRunner.binary
  ) async throws -> CLIRun {
    try await onThread { try runBlocking(arguments, environment: environment, binary: binary) }
  }

  func runBlocking(_ arguments: [String], environment extra: [String: String], binary: String)
    throws -> CLIRun
  {
    // Through env(1): the scratch directory, HOME and the variables, none inherited.
    let inherited = ProcessInfo.processInfo.environment.keys.filter {
      $0.hasPrefix("SAMARBEID_") || $0 == "XDG_CONFIG_HOME"
    }
    let result = try spawn(
      "/usr/bin/env",
      ["-C", directory] + inherited.flatMap { ["-u", $0] } + ["HOME=\(directory)"]
        + extra.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" } + [binary]
        + arguments)
    return CLIRun(status: result.status, output: result.output, errors: result.errors)
  }
}
