internal import Dispatch
internal import Storage
internal import Synchronization

/// Runs `operation` (connecting, which postgres-nio offers only as `async`) and waits for it
/// on the calling thread, a store's worker thread, for `timeout` at most. Never call it from a
/// task (it would hold a thread of the shared pool that `operation` may need).
func blocking<Value: Sendable>(
  timeout: DispatchTimeInterval = .seconds(30),
  _ operation: @escaping @Sendable () async throws -> Value
) throws -> Value {
  let done = DispatchSemaphore(value: 0)
  let outcome = Mutex<Result<Value, any Error>?>(nil)
  Task {
    let result: Result<Value, any Error>
    do { result = .success(try await operation()) } catch { result = .failure(error) }
    outcome.withLock { $0 = result }
    done.signal()
  }
  guard done.wait(timeout: .now() + timeout) == .success else {
    throw StorageError(.unavailable, "PostgreSQL did not answer within \(timeout)")
  }
  return try outcome.withLock { $0! }.get()
}
