internal import Dispatch
internal import Synchronization

/// Runs `operation` and waits for it on the calling thread: for the store's own worker
/// threads, which run a transaction's synchronous body and must wait for each statement.
/// Never call it from a task (it would hold a thread of the shared pool).
func blocking<Value: Sendable>(_ operation: @escaping @Sendable () async throws -> Value) throws
  -> Value
{
  let done = DispatchSemaphore(value: 0)
  let outcome = Mutex<Result<Value, any Error>?>(nil)
  Task {
    let result: Result<Value, any Error>
    do { result = .success(try await operation()) } catch { result = .failure(error) }
    outcome.withLock { $0 = result }
    done.signal()
  }
  done.wait()
  return try outcome.withLock { $0! }.get()
}
