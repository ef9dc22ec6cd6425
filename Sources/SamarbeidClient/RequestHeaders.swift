internal import HTTP2
internal import RPC

/// Builds the request header block of each call; a call without metadata, deadline or
/// compression reuses one block per method (one cache per connection, loop thread only).
final class RequestHeaders {
  private let authority: String
  private let acceptEncoding: String?
  private var cache: [String: HTTP2HeaderBlock] = [:]
  /// Methods remembered; calls to others build their block each time.
  static let cacheLimit = 256
  static let userAgent = "samarbeid-swift/1"

  init(authority: String, compression: CompressionRegistry) {
    self.authority = authority
    self.acceptEncoding = compression.names.isEmpty ? nil : compression.acceptEncodingHeader
  }

  /// The header block for `call`; nil when its deadline has already passed.
  func block(for call: ClientCall) -> HTTP2HeaderBlock? {
    let plain = call.metadata.isEmpty && call.deadline == nil && call.options.compression == nil
    if plain, let cached = cache[call.method.path] { return cached }
    var fields: [(name: String, value: String)] = [
      (":method", "POST"), (":scheme", "https"), (":path", call.method.path),
      (":authority", authority), ("content-type", "application/grpc"), ("te", "trailers"),
      ("user-agent", Self.userAgent),
    ]
    if let acceptEncoding { fields.append(("grpc-accept-encoding", acceptEncoding)) }
    if let compressor = call.options.compression {
      fields.append(("grpc-encoding", compressor.name))
    }
    if let deadline = call.deadline {
      let remaining = deadline - .now
      guard remaining > .zero else { return nil }
      fields.append(("grpc-timeout", GRPCTimeout.encode(remaining)))
    }
    fields.append(contentsOf: call.metadata.headerFields)
    let block = HTTP2HeaderBlock(fields)
    if plain, cache.count < Self.cacheLimit { cache[call.method.path] = block }
    return block
  }
}
