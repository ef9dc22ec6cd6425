internal import CNGHTTP2

/// A failure reported by nghttp2; fatal ones end the connection.
public struct HTTP2Error: Error, Sendable, Hashable, CustomStringConvertible {
  /// nghttp2's error code (negative).
  public var code: Int32
  /// What was being done.
  public var operation: String

  init(_ code: Int, operation: String) {
    self.code = Int32(truncatingIfNeeded: code)
    self.operation = operation
  }

  /// Whether the connection cannot continue.
  public var isFatal: Bool { nghttp2_is_fatal(code) != 0 }

  /// Whether the peer flooded the connection (too many frames needing our answers, too many
  /// resets, too many CONTINUATIONs).
  public var isFlood: Bool {
    code == NGHTTP2_ERR_FLOODED.rawValue || code == NGHTTP2_ERR_TOO_MANY_CONTINUATIONS.rawValue
  }

  public var description: String {
    "\(operation): \(String(cString: nghttp2_strerror(Int32(code)))) (\(code))"
  }
}
