extension EventLoop {
  /// A scheduled timer, for cancelling it.
  public struct TimerHandle: Sendable, Hashable {
    let id: UInt64
  }

  /// Runs `action` on the loop at `deadline` (loop thread only).
  @discardableResult
  public func schedule(at deadline: ContinuousClock.Instant, _ action: @escaping () -> Void)
    -> TimerHandle
  {
    preconditionInEventLoop()
    return TimerHandle(id: timers.schedule(at: deadline, action))
  }

  /// Runs `action` on the loop after `delay` (loop thread only).
  @discardableResult
  public func schedule(after delay: Duration, _ action: @escaping () -> Void) -> TimerHandle {
    schedule(at: .now + delay, action)
  }

  /// Cancels a timer that has not fired (loop thread only).
  public func cancel(_ timer: TimerHandle) {
    preconditionInEventLoop()
    timers.cancel(timer.id)
  }

  func timeoutUntilNextTimer() -> Int32 {
    guard let next = timers.nextDeadline() else { return -1 }
    let remaining = next - .now
    guard remaining > .zero else { return 0 }
    let (seconds, attoseconds) = remaining.components
    let milliseconds = seconds * 1000 + (attoseconds + 999_999_999_999_999) / 1_000_000_000_000_000
    return Int32(clamping: milliseconds)
  }

  func fireTimers() {
    guard !timers.isEmpty else { return }
    for action in timers.popDue(now: .now) { action() }
  }
}
