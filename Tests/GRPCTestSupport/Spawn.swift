public import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// What a child process printed and how it ended.
public struct SpawnResult: Sendable {
  public var status: Int32
  public var output: String
  public var errors: String
}

/// Runs `path` with `arguments` (and the parent's environment) to its end, killed after
/// `timeout` seconds, through posix_spawn: Foundation's Process.run crashes now and then (a
/// bad read while copying its arguments) when a test process has many threads and files.
public func spawn(_ path: String, _ arguments: [String], timeout: Double = 60) throws
  -> SpawnResult
{
  let child = try SpawnedChild(path, arguments, capturingErrors: true)
  let killer = DispatchWorkItem { kill(child.pid, SIGTERM) }
  DispatchQueue.global().asyncAfter(deadline: .now() + timeout, execute: killer)
  let printed = String(decoding: child.output.readDataToEndOfFile(), as: UTF8.self)
  let complained = String(
    decoding: child.errors?.readDataToEndOfFile() ?? Data(), as: UTF8.self)
  let status = child.wait()
  killer.cancel()
  return SpawnResult(status: status, output: printed, errors: complained)
}

/// A child process left running, its standard output readable (standard error discarded),
/// started through posix_spawn (what ``spawn(_:_:timeout:)`` runs to its end).
public final class SpawnedChild: @unchecked Sendable {
  public let pid: pid_t
  /// Its standard output.
  public let output: FileHandle

  /// Its standard error, when captured.
  public let errors: FileHandle?

  /// Starts `path` with `arguments`; standard error is captured, or discarded.
  public init(_ path: String, _ arguments: [String], capturingErrors: Bool = false) throws {
    let pipe = Pipe()
    let errorPipe = capturingErrors ? Pipe() : nil
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
    posix_spawn_file_actions_adddup2(&actions, pipe.fileHandleForWriting.fileDescriptor, 1)
    if let errorPipe {
      posix_spawn_file_actions_adddup2(&actions, errorPipe.fileHandleForWriting.fileDescriptor, 2)
    } else {
      posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
    }
    let argv = ([path] + arguments).map { strdup($0) } + [nil]
    defer { for pointer in argv { free(pointer) } }
    var pid: pid_t = 0
    let spawned = posix_spawn(&pid, path, &actions, nil, argv, environ)
    try pipe.fileHandleForWriting.close()
    try errorPipe?.fileHandleForWriting.close()
    guard spawned == 0 else {
      throw CocoaError(.executableLoad, userInfo: [NSFilePathErrorKey: path])
    }
    self.pid = pid
    output = pipe.fileHandleForReading
    errors = errorPipe?.fileHandleForReading
  }

  /// Waits for it to exit; its exit status, or 128 plus the signal that ended it.
  public func wait() -> Int32 {
    var status: Int32 = 0
    while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
    return status & 0x7f == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
  }

  /// Whether it has not exited yet.
  public var isRunning: Bool {
    var status: Int32 = 0
    return waitpid(pid, &status, WNOHANG) == 0
  }

  /// Ends it (SIGTERM) and waits for it.
  public func terminate() {
    guard kill(pid, SIGTERM) == 0 else { return }
    _ = wait()
  }
}
