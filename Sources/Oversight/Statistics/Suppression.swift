/// Small numbers are personal data too: a count below ``threshold`` is never published, and
/// neither is any figure from which one could be worked out.
public enum Suppression {
  /// The smallest count published.
  public static let threshold: Int64 = 5

  /// Whether `count` may be published on its own (0 may: "none" reveals no one).
  public static func isPublishable(_ count: Int64) -> Bool {
    count == 0 || count >= threshold
  }

  /// Which of `parts` to suppress when they and `total` (their sum) are published together:
  /// every small part, and when exactly one part is suppressed the smallest other nonzero
  /// part too, since the total less the others would give it away. Returns the indices to
  /// suppress, and whether the total must be suppressed as well (when a small part cannot be
  /// protected by another, or the total itself is small).
  public static func cells(total: Int64, parts: [Int64]) -> (parts: Set<Int>, total: Bool) {
    guard isPublishable(total) else { return (Set(parts.indices), true) }
    var suppressed = Set(parts.indices.filter { !isPublishable(parts[$0]) })
    if suppressed.count == 1 {
      let partner = parts.indices.filter { !suppressed.contains($0) && parts[$0] > 0 }
        .min { parts[$0] < parts[$1] }
      guard let partner else { return (Set(parts.indices), true) }
      suppressed.insert(partner)
    }
    return (suppressed, false)
  }

  /// Whether a share `numerator` / `denominator` may be published next to its denominator:
  /// not when the numerator, or what remains of the denominator, is a small count.
  public static func isPublishable(numerator: Int64, of denominator: Int64) -> Bool {
    isPublishable(denominator) && isPublishable(numerator)
      && isPublishable(denominator - numerator)
  }
}
