public import Logging

/// One structured log line per finished RPC (the `samarbeid.access` logger): method, status,
/// duration, request and response bytes, peer address, caller identity and tenant; never a
/// message body or a personal field.
public struct AccessLog: RPCObserver {
  let logger: Logger

  /// Lines to `logger`.
  public init(logger: Logger) { self.logger = logger }

  public func rpcFinished(_ record: RPCRecord) {
    var metadata: Logger.Metadata = [
      "rpc.method": "\(record.method)",
      "grpc.status": "\(record.code)",
      // Numbers stay numbers (a JSON log writes them unquoted).
      "duration.ms": .stringConvertible(
        ((record.duration / .milliseconds(1)) * 1000).rounded() / 1000),
      "request.bytes": .stringConvertible(record.requestBytes),
      "response.bytes": .stringConvertible(record.responseBytes),
      "peer": "\(record.peer.address)",
    ]
    for (key, value) in record.annotations { metadata[key] = "\(value)" }
    logger.info("rpc", metadata: metadata)
  }
}
