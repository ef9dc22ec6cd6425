internal import Histogram

/// The summary of a run, for people (``text``) and machines (JSON, via `Codable`).
public struct LoadReport: Codable, Sendable {
  /// Latency percentiles in milliseconds.
  public struct Latency: Codable, Sendable {
    public var p50: Double
    public var p90: Double
    public var p99: Double
    public var p999: Double
    public var max: Double
    public var mean: Double

    enum CodingKeys: String, CodingKey {
      case p50, p90, p99
      case p999 = "p99.9"
      case max, mean
    }
  }

  /// One RPC of a workflow scenario: how many, how many failed, how long.
  public struct RPCStats: Codable, Sendable {
    public var requests: Int
    public var failed: Int
    public var latencyMilliseconds: Latency

    enum CodingKeys: String, CodingKey {
      case requests, failed
      case latencyMilliseconds = "latency_ms"
    }
  }

  /// Requests and failures of one scenario.
  public struct ScenarioCounts: Codable, Sendable {
    public var requests: Int
    public var failed: Int
  }

  /// `host:port`.
  public var target: String
  /// `closed` (as fast as answers return) or `open` (fixed arrival rate).
  public var mode: String
  /// Requests per second asked for in open-loop mode.
  public var rate: Double?
  public var mix: String
  public var connections: Int
  public var streamsPerConnection: Int
  /// Wall time from the first request to the last answer.
  public var durationSeconds: Double
  /// Requests sent (every one finished: succeeded or failed).
  public var requests: Int
  public var succeeded: Int
  public var failed: Int
  /// Requests per second.
  public var throughput: Double
  /// From the intended send time (open loop) or the send (closed loop) to the answer.
  public var latencyMilliseconds: Latency
  /// Failures by grpc-status name, e.g. `UNAVAILABLE`.
  public var errors: [String: Int]
  /// One message per grpc-status name, to say what went wrong.
  public var errorExamples: [String: String]
  public var scenarios: [String: ScenarioCounts]
  /// Each RPC of workflow scenarios (e.g. grants), timed on its own.
  public var rpcs: [String: RPCStats]
  /// The scenarios' check of their books against the server, when they keep any.
  public var books: LoadBooks?

  enum CodingKeys: String, CodingKey {
    case target, mode, rate, mix, connections
    case streamsPerConnection = "streams_per_connection"
    case durationSeconds = "duration_seconds"
    case requests, succeeded, failed, throughput
    case latencyMilliseconds = "latency_ms"
    case errors
    case errorExamples = "error_examples"
    case scenarios, rpcs, books
  }

  init(
    target: String, configuration: LoadConfiguration, elapsed: Duration, tally: LoadRecorder.Tally
  ) {
    self.target = target
    mode = configuration.rate == nil ? "closed" : "open"
    rate = configuration.rate
    mix = configuration.mix.description
    connections = configuration.connections
    streamsPerConnection = configuration.streamsPerConnection
    let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    durationSeconds = seconds
    requests = tally.requests.values.reduce(0, +)
    failed = tally.failures.values.reduce(0, +)
    succeeded = requests - failed
    throughput = seconds > 0 ? Double(requests) / seconds : 0
    latencyMilliseconds = Self.latency(tally.latencies)
    rpcs = tally.steps.mapValues { step in
      RPCStats(
        requests: step.requests, failed: step.failures,
        latencyMilliseconds: Self.latency(step.latencies))
    }
    books = nil
    errors = tally.errors
    errorExamples = tally.errorExamples
    scenarios = tally.requests.mapValues { ScenarioCounts(requests: $0, failed: 0) }
    for (name, count) in tally.failures { scenarios[name]?.failed = count }
  }

  static func latency(_ histogram: Histogram<UInt64>) -> Latency {
    func milliseconds(_ microseconds: UInt64) -> Double { Double(microseconds) / 1000 }
    return Latency(
      p50: milliseconds(histogram.valueAtPercentile(50)),
      p90: milliseconds(histogram.valueAtPercentile(90)),
      p99: milliseconds(histogram.valueAtPercentile(99)),
      p999: milliseconds(histogram.valueAtPercentile(99.9)),
      max: milliseconds(histogram.max),
      mean: histogram.totalCount > 0 ? histogram.mean / 1000 : 0
    )
  }

  /// The summary as lines of text.
  public var text: String {
    var lines = [
      "target \(target), \(connections) connections x \(streamsPerConnection) streams, mix \(mix), "
        + (rate.map { "open loop at \(Self.format($0)) req/s" } ?? "closed loop"),
      "\(requests) requests in \(Self.format(durationSeconds)) s: \(Self.format(throughput)) req/s, "
        + "\(succeeded) succeeded, \(failed) failed",
      "latency ms: p50 \(Self.format(latencyMilliseconds.p50))  p90 \(Self.format(latencyMilliseconds.p90))  "
        + "p99 \(Self.format(latencyMilliseconds.p99))  p99.9 \(Self.format(latencyMilliseconds.p999))  "
        + "max \(Self.format(latencyMilliseconds.max))",
    ]
    for (name, rpc) in rpcs.sorted(by: { $0.key < $1.key }) {
      lines.append(
        "  \(name): \(rpc.requests) (\(rpc.failed) failed), p50 \(Self.format(rpc.latencyMilliseconds.p50)) "
          + "p99 \(Self.format(rpc.latencyMilliseconds.p99)) max \(Self.format(rpc.latencyMilliseconds.max)) ms, "
          + "\(Self.format(durationSeconds > 0 ? Double(rpc.requests) / durationSeconds : 0)) /s")
    }
    if let books {
      lines.append(
        "books: \(books.checked) acknowledged records checked, \(books.missing) missing"
          + (books.violations.isEmpty
            ? "" : "; violations: " + books.violations.joined(separator: "; ")))
    }
    for (code, count) in errors.sorted(by: { $0.key < $1.key }) {
      lines.append("errors \(code): \(count) (e.g. \(errorExamples[code] ?? ""))")
    }
    return lines.joined(separator: "\n")
  }

  static func format(_ value: Double) -> String {
    let hundredths = (value * 100).rounded()
    let whole = Int(hundredths / 100)
    let fraction = Int(abs(hundredths).truncatingRemainder(dividingBy: 100))
    return fraction < 10 ? "\(whole).0\(fraction)" : "\(whole).\(fraction)"
  }
}
