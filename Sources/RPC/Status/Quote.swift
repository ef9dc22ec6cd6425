/// How error messages echo what a caller sent: a short, escaped prefix, so a megabyte of
/// input never becomes a megabyte of trailers, and control characters never reach a log or
/// a terminal as themselves.
public enum Quote {
  /// Characters of a value an error message repeats.
  public static let limit = 64

  /// `value` in double quotes, escaped (`\n`, `\u{1B}` ...), cut after ``limit`` characters
  /// with the length said: `"abc…" (1048576 characters)`.
  public static func short(_ value: String) -> String {
    var characters = 0
    var quoted = "\""
    for scalar in value.unicodeScalars {
      guard characters < limit else {
        return quoted + "…\" (\(value.unicodeScalars.count) characters)"
      }
      quoted += scalar.escaped(asASCII: false)
      characters += 1
    }
    return quoted + "\""
  }
}
