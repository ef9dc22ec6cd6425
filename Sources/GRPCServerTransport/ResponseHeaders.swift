internal import HTTP2
internal import RPC

/// The header blocks of gRPC responses. The common ones (headers without metadata for each
/// encoding, OK trailers without metadata) are laid out once per server and reused.
final class ResponseHeaders: Sendable {
  private let acceptEncoding: String
  private let plainInitial: HTTP2HeaderBlock
  private let encodedInitial: [String: HTTP2HeaderBlock]
  private let okTrailers: HTTP2HeaderBlock

  init(compression: CompressionRegistry) {
    acceptEncoding = compression.acceptEncodingHeader
    plainInitial = HTTP2HeaderBlock(
      Self.initialFields(metadata: [:], encoding: nil, acceptEncoding: acceptEncoding))
    var encoded: [String: HTTP2HeaderBlock] = [:]
    for name in compression.names {
      encoded[name] = HTTP2HeaderBlock(
        Self.initialFields(metadata: [:], encoding: name, acceptEncoding: acceptEncoding))
    }
    encodedInitial = encoded
    okTrailers = HTTP2HeaderBlock(Self.trailerFields(status: .ok, metadata: [:]))
  }

  /// Response headers carrying `metadata`, announcing `encoding`.
  func initial(metadata: Metadata, encoding: String?) -> HTTP2HeaderBlock {
    if metadata.isEmpty {
      if let encoding, let cached = encodedInitial[encoding] { return cached }
      if encoding == nil { return plainInitial }
    }
    return HTTP2HeaderBlock(
      Self.initialFields(metadata: metadata, encoding: encoding, acceptEncoding: acceptEncoding))
  }

  /// Trailers with `status` and `metadata`.
  func trailers(status: Status, metadata: Metadata) -> HTTP2HeaderBlock {
    if status.code == .ok && status.message.isEmpty && metadata.isEmpty { return okTrailers }
    return HTTP2HeaderBlock(Self.trailerFields(status: status, metadata: metadata))
  }

  /// A trailers-only response: one header block with the HTTP status and the gRPC status.
  func trailersOnly(
    httpStatus: Int,
    status: Status,
    metadata: Metadata,
    extra: [(name: String, value: String)] = []
  ) -> HTTP2HeaderBlock {
    var fields: [(name: String, value: String)] = [
      (":status", String(httpStatus)), ("content-type", "application/grpc"),
    ]
    fields.append(contentsOf: extra)
    fields.append(contentsOf: Self.trailerFields(status: status, metadata: metadata))
    return HTTP2HeaderBlock(fields)
  }

  private static func initialFields(
    metadata: Metadata,
    encoding: String?,
    acceptEncoding: String
  ) -> [(name: String, value: String)] {
    var fields: [(name: String, value: String)] = [
      (":status", "200"), ("content-type", "application/grpc"),
    ]
    if let encoding { fields.append(("grpc-encoding", encoding)) }
    fields.append(("grpc-accept-encoding", acceptEncoding))
    fields.append(contentsOf: metadata.headerFields)
    return fields
  }

  private static func trailerFields(status: Status, metadata: Metadata) -> [(
    name: String, value: String
  )] {
    var fields: [(name: String, value: String)] = [("grpc-status", String(status.code.rawValue))]
    if !status.message.isEmpty {
      fields.append(("grpc-message", PercentEncoding.encode(status.message)))
    }
    fields.append(contentsOf: metadata.headerFields)
    return fields
  }
}
