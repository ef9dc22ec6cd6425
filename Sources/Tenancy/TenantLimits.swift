/// How much of the server one tenant (or IMDi's identity) may use at once, so one
/// municipality sending as fast as it can does not starve the others.
///
/// Calls beyond ``maxConcurrentCalls`` wait their turn (the client is not refused for a
/// burst); past ``maxQueuedCalls`` waiting, or past ``callsPerSecond``, the call is refused
/// with RESOURCE_EXHAUSTED and a `grpc-retry-pushback-ms` trailer saying when to retry. The
/// connection is never touched. 0 turns a limit off.
public struct TenantLimits: Sendable, Hashable {
  /// Calls of one tenant running at once.
  public var maxConcurrentCalls = 16
  /// Calls running at once on the whole server; when all are taken, the next free one goes
  /// to the waiting tenant with the fewest running (fair share under load).
  public var maxConcurrentCallsTotal = 64
  /// Calls of one tenant waiting for a running slot.
  public var maxQueuedCalls = 1024
  /// Calls one tenant may start per second (a token bucket holding one second's worth;
  /// calls over it wait for their token up to a second, then are refused): 30 grant
  /// workflows a second, more than a municipality's backend needs day to day, and little
  /// enough of a two-core server (about 2,000 grant calls a second) that one flooding
  /// municipality leaves room for the others. Give large users more with
  /// ``callsPerSecondByTenant``.
  public var callsPerSecond = 300
  /// Long-lived calls (change feeds) of one tenant open at once; they do not take a running
  /// slot, since they mostly wait.
  public var maxWatches = 32
  /// Calls per second for particular tenants (by tenant id), instead of ``callsPerSecond``:
  /// quotas sized to what each municipality needs and the server can carry.
  public var callsPerSecondByTenant: [String: Int] = [:]

  /// The call rate `key` may use.
  public func callsPerSecond(for key: String) -> Int {
    callsPerSecondByTenant[key] ?? callsPerSecond
  }

  /// The defaults.
  public init() {}

  /// No limits at all.
  public static let unlimited: TenantLimits = {
    var limits = TenantLimits()
    limits.maxConcurrentCalls = 0
    limits.maxConcurrentCallsTotal = 0
    limits.maxQueuedCalls = 0
    limits.callsPerSecond = 0
    limits.maxWatches = 0
    return limits
  }()
}
