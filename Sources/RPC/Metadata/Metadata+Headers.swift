internal import ExtrasBase64

extension Metadata {
  /// Header names the gRPC protocol owns; they never appear as custom metadata.
  static let reservedHeaders: Set<String> = [
    "content-type", "te", "grpc-timeout", "grpc-encoding", "grpc-accept-encoding",
    "grpc-status", "grpc-message", "grpc-message-type", "connection", "host",
    "transfer-encoding", "upgrade", "keep-alive", "proxy-connection", "content-length",
    "user-agent",
  ]

  /// Whether `name` is a pseudo-header or a header the protocol owns.
  public static func isReserved(_ name: String) -> Bool {
    name.hasPrefix(":") || reservedHeaders.contains(name)
  }

  /// Adds a received header as metadata: `-bin` values are split on "," and base64-decoded
  /// (padded or not); text values lose surrounding whitespace.
  ///
  /// - Throws: ``RPCError`` (INTERNAL) when a `-bin` value is not base64.
  public mutating func addHeader(name: String, value: String) throws(RPCError) {
    guard name.hasSuffix("-bin") else {
      add(name, value.trimmingASCIIWhitespace())
      return
    }
    for part in value.split(separator: ",", omittingEmptySubsequences: false) {
      let encoded = part.trimmingASCIIWhitespace()
      guard let bytes = Self.decodeBase64(encoded) else {
        throw RPCError(
          code: .internal,
          message: "metadata \(name) is not base64 (RFC 4648, padded or unpadded)"
        )
      }
      add(name, binary: bytes)
    }
  }

  /// The pairs as header fields: binary values base64-encoded without padding, pairs whose
  /// key or value HTTP/2 cannot carry left out.
  public var headerFields: [(name: String, value: String)] {
    var fields: [(name: String, value: String)] = []
    fields.reserveCapacity(count)
    for element in self where Self.isValidKey(element.key) && !Self.isReserved(element.key) {
      switch element.value {
      case .string(let text) where !element.key.hasSuffix("-bin"):
        if Self.isValidASCIIValue(text) { fields.append((element.key, text)) }
      case .binary(let bytes) where element.key.hasSuffix("-bin"):
        fields.append(
          (element.key, Base64.encodeToString(bytes: bytes, options: .omitPaddingCharacter)))
      default:
        continue
      }
    }
    return fields
  }

  /// Why an entry cannot be sent as a header, for the first such entry; nil when all can.
  /// Keys are 0-9 a-z _ - . (lower case), not reserved by gRPC; text values printable
  /// ASCII; binary values only under keys ending in `-bin`.
  public var unsendableReason: String? {
    for element in self {
      let key = element.key
      guard Self.isValidKey(key) else {
        return "metadata key \(Quote.short(key)) is not 1 or more of 0-9, a-z, _, -, . (lower case)"
      }
      guard !Self.isReserved(key) else {
        return "metadata key \(key) is reserved by gRPC (set it with call options instead)"
      }
      switch element.value {
      case .string where key.hasSuffix("-bin"):
        return "metadata \(key) ends in -bin, so its value must be bytes, not text"
      case .string(let text) where !Self.isValidASCIIValue(text):
        return "metadata \(key) has a value that is not printable ASCII (0x20-0x7E): "
          + Quote.short(text) + "; send other text as a -bin key"
      case .binary where !key.hasSuffix("-bin"):
        return "metadata \(key) carries bytes, so its key must end in -bin"
      default:
        continue
      }
    }
    return nil
  }

  /// Base64 with or without padding, or nil.
  static func decodeBase64(_ text: String) -> [UInt8]? {
    if text.utf8.count % 4 == 0 {
      return try? Base64.decode(string: text)
    }
    return try? Base64.decode(string: text, options: .omitPaddingCharacter)
  }

  /// Header-Name → 1*( 0-9 / a-z / "_" / "-" / "." )
  static func isValidKey(_ key: String) -> Bool {
    !key.isEmpty
      && key.utf8.allSatisfy { byte in
        (0x30...0x39).contains(byte) || (0x61...0x7A).contains(byte) || byte == 0x5F
          || byte == 0x2D || byte == 0x2E
      }
  }

  /// ASCII-Value → 1*( %x20-%x7E )
  static func isValidASCIIValue(_ value: String) -> Bool {
    value.utf8.allSatisfy { (0x20...0x7E).contains($0) }
  }
}

extension StringProtocol {
  /// The string without leading and trailing spaces and tabs.
  func trimmingASCIIWhitespace() -> String {
    let isSpace: (UInt8) -> Bool = { $0 == 0x20 || $0 == 0x09 }
    if let first = utf8.first, let last = utf8.reversed().first, !isSpace(first), !isSpace(last) {
      return String(self)
    }
    let bytes = Array(utf8)
    guard let first = bytes.firstIndex(where: { $0 != 0x20 && $0 != 0x09 }) else { return "" }
    let last = bytes.lastIndex(where: { $0 != 0x20 && $0 != 0x09 })!
    if first == 0 && last == bytes.count - 1 { return String(self) }
    return String(decoding: bytes[first...last], as: UTF8.self)
  }
}
