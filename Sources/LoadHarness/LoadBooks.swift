/// A scenario's check of its own books against the server after a run: what it saw
/// acknowledged must be there, and no invariant may be broken.
public struct LoadBooks: Codable, Sendable {
  /// Acknowledged records looked up.
  public var checked: Int
  /// Acknowledged records the server does not have (must be 0).
  public var missing: Int
  /// Broken invariants, in words (must be empty), e.g. a budget exceeded.
  public var violations: [String]

  public init(checked: Int, missing: Int, violations: [String]) {
    self.checked = checked
    self.missing = missing
    self.violations = violations
  }

  /// Whether the books balance.
  public var balance: Bool { missing == 0 && violations.isEmpty }
}
