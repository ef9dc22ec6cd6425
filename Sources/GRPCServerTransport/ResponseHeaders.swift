internal import RPC

/// The header lists of gRPC responses.
enum ResponseHeaders {
  static func initial(
    metadata: Metadata,
    encoding: String?,
    acceptEncoding: String
  ) -> [(name: String, value: String)] {
    var headers: [(name: String, value: String)] = [
      (":status", "200"), ("content-type", "application/grpc"),
    ]
    if let encoding { headers.append(("grpc-encoding", encoding)) }
    headers.append(("grpc-accept-encoding", acceptEncoding))
    headers.append(contentsOf: metadata.headerFields)
    return headers
  }

  static func trailers(status: Status, metadata: Metadata) -> [(name: String, value: String)] {
    var headers: [(name: String, value: String)] = [("grpc-status", String(status.code.rawValue))]
    if !status.message.isEmpty {
      headers.append(("grpc-message", PercentEncoding.encode(status.message)))
    }
    headers.append(contentsOf: metadata.headerFields)
    return headers
  }

  static func trailersOnly(
    httpStatus: Int,
    status: Status,
    metadata: Metadata,
    extra: [(name: String, value: String)] = []
  ) -> [(name: String, value: String)] {
    var headers: [(name: String, value: String)] = [
      (":status", String(httpStatus)), ("content-type", "application/grpc"),
    ]
    headers.append(contentsOf: extra)
    headers.append(contentsOf: trailers(status: status, metadata: metadata))
    return headers
  }
}
