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
  let output = Pipe()
  let errors = Pipe()
  var actions = posix_spawn_file_actions_t()
  posix_spawn_file_actions_init(&actions)
  defer { posix_spawn_file_actions_destroy(&actions) }
  posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
  posix_spawn_file_actions_adddup2(&actions, output.fileHandleForWriting.fileDescriptor, 1)
  posix_spawn_file_actions_adddup2(&actions, errors.fileHandleForWriting.fileDescriptor, 2)
  let argv = ([path] + arguments).map { strdup($0) } + [nil]
  defer { for pointer in argv { free(pointer) } }
  var pid: pid_t = 0
  let spawned = posix_spawn(&pid, path, &actions, nil, argv, environ)
  try output.fileHandleForWriting.close()
  try errors.fileHandleForWriting.close()
  guard spawned == 0 else {
    throw CocoaError(.executableLoad, userInfo: [NSFilePathErrorKey: path])
  }
  let killer = DispatchWorkItem { kill(pid, SIGTERM) }
  DispatchQueue.global().asyncAfter(deadline: .now() + timeout, execute: killer)
  let printed = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
  let complained = String(
    decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
  var status: Int32 = 0
  while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
  killer.cancel()
  let exited = status & 0x7f == 0
  return SpawnResult(
    status: exited ? (status >> 8) & 0xff : 128 + (status & 0x7f), output: printed,
    errors: complained)
}

/// A child process left running, its standard output readable (standard error discarded),
/// started through posix_spawn as ``spawn(_:_:timeout:)`` is.
public final class SpawnedChild: @unchecked Sendable {
  public let pid: pid_t
  /// Its standard output.
  public let output: FileHandle

  public init(_ path: String, _ arguments: [String]) throws {
    let pipe = Pipe()
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
    posix_spawn_file_actions_adddup2(&actions, pipe.fileHandleForWriting.fileDescriptor, 1)
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
    let argv = ([path] + arguments).map { strdup($0) } + [nil]
    defer { for pointer in argv { free(pointer) } }
    var pid: pid_t = 0
    let spawned = posix_spawn(&pid, path, &actions, nil, argv, environ)
    try pipe.fileHandleForWriting.close()
    guard spawned == 0 else {
      throw CocoaError(.executableLoad, userInfo: [NSFilePathErrorKey: path])
    }
    self.pid = pid
    output = pipe.fileHandleForReading
  }

  /// Whether it has not exited yet.
  public var isRunning: Bool {
    var status: Int32 = 0
    return waitpid(pid, &status, WNOHANG) == 0
  }

  /// Ends it (SIGTERM) and waits for it.
  public func terminate() {
    guard kill(pid, SIGTERM) == 0 else { return }
    var status: Int32 = 0
    while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
  }
}
