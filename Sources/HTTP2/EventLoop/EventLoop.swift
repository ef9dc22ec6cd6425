internal import CLinux
internal import Glibc
internal import Synchronization

/// One thread, one epoll set: sockets, timers, queued work and Swift tasks that prefer it.
///
/// Everything registered with a loop (sockets, TLS and HTTP/2 state) is touched only on its
/// thread, so none of it needs a lock. Other threads reach the loop through ``execute(_:)``
/// and the task executor, which queue work under a lock and wake the loop with an eventfd.
///
/// Jobs of tasks at high priority or above (calls of municipalities using little of the
/// server, see the tenancy interceptor) run before the others, between any two of them.
///
/// `@unchecked Sendable`: the loop-confined properties are only used on the loop's thread
/// (checked with ``preconditionInEventLoop()`` in the registration calls); the shared queue
/// is behind a `Mutex`.
public final class EventLoop: @unchecked Sendable {
  enum Job: Sendable {
    case closure(@Sendable () -> Void)
    case task(UnownedJob)
  }

  struct Remote: ~Copyable {
    var jobs: [Job] = []
    var urgentJobs: [Job] = []
    var wakePending = false
  }

  /// The loop's number in its group.
  public let index: Int
  let epollFD: Int32
  let wakeFD: Int32
  let remote = Mutex(Remote())
  /// Set when another thread queued an urgent job: checked between jobs without the lock.
  let remoteUrgentPending = Atomic<Bool>(false)

  // Loop-confined state.
  @exclusivity(unchecked) var handlers: [Int32: any EventLoopIOHandler] = [:]
  @exclusivity(unchecked) var localJobs: [Job] = []
  @exclusivity(unchecked) var localUrgentJobs: [Job] = []
  @exclusivity(unchecked) var timers = TimerHeap()
  @exclusivity(unchecked) var beforeSleep: [() -> Void] = []
  @exclusivity(unchecked) var stopRequested = false
  /// A buffer connections on this loop decrypt into; one per loop, not per connection, so an
  /// idle connection holds no read buffer.
  public let readBuffer = UnsafeMutableRawBufferPointer.allocate(
    byteCount: 64 * 1024, alignment: 16)
  private(set) var thread: pthread_t?
  private let finished = Mutex(false)

  /// A loop; call ``start()`` to give it its thread.
  public init(index: Int) throws(SocketError) {
    self.index = index
    epollFD = epoll_create1(Int32(EPOLL_CLOEXEC))
    guard epollFD >= 0 else { throw SocketError(operation: "epoll_create1") }
    wakeFD = eventfd(0, Int32(EFD_NONBLOCK | EFD_CLOEXEC))
    guard wakeFD >= 0 else { throw SocketError(operation: "eventfd") }
    var event = epoll_event()
    event.events = EPOLLIN.rawValue
    event.data.fd = wakeFD
    guard epoll_ctl(epollFD, EPOLL_CTL_ADD, wakeFD, &event) == 0 else {
      throw SocketError(operation: "epoll_ctl(eventfd)")
    }
  }

  deinit {
    close(wakeFD)
    close(epollFD)
    readBuffer.deallocate()
  }

  /// Starts the loop's thread.
  public func start() {
    let box = Unmanaged.passRetained(self)
    var thread = pthread_t()
    let result = pthread_create(
      &thread,
      nil,
      { argument in
        let loop = Unmanaged<EventLoop>.fromOpaque(argument!).takeRetainedValue()
        loop.run()
        return nil
      },
      box.toOpaque()
    )
    precondition(result == 0, "pthread_create failed: \(result)")
    self.thread = thread
  }

  /// Whether the caller is on this loop's thread.
  public var inEventLoop: Bool {
    guard let thread else { return false }
    return pthread_equal(pthread_self(), thread) != 0
  }

  /// Stops with a message unless on this loop's thread.
  public func preconditionInEventLoop(file: StaticString = #fileID, line: UInt = #line) {
    precondition(inEventLoop, "not on event loop \(index)", file: file, line: line)
  }

  /// Runs `work` on the loop's thread, soon.
  public func execute(_ work: @escaping @Sendable () -> Void) {
    enqueue(.closure(work))
  }

  func enqueue(_ job: Job, urgent: Bool = false) {
    if inEventLoop {
      if urgent { localUrgentJobs.append(job) } else { localJobs.append(job) }
      return
    }
    let wake = remote.withLock { remote in
      if urgent { remote.urgentJobs.append(job) } else { remote.jobs.append(job) }
      defer { remote.wakePending = true }
      return !remote.wakePending
    }
    if urgent { remoteUrgentPending.store(true, ordering: .releasing) }
    if wake { wakeUp() }
  }

  private func wakeUp() {
    var one: UInt64 = 1
    _ = write(wakeFD, &one, 8)
  }

  /// Asks the loop to stop after its current iteration; returns at once.
  public func stop() {
    execute { [self] in stopRequested = true }
  }

  /// Waits until the loop's thread has ended.
  public func join() {
    if let thread { pthread_join(thread, nil) }
  }

  // MARK: Registration (loop thread only)

  /// Watches `fileDescriptor` for readability and/or writability.
  public func register(
    _ fileDescriptor: Int32,
    handler: any EventLoopIOHandler,
    readable: Bool,
    writable: Bool
  ) throws(SocketError) {
    preconditionInEventLoop()
    var event = Self.event(fileDescriptor, readable: readable, writable: writable)
    guard epoll_ctl(epollFD, EPOLL_CTL_ADD, fileDescriptor, &event) == 0 else {
      throw SocketError(operation: "epoll_ctl(ADD)")
    }
    handlers[fileDescriptor] = handler
  }

