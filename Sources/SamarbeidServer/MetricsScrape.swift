import GRPCServerTransport
import HTTP2
import Metrics
import Prometheus
import RPC
import Storage
import Synchronization
import Tenancy

/// /metrics: what swift-metrics recorded (RPCs, group commits), plus the server's state read
/// at each scrape: open connections, RPCs in progress, tenant stores open, and the counts of
/// hardening refusals and failed TLS handshakes by kind.
final class MetricsScrape: Sendable {
  let registry: PrometheusCollectorRegistry
  private let server: GRPCServer
  private let stores: TenantStores
  private let reported = Mutex<(defences: [String: Int], handshakes: [String: Int])>(([:], [:]))

  /// Scrapes of `registry` that read `server` and `stores` each time.
  init(registry: PrometheusCollectorRegistry, server: GRPCServer, stores: TenantStores) {
    self.registry = registry
    self.server = server
    self.stores = stores
    // Every kind there is, at 0 until it fires: a rate over a series that appears only when
    // it first moves misses that first move, and alerts cannot name what they never saw.
    for defence in HTTP2Defence.allCases {
      _ = registry.makeCounter(descriptor: Self.refusals, labels: [("kind", defence.rawValue)])
    }
    for reason in Self.handshakeReasons {
      _ = registry.makeCounter(descriptor: Self.handshakeFailures, labels: [("reason", reason)])
    }
  }

  /// The reasons a TLS handshake is counted as failed under (``HTTP2Defences``).
  static let handshakeReasons = ["certificate", "protocol", "closed", "timeout", "other"]

  /// HELP for the metrics recorded through swift-metrics, which carries no description.
  static let help = [
    "grpc_server_handled_total": "RPCs finished, by type, service, method and status code.",
    "grpc_server_handling_seconds":
      "Time from an RPC's request headers to its status, by type, service and method.",
    "grpc_server_request_bytes_total": "Request bytes received, gRPC framing included.",
    "grpc_server_response_bytes_total": "Response bytes sent, gRPC framing included.",
    "samarbeid_group_commit_seconds": "Time to commit one batch of writes to a SQLite store.",
    "samarbeid_group_commit_writes": "Writes committed together in one SQLite batch.",
    "samarbeid_postgres_commit_seconds": "Time to commit one transaction on PostgreSQL.",
  ]

  /// `text` with a `# HELP` line before each `# TYPE` line that has none.
  static func describing(_ text: String) -> String {
    var lines: [Substring] = []
    for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
      if line.hasPrefix("# TYPE "), let name = line.split(separator: " ").dropFirst(2).first,
        lines.last?.hasPrefix("# HELP \(name) ") != true
      {
        let words = help[String(name)] ?? "Recorded by samarbeid-server."
        lines.append("# HELP \(name) \(words)")
      }
      lines.append(line)
    }
    return lines.joined(separator: "\n")
  }

  /// Bootstraps swift-metrics with a Prometheus registry (latency buckets from 100 µs to
  /// 10 s); once per process, before any metric is made.
  static func bootstrap() -> PrometheusCollectorRegistry {
    let registry = PrometheusCollectorRegistry()
    var factory = PrometheusMetricsFactory(registry: registry)
    let buckets: [Duration] = [
      .microseconds(100), .microseconds(250), .microseconds(500), .milliseconds(1),
      .milliseconds(2.5), .milliseconds(5), .milliseconds(10), .milliseconds(25),
      .milliseconds(50), .milliseconds(100), .milliseconds(250), .milliseconds(500),
      .seconds(1), .seconds(2.5), .seconds(10),
    ]
    factory.durationHistogramBuckets["grpc_server_handling_seconds"] = buckets
    factory.durationHistogramBuckets["samarbeid_group_commit_seconds"] = buckets
    factory.valueHistogramBuckets["samarbeid_group_commit_writes"] = [1, 2, 4, 8, 16, 32, 64, 128]
    MetricsSystem.bootstrap(factory)
    return registry
  }

  static var connections: MetricNameDescriptor {
    MetricNameDescriptor(
      namespace: "samarbeid", metricName: "open", unitName: "connections",
      helpText: "Connections open now, handshaking ones included.")
  }
  static var inProgress: MetricNameDescriptor {
    MetricNameDescriptor(
      namespace: "grpc_server", metricName: "rpcs", unitName: "in_progress",
      helpText: "RPCs running now (their streams open).")
  }
  static var tenants: MetricNameDescriptor {
    MetricNameDescriptor(
      namespace: "samarbeid", metricName: "tenant_stores", unitName: "open",
      helpText: "Municipalities' stores open.")
  }
  static var sqliteMemory: MetricNameDescriptor {
    MetricNameDescriptor(
      namespace: "samarbeid", metricName: "sqlite_memory", unitName: "bytes",
      helpText: "Memory SQLite holds (page and statement caches of every store), bounded per store."
    )
  }
  static var heapInUse: MetricNameDescriptor {
    MetricNameDescriptor(
      namespace: "samarbeid", metricName: "heap_in_use", unitName: "bytes",
      helpText:
        "Heap memory in use (allocated and not freed); resident memory also holds what the "
        + "allocator keeps for reuse.")
  }
  static var refusals: MetricNameDescriptor {
    MetricNameDescriptor(
      namespace: "samarbeid", metricName: "http2_refusals", unitName: "total",
      helpText: "Hardening refusals by kind: floods, rapid reset, ping strikes, timeouts, limits.")
  }
  static var handshakeFailures: MetricNameDescriptor {
    MetricNameDescriptor(
      namespace: "samarbeid", metricName: "tls_handshake_failures", unitName: "total",
      helpText: "TLS handshakes that failed, by reason.")
  }

  /// The text of one scrape.
  func render() -> String {
    registry.makeGauge(descriptor: Self.connections).set(Double(server.openConnections))
    registry.makeGauge(descriptor: Self.inProgress).set(Double(server.rpcServer.rpcsInProgress))
    registry.makeGauge(descriptor: Self.tenants).set(Double(stores.openCount))
    registry.makeGauge(descriptor: Self.sqliteMemory).set(Double(SQLiteStore.memoryInUse))
    registry.makeGauge(descriptor: Self.heapInUse).set(Double(Socket.heapInUse))
    let defences = Dictionary(
      uniqueKeysWithValues: server.defences.snapshot.map { ($0.key.rawValue, $0.value) })
    let handshakes = server.defences.handshakeFailures
    reported.withLock { last in
      for (kind, count) in defences where count > last.defences[kind, default: 0] {
        registry.makeCounter(descriptor: Self.refusals, labels: [("kind", kind)])
          .increment(by: Int64(count - last.defences[kind, default: 0]))
      }
      for (reason, count) in handshakes where count > last.handshakes[reason, default: 0] {
        registry.makeCounter(descriptor: Self.handshakeFailures, labels: [("reason", reason)])
          .increment(by: Int64(count - last.handshakes[reason, default: 0]))
      }
      last = (defences, handshakes)
    }
    return Self.describing(registry.emitToString())
  }
}
