import Foundation

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

/// Starts `process`, one launch at a time in this test process: Foundation's Process.run
/// crashes (a bad read in its argument copying) when several threads launch at once.
func launch(_ process: Process) throws {
  launching.lock()
  defer { launching.unlock() }
  try process.run()
}

private let launching = NSLock()
