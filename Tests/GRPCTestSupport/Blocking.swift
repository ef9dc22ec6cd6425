public import Foundation

/// Runs blocking work (the raw client's socket reads) on its own thread, so Swift
/// concurrency's few threads stay free for the server's tasks.
public func onThread<Value: Sendable>(_ body: @escaping @Sendable () throws -> Value) async throws
  -> Value
{
  try await withCheckedThrowingContinuation { continuation in
    let thread = Thread {
      continuation.resume(with: Result<Value, any Error> { try body() })
    }
    thread.start()
  }
}

/// Starts `process`, one Foundation launch at a time in this test process: Process.run
/// crashed now and then (a bad read inside it) while other threads launched too. The CLI's
/// runs go through posix_spawn instead (``spawn(_:_:timeout:)``).
public func launch(_ process: Process) throws {
  launching.lock()
  defer { launching.unlock() }
  try process.run()
}

private let launching = NSLock()
