/// A Norwegian identifier that failed its format or check-digit rule; the message says
/// which rule and what is allowed.
public struct IdentifierError: Error, Sendable, Equatable, CustomStringConvertible {
  public var message: String

  init(_ message: String) { self.message = message }

  public var description: String { message }
}
