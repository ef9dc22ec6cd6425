/// How long a subchannel waits before reconnecting: gRPC's connection backoff
/// (doc/connection-backoff.md): the base doubled per consecutive failure, capped, with
/// ±20 % jitter so that clients cut off together do not return together.
package struct ReconnectBackoff {
  let base: Duration
  let maximum: Duration

  package init(base: Duration, maximum: Duration) {
    self.base = base
    self.maximum = maximum
  }

  /// The delay after `failures` consecutive failures (1 for the first), jitter included.
  package func delay(afterFailures failures: Int) -> Duration {
    nominal(afterFailures: failures) * Double.random(in: 0.8...1.2)
  }

  /// The delay without jitter.
  package func nominal(afterFailures failures: Int) -> Duration {
    min(base * (1 << min(max(failures, 1) - 1, 30)), maximum)
  }
}