  /// Changes what `fileDescriptor` is watched for.
  public func setInterest(_ fileDescriptor: Int32, readable: Bool, writable: Bool) {
    preconditionInEventLoop()
    var event = Self.event(fileDescriptor, readable: readable, writable: writable)
    _ = epoll_ctl(epollFD, EPOLL_CTL_MOD, fileDescriptor, &event)
  }

  /// Stops watching `fileDescriptor` (before it is closed).
  public func deregister(_ fileDescriptor: Int32) {
    preconditionInEventLoop()
    _ = epoll_ctl(epollFD, EPOLL_CTL_DEL, fileDescriptor, nil)
    handlers[fileDescriptor] = nil
  }

  /// Runs `action` once, after the current batch of events and jobs and before the loop
  /// waits again: where connections flush what the batch produced.
  public func runBeforeSleep(_ action: @escaping () -> Void) {
    preconditionInEventLoop()
    beforeSleep.append(action)
  }

  private static func event(_ fileDescriptor: Int32, readable: Bool, writable: Bool) -> epoll_event
  {
    var event = epoll_event()
    event.events =
      (readable ? EPOLLIN.rawValue : 0) | (writable ? EPOLLOUT.rawValue : 0) | EPOLLRDHUP.rawValue
    event.data.fd = fileDescriptor
    return event
  }

  // MARK: The loop

  private func run() {
    var events = [epoll_event](repeating: epoll_event(), count: 256)
    while !stopRequested {
      runJobs()
      runBeforeSleepActions()
      if stopRequested { break }
      if !localJobs.isEmpty || !localUrgentJobs.isEmpty {
        pollOnce(&events, timeoutMilliseconds: 0)
        continue
      }
      pollOnce(&events, timeoutMilliseconds: timeoutUntilNextTimer())
    }
    // Let what was queued last run, so nothing waits forever.
    runJobs()
    runBeforeSleepActions()
    finished.withLock { $0 = true }
  }

  private func pollOnce(_ events: inout [epoll_event], timeoutMilliseconds: Int32) {
    let count = events.withUnsafeMutableBufferPointer { buffer in
      epoll_wait(epollFD, buffer.baseAddress, Int32(buffer.count), timeoutMilliseconds)
    }
    if count > 0 {
      for index in 0..<Int(count) {
        let event = events[index]
        let fileDescriptor = event.data.fd
        if fileDescriptor == wakeFD {
          drainWakeups()
          continue
        }
        guard let handler = handlers[fileDescriptor] else { continue }
        let flags = event.events
        handler.handleIO(
          readable: flags & (EPOLLIN.rawValue | EPOLLRDHUP.rawValue) != 0,
          writable: flags & EPOLLOUT.rawValue != 0,
          hangup: flags & (EPOLLHUP.rawValue | EPOLLERR.rawValue) != 0
        )
      }
    }
    fireTimers()
  }

  private func drainWakeups() {
    var value: UInt64 = 0
    _ = read(wakeFD, &value, 8)
    remote.withLock { remote in
      remote.wakePending = false
      localJobs.append(contentsOf: remote.jobs)
      localUrgentJobs.append(contentsOf: remote.urgentJobs)
      remote.jobs.removeAll(keepingCapacity: true)
      remote.urgentJobs.removeAll(keepingCapacity: true)
    }
  }

  private func runJobs() {
    // Pick up work queued from other threads without waiting for the eventfd.
    remote.withLock { remote in
      localJobs.append(contentsOf: remote.jobs)
      localUrgentJobs.append(contentsOf: remote.urgentJobs)
      remote.jobs.removeAll(keepingCapacity: true)
      remote.urgentJobs.removeAll(keepingCapacity: true)
    }
    var rounds = 0
    while (!localJobs.isEmpty || !localUrgentJobs.isEmpty) && rounds < 64 {
      rounds += 1
      runUrgentJobs()
      let jobs = localJobs
      localJobs.removeAll(keepingCapacity: true)
      for job in jobs {
        run(job)
        // Urgent work jumps the rest of the batch.
        if remoteUrgentPending.load(ordering: .relaxed) { pullRemoteUrgentJobs() }
        if !localUrgentJobs.isEmpty { runUrgentJobs() }
      }
    }
  }

  private func runUrgentJobs() {
    var rounds = 0
    while !localUrgentJobs.isEmpty && rounds < 64 {
      rounds += 1
      let jobs = localUrgentJobs
      localUrgentJobs.removeAll(keepingCapacity: true)
      for job in jobs { run(job) }
    }
  }

  private func pullRemoteUrgentJobs() {
    remoteUrgentPending.store(false, ordering: .relaxed)
    remote.withLock { remote in
      localUrgentJobs.append(contentsOf: remote.urgentJobs)
      remote.urgentJobs.removeAll(keepingCapacity: true)
    }
  }

  private func run(_ job: Job) {
    switch job {
    case .closure(let work): work()
    case .task(let task): task.runSynchronously(on: asUnownedTaskExecutor())
    }
  }

  private func runBeforeSleepActions() {
    while !beforeSleep.isEmpty {
      let actions = beforeSleep
      beforeSleep.removeAll(keepingCapacity: true)
      for action in actions { action() }
    }
  }
}
