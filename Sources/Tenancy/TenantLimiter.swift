internal import DequeModule
internal import RPC
internal import Synchronization

/// Applies ``TenantLimits``: running slots per tenant and for the whole server, handed out
/// fairly, a token bucket per tenant for the call rate, and a count of long-lived calls.
///
/// When the server is full, the next free slot goes to the waiting tenant with the fewest
/// calls running (oldest call first within a tenant): a municipality sending as fast as it
/// can queues behind itself, not in front of the others. Calls of light tenants (asking for
/// at most half their slots) go first on the event loops while others are active.
package final class TenantLimiter: Sendable {
  /// A call admitted; give it back with ``release(_:)``.
  package struct Admission: Sendable {
    let key: String
    let longLived: Bool
  }

  private struct Waiter {
    let id: UInt64
    let continuation: CheckedContinuation<Void, any Error>
  }

  private struct Tenant {
    var running = 0
    var watches = 0
    var waiting = Deque<Waiter>()
    var tokens: Double
    var refilledAt: ContinuousClock.Instant
  }

  private struct State {
    var tenants: [String: Tenant] = [:]
    var running = 0
    var waiting = 0
    var nextWaiter: UInt64 = 0
    /// Tenants with calls running.
    var active = 0
  }

  private enum Decision {
    case admitted
    case wait(UInt64)
    case refused(RPCError)
  }

  private let current: Mutex<TenantLimits>
  /// The limits in force (changed by ``update(_:)``, on SIGHUP).
  var limits: TenantLimits { current.withLock { $0 } }
  private let state: Mutex<State>
  /// Calls refused so far, for metrics and tests.
  let refusals = Atomic<Int>(0)

  package init(limits: TenantLimits) {
    self.current = Mutex(limits)
    self.state = Mutex(State())
  }

  /// Puts `limits` in force: calls from now on, and waiting calls that now fit start.
  package func update(_ limits: TenantLimits) {
    current.withLock { $0 = limits }
    let ready = state.withLock { dispatch(&$0) }
    for waiter in ready { waiter.continuation.resume() }
  }

  /// Admits a call of `key` now, or when a running slot is its turn.
  /// - Throws: ``RPCError`` RESOURCE_EXHAUSTED (with `grpc-retry-pushback-ms`) past a limit;
  ///   CancellationError when the call ends while it waits.
  package func admit(_ key: String, longLived: Bool) async throws -> Admission {
    // Over its rate, a call waits for its token (up to a second of them), so a tenant
    // sending as fast as it can is paced rather than made to retry in a herd.
    let pause = try pace(key)
    if pause > .zero { try await Task.sleep(for: pause) }
    let now = ContinuousClock.now
    let decision = state.withLock { state -> Decision in
      var tenant =
        state.tenants[key]
        ?? Tenant(tokens: Double(limits.callsPerSecond(for: key)), refilledAt: now)
      defer { state.tenants[key] = tenant }
      if longLived {
        guard limits.maxWatches == 0 || tenant.watches < limits.maxWatches else {
          return .refused(
            Self.refusal(
              "has \(tenant.watches) change feeds open, the most allowed; close one first",
              retryMilliseconds: 1000))
        }
        tenant.watches += 1
        return .admitted
      }
      if state.waiting == 0 && fits(tenant, state: state) {
        start(&tenant, &state)
        return .admitted
      }
      guard limits.maxQueuedCalls == 0 || tenant.waiting.count < limits.maxQueuedCalls else {
        return .refused(
          Self.refusal(
            "has \(tenant.running) calls running and \(tenant.waiting.count) waiting, the most allowed",
            retryMilliseconds: 100))
      }
      state.nextWaiter += 1
      return .wait(state.nextWaiter)
    }
    switch decision {
    case .admitted:
      return Admission(key: key, longLived: longLived)
    case .refused(let error):
      refusals.add(1, ordering: .relaxed)
      throw error
    case .wait(let id):
      try await withTaskCancellationHandler {
        try await withCheckedThrowingContinuation { continuation in
          let (queued, ready) = state.withLock { state -> (Bool, [Waiter]) in
            guard !Task.isCancelled else { return (false, []) }
            state.tenants[key]?.waiting.append(Waiter(id: id, continuation: continuation))
            state.waiting += 1
            // Slots may have freed up since the decision: hand them out now.
            return (true, dispatch(&state))
          }
          if !queued { continuation.resume(throwing: CancellationError()) }
          for waiter in ready { waiter.continuation.resume() }
        }
      } onCancel: {
        let waiter = state.withLock { state -> Waiter? in
          guard let index = state.tenants[key]?.waiting.firstIndex(where: { $0.id == id }) else {
            return nil
          }
          state.waiting -= 1
          return state.tenants[key]?.waiting.remove(at: index)
        }
        waiter?.continuation.resume(throwing: CancellationError())
      }
      return Admission(key: key, longLived: false)
    }
  }

  /// Whether `key` uses much less of the server than the tenants busy now (at most half the
  /// average running calls of the tenants with calls running): its calls then run before
  /// those of the busy ones on the event loops.
  func isLight(_ key: String) -> Bool {
    state.withLock { state in
      guard let tenant = state.tenants[key] else { return true }
      return state.active > 1 && !isHeavy(tenant)
    }
  }

  /// A tenant asking for more than half its running slots (calls running and waiting):
  /// one sending as fast as it can, not one doing its steady work.
  private func isHeavy(_ tenant: Tenant) -> Bool {
    tenant.running + tenant.waiting.count > max(limits.maxConcurrentCalls, 8) / 2
  }

  /// Gives the call's slot back, to the waiting call whose turn it is.
  package func release(_ admission: Admission) {
    let ready = state.withLock { state -> [Waiter] in
      if admission.longLived {
        state.tenants[admission.key]?.watches -= 1
        return []
      }
      state.tenants[admission.key]?.running -= 1
      state.running -= 1
      if state.tenants[admission.key]?.running == 0 { state.active -= 1 }
      return dispatch(&state)
    }
    for waiter in ready { waiter.continuation.resume() }
  }

  /// Whether `tenant` may start one more call now.
  private func fits(_ tenant: Tenant, state: State) -> Bool {
    guard limits.maxConcurrentCallsTotal == 0 || state.running < limits.maxConcurrentCallsTotal
    else { return false }
    guard limits.maxConcurrentCalls > 0 else { return true }
    return tenant.running < limits.maxConcurrentCalls
  }

  /// Counts a call of `tenant` as running.
  private func start(_ tenant: inout Tenant, _ state: inout State) {
    if tenant.running == 0 { state.active += 1 }
    tenant.running += 1
    state.running += 1
  }

  /// Starts waiting calls while slots are free: each time the tenant with the fewest calls
  /// running goes next. Returns the waiters to resume (after the lock).
  private func dispatch(_ state: inout State) -> [Waiter] {
    var ready: [Waiter] = []
    while state.waiting > 0 {
      var chosen: String?
      var fewest = Int.max
      for (key, tenant) in state.tenants
      where !tenant.waiting.isEmpty && tenant.running < fewest && fits(tenant, state: state) {
        chosen = key
        fewest = tenant.running
      }
      guard let key = chosen, var tenant = state.tenants[key],
        let waiter = tenant.waiting.popFirst()
      else { break }
      start(&tenant, &state)
      state.tenants[key] = tenant
      state.waiting -= 1
      ready.append(waiter)
    }
    return ready
  }

  /// Takes a token of `key`'s call rate: how long the call waits for it (zero when one is
  /// there). Tokens may be owed for up to ``maxPacing``.
  /// - Throws: ``RPCError`` RESOURCE_EXHAUSTED past that, with when to retry.
  private func pace(_ key: String) throws(RPCError) -> Duration {
    let perSecond = limits.callsPerSecond(for: key)
    guard perSecond > 0 else { return .zero }
    let rate = Double(perSecond)
    let now = ContinuousClock.now
    let outcome = state.withLock { state -> Result<Duration, RPCError> in
      var tenant = state.tenants[key] ?? Tenant(tokens: rate, refilledAt: now)
      defer { state.tenants[key] = tenant }
      let elapsed = now - tenant.refilledAt
      let seconds =
        Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
      tenant.tokens = min(rate, tenant.tokens + seconds * rate)
      tenant.refilledAt = now
      let wait = max(0, 1 - tenant.tokens) / rate
      guard wait <= Self.maxPacing else {
        let retry = Int(((wait - Self.maxPacing) * 1000).rounded(.up))
        return .failure(
          Self.refusal(
            "started more than \(perSecond) calls a second for over a second, the most allowed",
            retryMilliseconds: max(retry, 1)))
      }
      tenant.tokens -= 1
      return .success(.nanoseconds(Int64(wait * 1e9)))
    }
    return try outcome.get()
  }

  /// The longest a call waits for its token of the call rate before it is refused.
  static let maxPacing = 1.0

  static func refusal(_ what: String, retryMilliseconds: Int) -> RPCError {
    var trailers = Metadata()
    trailers.add("grpc-retry-pushback-ms", String(retryMilliseconds))
    return RPCError(
      code: .resourceExhausted,
      message: "this caller \(what); retry in \(retryMilliseconds) ms", metadata: trailers)
  }
}
