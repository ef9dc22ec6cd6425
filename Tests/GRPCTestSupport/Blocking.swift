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
