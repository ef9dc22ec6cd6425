/// The outcome of an RPC: a code and a message for people.
public struct Status: Sendable, Hashable, CustomStringConvertible {
  /// What happened.
  public var code: Code
  /// What went wrong and what is allowed, in words; empty for OK.
  public var message: String

  /// Creates a status.
  public init(code: Code, message: String = "") {
    self.code = code
    self.message = message
  }

  /// Success.
  public static let ok = Status(code: .ok)

  public var description: String {
    message.isEmpty ? "\(code)" : "\(code): \(message)"
  }
}
