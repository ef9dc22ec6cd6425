internal import HTTP2
internal import RPC

/// Builds the request header block of each call from a cached block per method and
/// encoding, plus the call's `grpc-timeout` and metadata (one cache per connection, loop
/// thread only).
final class RequestHeaders {
  private let authority: String
  private let acceptEncoding: String?
  private var cache: [String: HTTP2HeaderBlock] = [:]
  /// Methods remembered; calls to others build their block each time.
  static let cacheLimit = 256
  static let userAgent = "samarbeid-swift/\(ProductVersion.current)"

  init(authority: String, compression: CompressionRegistry) {
    self.authority = authority
    self.acceptEncoding = compression.names.isEmpty ? nil : compression.acceptEncodingHeader
  }

  /// The header block for `call`; nil when its deadline has already passed.
  func block(for call: ClientCall) -> HTTP2HeaderBlock? {
    var timeout: [(name: String, value: String)] = []
    if let deadline = call.deadline {
      let remaining = deadline - .now
      guard remaining > .zero else { return nil }
      timeout = [("grpc-timeout", GRPCTimeout.encode(remaining))]
    }
    guard call.metadata.isEmpty else {
      return HTTP2HeaderBlock(
        base: base(for: call), appending: timeout + call.metadata.headerFields)
    }
    let cached = cachedBase(for: call)
    return timeout.isEmpty ? cached : HTTP2HeaderBlock(base: cached, appending: timeout)
  }

  /// The fields every call of this method and encoding carries, cached.
  private func cachedBase(for call: ClientCall) -> HTTP2HeaderBlock {
    let key = call.options.compression.map { call.method.path + " " + $0.name } ?? call.method.path
    if let cached = cache[key] { return cached }
    let block = base(for: call)
    if cache.count < Self.cacheLimit { cache[key] = block }
    return block
  }

  private func base(for call: ClientCall) -> HTTP2HeaderBlock {
    var fields: [(name: String, value: String)] = [
      (":method", "POST"), (":scheme", "https"), (":path", call.method.path),
      (":authority", authority), ("content-type", "application/grpc"), ("te", "trailers"),
      ("user-agent", Self.userAgent),
    ]
    if let acceptEncoding { fields.append(("grpc-accept-encoding", acceptEncoding)) }
    if let compressor = call.options.compression {
      fields.append(("grpc-encoding", compressor.name))
    }
    return HTTP2HeaderBlock(fields)
  }
}
