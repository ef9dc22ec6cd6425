import HTTP2
import Synchronization
import Testing

@Suite("Event loops")
struct EventLoopTests {
  @Test("work from other threads runs on the loop's thread, in order")
  func execute() async throws {
    let loop = try EventLoop(index: 0)
    loop.start()
    defer {
      loop.stop()
      loop.join()
    }
    let order = Mutex<[Int]>([])
    await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
      for index in 0..<100 {
        loop.execute {
          precondition(loop.inEventLoop)
          order.withLock { $0.append(index) }
          if index == 99 { continuation.resume() }
        }
      }
    }
    #expect(order.withLock { $0 } == Array(0..<100))
  }

  @Test("timers fire in deadline order; cancelled ones do not")
  func timers() async throws {
    let loop = try EventLoop(index: 0)
    loop.start()
    defer {
      loop.stop()
      loop.join()
    }
    let fired = Mutex<[String]>([])
    await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
      loop.execute {
        loop.schedule(after: .milliseconds(30)) {
          fired.withLock { $0.append("late") }
          continuation.resume()
        }
        let cancelled = loop.schedule(after: .milliseconds(10)) {
          fired.withLock { $0.append("cancelled") }
        }
        loop.schedule(after: .milliseconds(5)) { fired.withLock { $0.append("early") } }
        loop.cancel(cancelled)
      }
    }
    #expect(fired.withLock { $0 } == ["early", "late"])
  }

  @Test("tasks that prefer the loop run on its thread")
  func taskExecutor() async throws {
    let loop = try EventLoop(index: 0)
    loop.start()
    defer {
      loop.stop()
      loop.join()
    }
    let onLoop = await Task(executorPreference: loop) {
      try? await Task.sleep(for: .milliseconds(1))
      return loop.inEventLoop
    }.value
    #expect(onLoop)
  }
}
