internal import HTTP2
internal import RPC

/// The header blocks of gRPC responses. The common ones (headers without metadata for each
/// encoding, OK trailers without metadata) are laid out once per server and reused.
///
/// No block is larger than the client accepts: `grpc-message` is cut to
/// ``maxStatusMessageBytes``, and trailers over the client's header-list limit become a
/// short RESOURCE_EXHAUSTED status instead of a response nghttp2 or the client would drop.
final class ResponseHeaders: Sendable {
  /// The most of a status message sent (UTF-8 bytes, before percent-encoding).
  static let maxStatusMessageBytes = 1024
  /// The largest header list sent, whatever the client allows: grpc-core's default soft
  /// limit for what it accepts.
  static let maxHeaderListSize = 8 * 1024

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

  /// The header-list size a response may have on a connection whose peer allows `peerLimit`.
  static func limit(peerLimit: Int) -> Int { min(peerLimit, maxHeaderListSize) }

  /// Response headers carrying `metadata`, announcing `encoding`.
  func initial(metadata: Metadata, encoding: String?) -> HTTP2HeaderBlock {
    if metadata.isEmpty {
      if let encoding, let cached = encodedInitial[encoding] { return cached }
      if encoding == nil { return plainInitial }
    }
    return HTTP2HeaderBlock(
      Self.initialFields(metadata: metadata, encoding: encoding, acceptEncoding: acceptEncoding))
  }

  /// Trailers with `status` and `metadata`, or a short RESOURCE_EXHAUSTED status when they
  /// would pass `limit`.
  func trailers(status: Status, metadata: Metadata, limit: Int) -> HTTP2HeaderBlock {
    if status.code == .ok && status.message.isEmpty && metadata.isEmpty { return okTrailers }
    let block = HTTP2HeaderBlock(Self.trailerFields(status: status, metadata: metadata))
    guard block.listSize > limit else { return block }
    return HTTP2HeaderBlock(
      Self.trailerFields(status: Self.oversized(block.listSize, limit: limit), metadata: [:]))
  }

  /// A trailers-only response: one header block with the HTTP status and the gRPC status
  /// (a short RESOURCE_EXHAUSTED status when it would pass `limit`).
  func trailersOnly(
    httpStatus: Int,
    status: Status,
    metadata: Metadata,
    extra: [(name: String, value: String)] = [],
    limit: Int
  ) -> HTTP2HeaderBlock {
    let head: [(name: String, value: String)] = [
      (":status", String(httpStatus)), ("content-type", "application/grpc"),
    ]
    let block = HTTP2HeaderBlock(
      head + extra + Self.trailerFields(status: status, metadata: metadata))
    guard block.listSize > limit else { return block }
    return HTTP2HeaderBlock(
      head + Self.trailerFields(status: Self.oversized(block.listSize, limit: limit), metadata: [:])
    )
  }

  /// The status sent instead of trailers that are too large.
  static func oversized(_ size: Int, limit: Int) -> Status {
    Status(
      code: .resourceExhausted,
      message:
        "the response's status and trailing metadata (\(size) bytes) are over the \(limit) bytes the client accepts"
    )
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
      fields.append(("grpc-message", PercentEncoding.encode(shortened(status.message))))
    }
    fields.append(contentsOf: metadata.headerFields)
    return fields
  }

  /// `message` cut to ``maxStatusMessageBytes`` at a character boundary, marked with "…".
  static func shortened(_ message: String) -> String {
    guard message.utf8.count > maxStatusMessageBytes else { return message }
    var cut = ""
    var bytes = 0
    for character in message {
      let size = character.utf8.count
      guard bytes + size <= maxStatusMessageBytes - 3 else { break }
      cut.append(character)
      bytes += size
    }
    return cut + "…"
  }
}
