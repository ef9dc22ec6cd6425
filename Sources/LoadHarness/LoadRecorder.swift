internal import Histogram
internal import RPC
internal import Synchronization

/// Where workers record outcomes: one histogram and tally per connection (its workers
/// share an event loop, so the lock is not contended), and running totals for progress.
final class LoadRecorder: Sendable {
  /// The RPCs of workflows, each timed on its own.
  struct StepTally {
    var latencies = LoadRecorder.histogram()
    var requests = 0
    var failures = 0
  }

  static func histogram() -> Histogram<UInt64> {
    var histogram = Histogram<UInt64>(
      highestTrackableValue: 60_000_000, numberOfSignificantValueDigits: .three)
    histogram.autoResize = true
    return histogram
  }

  struct Tally {
    /// Microseconds from the intended send time to the answer.
    var latencies = LoadRecorder.histogram()
    /// Each RPC of a workflow scenario, by name.
    var steps: [String: StepTally] = [:]
    /// Requests and failures per scenario name.
    var requests: [String: Int] = [:]
    var failures: [String: Int] = [:]
    /// Failures per grpc-status name.
    var errors: [String: Int] = [:]
    /// One example message per grpc-status name.
    var errorExamples: [String: String] = [:]
  }

  /// One group's tally behind its lock.
  final class Group: Sendable {
    let tally = Mutex(Tally())
  }

  private let groups: [Group]
  private let nextRequest = Atomic<Int>(0)
  /// Requests finished so far, and how many failed.
  let completed = Atomic<Int>(0)
  let failed = Atomic<Int>(0)

  init(groups: Int) {
    self.groups = (0..<groups).map { _ in Group() }
  }

  /// Requests finished and failed so far.
  var totals: (completed: Int, failed: Int) {
    (completed.load(ordering: .relaxed), failed.load(ordering: .relaxed))
  }

  /// The index of the next request to send.
  func claimRequest() -> Int {
    nextRequest.wrappingAdd(1, ordering: .relaxed).oldValue
  }

  /// Records one request of `scenario` that took `microseconds` and ended with `error`.
  func record(
    group: Int, scenario: String, microseconds: UInt64, error: RPCError?, steps: [LoadStep] = []
  ) {
    groups[group].tally.withLock { tally in
      _ = tally.latencies.record(microseconds)
      for step in steps {
        _ = tally.steps[step.name, default: StepTally()].latencies.record(step.microseconds)
        tally.steps[step.name, default: StepTally()].requests += 1
        if step.error != nil { tally.steps[step.name, default: StepTally()].failures += 1 }
      }
      tally.requests[scenario, default: 0] += 1
      if let error {
        let code = error.code.description
        tally.failures[scenario, default: 0] += 1
        tally.errors[code, default: 0] += 1
        if tally.errorExamples[code] == nil { tally.errorExamples[code] = error.message }
      }
    }
    completed.add(1, ordering: .relaxed)
    if error != nil { failed.add(1, ordering: .relaxed) }
  }

  /// Every group's tally merged.
  func merged() -> Tally {
    var total = Tally()
    for group in groups {
      group.tally.withLock { tally in
        total.latencies.add(tally.latencies)
        total.requests.merge(tally.requests, uniquingKeysWith: +)
        total.failures.merge(tally.failures, uniquingKeysWith: +)
        total.errors.merge(tally.errors, uniquingKeysWith: +)
        total.errorExamples.merge(tally.errorExamples) { first, _ in first }
        for (name, step) in tally.steps {
          total.steps[name, default: StepTally()].latencies.add(step.latencies)
          total.steps[name, default: StepTally()].requests += step.requests
          total.steps[name, default: StepTally()].failures += step.failures
        }
      }
    }
    return total
  }
}
