/// A refusal by a rule of the domain: which field or rule failed and why, in words for the
/// caller. Domain code throws these; the service maps them to gRPC statuses in one place
/// (`DomainError+Status.swift` in Tenancy).
public struct DomainError: Error, Sendable, Equatable, CustomStringConvertible {
  /// What kind of refusal.
  public enum Kind: Sendable, Equatable {
    /// A field of the request is malformed or outside its bounds (the field named).
    case invalidField(String)
    /// A rule of the scheme or the state of a record refuses the request (the rule named).
    case ruleViolated(String)
    /// What the request names does not exist (for this tenant).
    case notFound
    /// A record with the same unique value exists.
    case alreadyExists
  }

  /// What kind of refusal.
  public let kind: Kind
  /// What was wrong and what is allowed.
  public let message: String

  /// A refusal of `kind` saying `message`.
  public init(_ kind: Kind, _ message: String) {
    self.kind = kind
    self.message = message
  }

  public var description: String { message }

  /// `field` is malformed or out of bounds.
  public static func invalid(_ field: String, _ message: String) -> DomainError {
    DomainError(.invalidField(field), message)
  }

  /// `rule` refuses the request.
  public static func violation(_ rule: String, _ message: String) -> DomainError {
    DomainError(.ruleViolated(rule), message)
  }

  /// Every failure of `rule` for `subject`, in one refusal.
  public static func violations(_ rule: String, _ failures: [String], subject: String)
    -> DomainError
  {
    if failures.count == 1 { return violation(rule, "\(subject): \(failures[0])") }
    let listed = failures.enumerated().map { "(\($0.offset + 1)) \($0.element)" }.joined(
      separator: "; ")
    return violation(rule, "\(subject) fails \(failures.count) rules: \(listed)")
  }

  /// What the request names does not exist.
  public static func notFound(_ message: String) -> DomainError {
    DomainError(.notFound, message)
  }

  /// The unique value is taken.
  public static func exists(_ message: String) -> DomainError {
    DomainError(.alreadyExists, message)
  }
}

extension DomainError {
  /// This refusal with its field named from the request rather than the record in it:
  /// `starts_on` of the `gathering` is `gathering.starts_on` (as AIP-193 names fields).
  public func within(_ prefix: String) -> DomainError {
    guard case .invalidField(let field) = kind, field != prefix, !field.hasPrefix(prefix + ".")
    else { return self }
    return DomainError(.invalidField(prefix + "." + field), message)
  }

  /// `body`'s result, its refusals named within `prefix` (see ``within(_:)``).
  public static func within<Value>(_ prefix: String, _ body: () throws(DomainError) -> Value)
    throws(DomainError) -> Value
  {
    do {
      return try body()
    } catch {
      throw error.within(prefix)
    }
  }
}
