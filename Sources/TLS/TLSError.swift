internal import COpenSSL

/// Why TLS set-up or a TLS connection failed. The detail may hold OpenSSL's own words, for
/// logs only; it never reaches an RPC client.
public struct TLSError: Error, Sendable, Hashable, CustomStringConvertible {
  /// The class of failure.
  public struct Code: Sendable, Hashable, CustomStringConvertible {
    private enum Wrapped: Sendable, Hashable {
      case configuration, handshake, noApplicationProtocol, io, closed
    }
    private let wrapped: Wrapped
    private init(_ wrapped: Wrapped) { self.wrapped = wrapped }

    /// A certificate, key or CA file could not be used.
    public static let configuration = Code(.configuration)
    /// The peer failed the handshake (bad certificate, no shared cipher, ...).
    public static let handshake = Code(.handshake)
    /// The peer does not speak HTTP/2 (ALPN `h2`).
    public static let noApplicationProtocol = Code(.noApplicationProtocol)
    /// Reading or writing failed.
    public static let io = Code(.io)
    /// The peer closed the connection.
    public static let closed = Code(.closed)

    public var description: String {
      switch wrapped {
      case .configuration: "TLS configuration"
      case .handshake: "TLS handshake"
      case .noApplicationProtocol: "no application protocol"
      case .io: "TLS I/O"
      case .closed: "TLS closed"
      }
    }
  }

  /// What failed.
  public var code: Code
  /// What happened, with OpenSSL's error queue when there was one.
  public var detail: String

  /// Creates an error; `detail` is followed by the thread's OpenSSL errors, which are cleared.
  init(_ code: Code, _ detail: String) {
    self.code = code
    let queued = Self.drainErrorQueue()
    self.detail = queued.isEmpty ? detail : "\(detail): \(queued.joined(separator: "; "))"
  }

  public static func == (lhs: Self, rhs: Self) -> Bool { lhs.code == rhs.code }
  public func hash(into hasher: inout Hasher) { hasher.combine(code) }

  public var description: String { "\(code): \(detail)" }

  /// OpenSSL's queued errors as text, emptying the queue.
  static func drainErrorQueue() -> [String] {
    var messages: [String] = []
    while true {
      let code = ERR_get_error()
      guard code != 0 else { break }
      var buffer = [CChar](repeating: 0, count: 256)
      ERR_error_string_n(code, &buffer, buffer.count)
      messages.append(
        String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self))
    }
    return messages
  }
}
