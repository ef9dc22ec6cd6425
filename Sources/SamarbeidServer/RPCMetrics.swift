import Metrics
import RPC

/// Every finished RPC as Prometheus metrics through swift-metrics, under the names and labels
/// of the gRPC ecosystem's server metrics (go-grpc-prometheus, grpc-ecosystem), so stock
/// dashboards work: calls by `grpc_type`, `grpc_service`, `grpc_method` and `grpc_code`,
/// latency per method (a histogram, no tenant label: its cardinality would grow with the
/// municipalities), and request and response bytes per method.
struct RPCMetrics: RPCObserver {
  func rpcFinished(_ record: RPCRecord) {
    let method = [
      ("grpc_type", record.type.rawValue), ("grpc_service", record.method.service),
      ("grpc_method", record.method.method),
    ]
    Counter(
      label: "grpc_server_handled_total", dimensions: method + [("grpc_code", "\(record.code)")]
    ).increment()
    Metrics.Timer(label: "grpc_server_handling_seconds", dimensions: method)
      .record(duration: record.duration)
    Counter(label: "grpc_server_request_bytes_total", dimensions: method)
      .increment(by: record.requestBytes)
    Counter(label: "grpc_server_response_bytes_total", dimensions: method)
      .increment(by: record.responseBytes)
  }
}
