/// Small numbers are personal data too: a count below ``threshold`` is never published, and
/// neither is any figure from which one could be worked out.
public enum Suppression {
  /// The smallest count published.
  public static let threshold: Int64 = 5

  /// Whether `count` may be published on its own (0 may: "none" reveals no one).
  public static func isPublishable(_ count: Int64) -> Bool {
    count == 0 || count >= threshold
  }

  /// How far apart the least and greatest value of a suppressed small count must lie, given
  /// everything published beside it, for it to be protected: it could be any of at least
  /// five values (0 to 4 for a count of 2, say), as many as the threshold.
  public static let safetyRange: Int64 = threshold - 1

  /// Whether a share `numerator` / `denominator` may be published next to its denominator:
  /// not when the numerator, or what remains of the denominator, is a small count.
  public static func isPublishable(numerator: Int64, of denominator: Int64) -> Bool {
    isPublishable(denominator) && isPublishable(numerator)
      && isPublishable(denominator - numerator)
  }
}
