/// The `grpc-timeout` header: 1 to 8 ASCII digits and a unit (H, M, S, m, u, n).
public enum GRPCTimeout {
  /// The largest value the header can carry in any unit.
  static let maxValue: Int64 = 99_999_999

  /// The duration a header value states, or nil when it is malformed.
  public static func parse(_ text: String) -> Duration? {
    parse(Array(text.utf8))
  }

  /// The duration a header value's bytes state, or nil when they are malformed.
  public static func parse(_ utf8: some Collection<UInt8>) -> Duration? {
    guard utf8.count >= 2, utf8.count <= 9, let unit = utf8.reversed().first else { return nil }
    var value: Int64 = 0
    for digit in utf8.dropLast() {
      guard (0x30...0x39).contains(digit) else { return nil }
      value = value * 10 + Int64(digit - 0x30)
    }
    switch unit {
    case UInt8(ascii: "H"): return .seconds(value * 3600)
    case UInt8(ascii: "M"): return .seconds(value * 60)
    case UInt8(ascii: "S"): return .seconds(value)
    case UInt8(ascii: "m"): return .milliseconds(value)
    case UInt8(ascii: "u"): return .microseconds(value)
    case UInt8(ascii: "n"): return .nanoseconds(value)
    default: return nil
    }
  }

  /// The header value for `duration`: the finest unit whose value fits in 8 digits, rounded
  /// up so the peer never sees a shorter deadline than the caller set.
  public static func encode(_ duration: Duration) -> String {
    let (seconds, attoseconds) = duration.components
    guard seconds >= 0, duration > .zero else { return "0n" }
    let nanoseconds = seconds.multipliedReportingOverflow(by: 1_000_000_000)
    let totalNanoseconds: Int64 =
      nanoseconds.overflow
      ? .max : nanoseconds.partialValue &+ (attoseconds + 999_999_999) / 1_000_000_000
    let units: [(Int64, Character)] = [
      (1, "n"), (1_000, "u"), (1_000_000, "m"), (1_000_000_000, "S"), (60_000_000_000, "M"),
      (3_600_000_000_000, "H"),
    ]
    for (perUnit, unit) in units {
      let value = (totalNanoseconds + perUnit - 1) / perUnit
      if value <= maxValue { return "\(value)\(unit)" }
    }
    return "\(maxValue)H"
  }
}
