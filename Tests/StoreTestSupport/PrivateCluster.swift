import Foundation
import Storage

/// A PostgreSQL cluster of one test's own (Tools/test-postgres.sh), which the test may crash
/// and start again without disturbing the suite's shared one.
public final class PrivateCluster: Sendable {
  static let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("Tools/test-postgres.sh").path

  /// The cluster's directory.
  public let directory: String
  /// Its `postgres` database, as the superuser (password `samarbeid-test`).
  public let url: String

  private init(directory: String, url: String) {
    self.directory = directory
    self.url = url
  }

  /// A new cluster (fsync off: the tests crash the database, not the machine).
  public static func start() throws -> PrivateCluster {
    let directory = "/tmp/samarbeid-postgres-\(UUID().uuidString.prefix(8))"
    let output = try run("start", directory)
    return PrivateCluster(
      directory: directory,
      url: output.trimmingCharacters(in: .whitespacesAndNewlines))
  }

  /// Stops the database at once, as a crash would (its WAL stays; clients lose their
  /// connections).
  public func crash() throws { _ = try Self.run("crash", directory) }

  /// Starts it again on the same port.
  public func restart() throws { _ = try Self.run("restart", directory) }

  /// Stops it and removes its directory.
  public func stop() { _ = try? Self.run("stop", directory) }

  /// Runs the script through posix_spawn with only standard input, output (a file) and error
  /// open in it: the database it starts must inherit none of this test process's files (a
  /// pipe another test reads to its end would then never end).
  @discardableResult
  static func run(_ command: String, _ directory: String) throws -> String {
    let file = FileManager.default.temporaryDirectory.appendingPathComponent("pg-\(UUID())").path
    defer { unlink(file) }
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 1, file, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
    let arguments = ["/usr/bin/env", "SAMARBEID_TEST_PG_FSYNC=off", script, command, directory]
    let argv = arguments.map { strdup($0) } + [nil]
    defer { for pointer in argv { free(pointer) } }
    var pid: pid_t = 0
    guard posix_spawn(&pid, "/usr/bin/env", &actions, nil, argv, environ) == 0 else {
      throw StorageError(.unavailable, "cannot run test-postgres.sh")
    }
    var status: Int32 = 0
    while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
    guard status == 0 else {
      throw StorageError(.unavailable, "test-postgres.sh \(command) failed (status \(status))")
    }
    return (try? String(contentsOfFile: file, encoding: .utf8)) ?? ""
  }
}
