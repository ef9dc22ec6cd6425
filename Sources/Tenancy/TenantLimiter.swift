internal import DequeModule
internal import RPC
internal import Synchronization

/// Applies ``TenantLimits``: running slots per tenant and for the whole server, handed out
/// fairly, a token bucket per tenant for the call rate, and a count of long-lived calls.
///
/// When the server is full, the next free slot goes to the waiting tenant with the fewest
/// calls running (oldest call first within a tenant): a municipality sending as fast as it
/// can queues behind itself, not in front of the others.
final class TenantLimiter: Sendable {
  /// A call admitted; give it back with ``release(_:)``.
  struct Admission: Sendable {
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
  }

  private enum Decision {
    case admitted
    case wait(UInt64)
    case refused(RPCError)
  }

  let limits: TenantLimits
  private let state = Mutex(State())
  /// Calls refused so far, for metrics and tests.
  let refusals = Atomic<Int>(0)

  init(limits: TenantLimits) {
    self.limits = limits
  }

  /// Admits a call of `key` now, or when a running slot is its turn.
  /// - Throws: ``RPCError`` RESOURCE_EXHAUSTED (with `grpc-retry-pushback-ms`) past a limit;
  ///   CancellationError when the call ends while it waits.
  func admit(_ key: String, longLived: Bool) async throws -> Admission {
    let now = ContinuousClock.now
    let decision = state.withLock { state -> Decision in
      var tenant =
        state.tenants[key]
        ?? Tenant(tokens: Double(limits.callsPerSecond), refilledAt: now)
      defer { state.tenants[key] = tenant }
      if let refusal = takeToken(&tenant, now: now) { return .refused(refusal) }
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
      if state.waiting == 0 && fits(tenant, running: state.running) {
        tenant.running += 1
        state.running += 1
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

  /// Gives the call's slot back, to the waiting call whose turn it is.
  func release(_ admission: Admission) {
    let ready = state.withLock { state -> [Waiter] in
      if admission.longLived {
        state.tenants[admission.key]?.watches -= 1
        return []
      }
      state.tenants[admission.key]?.running -= 1
      state.running -= 1
      return dispatch(&state)
    }
    for waiter in ready { waiter.continuation.resume() }
  }

  /// Whether `tenant` may start one more call with `running` calls running server-wide.
  private func fits(_ tenant: Tenant, running: Int) -> Bool {
    (limits.maxConcurrentCalls == 0 || tenant.running < limits.maxConcurrentCalls)
      && (limits.maxConcurrentCallsTotal == 0 || running < limits.maxConcurrentCallsTotal)
  }

  /// Starts waiting calls while slots are free: each time the tenant with the fewest calls
  /// running goes next. Returns the waiters to resume (after the lock).
  private func dispatch(_ state: inout State) -> [Waiter] {
    var ready: [Waiter] = []
    while state.waiting > 0 {
      var chosen: String?
      var fewest = Int.max
      for (key, tenant) in state.tenants
      where !tenant.waiting.isEmpty && tenant.running < fewest
        && fits(tenant, running: state.running)
      {
        chosen = key
        fewest = tenant.running
      }
      guard let key = chosen, let waiter = state.tenants[key]?.waiting.popFirst() else { break }
      state.tenants[key]?.running += 1
      state.running += 1
      state.waiting -= 1
      ready.append(waiter)
    }
    return ready
  }

  /// Takes one token of the call rate; the refusal when there is none.
  private func takeToken(_ tenant: inout Tenant, now: ContinuousClock.Instant) -> RPCError? {
    guard limits.callsPerSecond > 0 else { return nil }
    let rate = Double(limits.callsPerSecond)
    let elapsed = now - tenant.refilledAt
    let seconds =
      Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    tenant.tokens = min(rate, tenant.tokens + seconds * rate)
    tenant.refilledAt = now
    guard tenant.tokens >= 1 else {
      let wait = Int(((1 - tenant.tokens) / rate * 1000).rounded(.up))
      return Self.refusal(
        "started more than \(limits.callsPerSecond) calls in the last second, the most allowed",
        retryMilliseconds: max(wait, 1))
    }
    tenant.tokens -= 1
    return nil
  }

  static func refusal(_ what: String, retryMilliseconds: Int) -> RPCError {
    var trailers = Metadata()
    trailers.add("grpc-retry-pushback-ms", String(retryMilliseconds))
    return RPCError(
      code: .resourceExhausted,
      message: "this caller \(what); retry in \(retryMilliseconds) ms", metadata: trailers)
  }
}
