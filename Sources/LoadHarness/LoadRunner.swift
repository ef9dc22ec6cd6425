internal import RPC
public import SamarbeidClient

/// Drives a mix of RPCs over a client's connections: one worker per stream, bounded by a
/// request count and a duration, closed loop or at a fixed arrival rate.
///
/// In open-loop mode request i is due at `start + i / rate` whoever sends it, and its
/// latency runs from that due time, so a stalled server shows up as latency instead of
/// fewer, faster requests (coordinated omission).
public struct LoadRunner: Sendable {
  /// Totals so far, for a progress line.
  public struct Progress: Sendable {
    public var completed: Int
    public var failed: Int
    public var elapsed: Duration
  }

  let client: GRPCClient
  let configuration: LoadConfiguration
  let target: String

  /// A runner over `client`, whose pool must have `configuration.connections` connections.
  public init(client: GRPCClient, configuration: LoadConfiguration, target: String) {
    self.client = client
    self.configuration = configuration
    self.target = target
  }

  /// Prepares the scenarios (data their work needs).
  /// - Throws: what a scenario's set-up threw.
  public func prepare() async throws {
    for scenario in configuration.mix.scenarios { try await scenario.prepare(client: client) }
  }

  /// Checks the scenarios' books against the server after a run.
  public func verify() async throws -> LoadBooks? {
    var books: LoadBooks?
    for scenario in configuration.mix.scenarios {
      guard let checked = try await scenario.verify(client: client) else { continue }
      var total = books ?? LoadBooks(checked: 0, missing: 0, violations: [])
      total.checked += checked.checked
      total.missing += checked.missing
      total.violations += checked.violations
      books = total
    }
    return books
  }

  /// Runs until a bound is reached; `progress` is called about once a second.
  public func run(progress: @escaping @Sendable (Progress) -> Void = { _ in }) async -> LoadReport {
    let recorder = LoadRecorder(groups: configuration.connections)
    let start = ContinuousClock.now
    let end = start + configuration.maxDuration
    let reporter = Task {
      while !Task.isCancelled {
        try? await Task.sleep(for: .seconds(1))
        let (completed, failed) = recorder.totals
        progress(Progress(completed: completed, failed: failed, elapsed: .now - start))
      }
    }
    await withTaskGroup(of: Void.self) { group in
      for worker in 0..<configuration.workers {
        let connection = worker % configuration.connections
        group.addTask(executorPreference: client.executor(forAffinity: connection)) {
          await work(
            worker: worker, connection: connection, start: start, end: end, recorder: recorder)
        }
      }
    }
    let elapsed = ContinuousClock.now - start
    reporter.cancel()
    return LoadReport(
      target: target, configuration: configuration, elapsed: elapsed, tally: recorder.merged())
  }

  private func work(
    worker: Int, connection: Int, start: ContinuousClock.Instant, end: ContinuousClock.Instant,
    recorder: LoadRecorder
  ) async {
    let options = CallOptions(timeout: configuration.requestTimeout, affinity: connection)
    let interval = configuration.rate.map { Duration.seconds(1.0 / $0) }
    while true {
      let index = recorder.claimRequest()
      guard index < configuration.maxRequests else { return }
      var due = ContinuousClock.now
      if let interval {
        due = start + interval * index
        guard due < end else { return }
        if due > .now { try? await Task.sleep(until: due, clock: .continuous) }
      } else if due >= end {
        return
      }
      let scenario = configuration.mix.scenario(for: index)
      let steps = await scenario.run(on: client, options: options, worker: worker)
      let latency = ContinuousClock.now - due
      let microseconds = UInt64(max(0, latency / .microseconds(1)))
      recorder.record(
        group: connection, scenario: scenario.name, microseconds: microseconds,
        error: steps.lazy.compactMap(\.error).first, steps: steps.count > 1 ? steps : [])
    }
  }
}
