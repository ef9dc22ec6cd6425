/// The shape of an RPC, named as the gRPC ecosystem's metrics name it (go-grpc-prometheus'
/// `grpc_type` label).
public enum RPCType: String, Sendable, Hashable, CaseIterable {
  /// One request, one response.
  case unary
  /// Many requests, one response.
  case clientStream = "client_stream"
  /// One request, many responses.
  case serverStream = "server_stream"
  /// Many each way.
  case bidiStream = "bidi_stream"
}
