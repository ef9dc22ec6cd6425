internal import Foundation
public import RPC

/// An amount of Norwegian money in øre (1/100 krone).
///
/// Arithmetic never traps: sums, differences and products are checked and throw
/// ``MoneyError`` (OUT_OF_RANGE) where the result does not fit, and formatting handles every
/// value. Amounts a caller sends are bounded at the API boundary by ``maximum``.
public struct Money: Sendable, Hashable, Comparable, CustomStringConvertible {
  /// The amount in øre.
  public let ore: Int64

  /// No money.
  public static let zero = Money(ore: 0)
  /// The largest amount a caller may send or the service stores in one field:
  /// 10 000 000 000 kr (10^12 øre), far above any municipality's yearly allocation.
  public static let maximum = Money(ore: 1_000_000_000_000)

  /// `ore` øre (any value: sums and stored amounts are checked where they are used).
  public init(ore: Int64) { self.ore = ore }

  public static func < (lhs: Money, rhs: Money) -> Bool { lhs.ore < rhs.ore }

  /// `self + other`.
  /// - Throws: ``MoneyError`` when the sum does not fit in 64 bits.
  public func adding(_ other: Money) throws(MoneyError) -> Money {
    let (sum, overflow) = ore.addingReportingOverflow(other.ore)
    guard !overflow else { throw MoneyError(self, "+", other.description) }
    return Money(ore: sum)
  }

  /// `self - other`.
  /// - Throws: ``MoneyError`` when the difference does not fit in 64 bits.
  public func subtracting(_ other: Money) throws(MoneyError) -> Money {
    let (difference, overflow) = ore.subtractingReportingOverflow(other.ore)
    guard !overflow else { throw MoneyError(self, "-", other.description) }
    return Money(ore: difference)
  }

  /// `self × count`.
  /// - Throws: ``MoneyError`` when the product does not fit in 64 bits.
  public func multiplied(by count: Int64) throws(MoneyError) -> Money {
    let (product, overflow) = ore.multipliedReportingOverflow(by: count)
    guard !overflow else { throw MoneyError(self, "×", "\(count)") }
    return Money(ore: product)
  }

  /// `self × count`, or `ceiling` when the product is larger (or does not fit): for limits
  /// such as a rate per member, where any product above the ceiling means "no limit".
  public func multiplied(by count: Int64, atMost ceiling: Money) -> Money {
    let (product, overflow) = ore.multipliedReportingOverflow(by: count)
    return overflow || product > ceiling.ore ? ceiling : Money(ore: product)
  }

  /// `permille`/1000 of this amount, rounded down (e.g. the 5 % administration share).
  public func permille(_ permille: Int64) -> Money {
    // Divided first so the product cannot overflow; the remainder's share added back.
    let whole = ore / 1000 * permille
    let rest = ore % 1000 * permille / 1000
    return Money(ore: whole + rest)
  }

  /// Norwegian notation with thousands grouped, e.g. `1 250 000,50 kr` (every value).
  public var description: String {
    let magnitude = ore.magnitude
    let fraction = magnitude % 100
    let cents = fraction == 0 ? "" : "," + (fraction < 10 ? "0" : "") + String(fraction)
    return (ore < 0 ? "-" : "") + Self.grouped(magnitude / 100) + cents + " kr"
  }

  /// `number` with a space between thousands, as Norwegian readers write it: `1 234 567`.
  public static func grouped(_ number: UInt64) -> String {
    var digits = String(number)
    var grouped = ""
    while digits.count > 3 {
      grouped = " " + digits.suffix(3) + grouped
      digits.removeLast(3)
    }
    return digits + grouped
  }

  /// Kroner with two decimals and no grouping, e.g. `30000.00` (command-line form).
  public var plainKroner: String {
    let magnitude = ore.magnitude
    let fraction = magnitude % 100
    return (ore < 0 ? "-" : "") + String(magnitude / 100) + "."
      + (fraction < 10 ? "0" : "") + String(fraction)
  }

  /// An amount written in kroner as it is typed or as tables show it: digits, optionally
  /// grouped by three with spaces (`20 000`), a decimal point or comma and one or two decimals
  /// (`1250.50`, `1 250,5`), a leading minus, a trailing `kr`; nil for anything else
  /// (``refusal(kroner:)`` says why), and for amounts beyond ±``maximum``.
  public init?(kroner text: String) {
    guard let plain = Self.ungrouped(text) else { return nil }
    var rest = Substring(plain)
    let negative = rest.first == "-"
    if negative { rest = rest.dropFirst() }
    let parts = rest.split(
      separator: rest.contains(",") ? "," : ".", maxSplits: 1, omittingEmptySubsequences: false)
    guard let wholeText = parts.first, (1...11).contains(wholeText.count),
      wholeText.allSatisfy(\.isASCIIDigit), let whole = Int64(wholeText)
    else { return nil }
    var fraction: Int64 = 0
    if parts.count == 2 {
      let decimals = parts[1]
      guard (1...2).contains(decimals.count), decimals.allSatisfy(\.isASCIIDigit),
        let value = Int64(decimals)
      else { return nil }
      fraction = decimals.count == 1 ? value * 10 : value
    }
    let ore = whole * 100 + fraction
    guard ore <= Money.maximum.ore else { return nil }
    self.init(ore: negative ? -ore : ore)
  }

  /// `text` without a trailing `kr` and without the spaces (also no-break spaces) that group
  /// its whole kroner by three; nil when the groups are not of three.
  static func ungrouped(_ text: String) -> String? {
    var text = text.trimmingCharacters(in: .whitespaces)
    if text.lowercased().hasSuffix("kr") {
      text = String(text.dropLast(2)).trimmingCharacters(in: .whitespaces)
    }
    let spaces: Set<Character> = [" ", "\u{00A0}", "\u{202F}"]
    guard text.contains(where: spaces.contains) else { return text }
    let whole = text.prefix { $0 != "," && $0 != "." }
    let groups = whole.drop { $0 == "-" }.split(whereSeparator: spaces.contains)
    guard let first = groups.first, (1...3).contains(first.count),
      groups.dropFirst().allSatisfy({ $0.count == 3 }),
      !text[whole.endIndex...].contains(where: spaces.contains)
    else { return nil }
    return text.filter { !spaces.contains($0) }
  }

  /// Why `text` is not an amount in kroner; nil when it is one.
  public static func refusal(kroner text: String) -> String? {
    guard Money(kroner: text) == nil else { return nil }
    guard let plain = ungrouped(text) else {
      return "spaces may only group the whole kroner by three (20 000, 1 250 000,50)"
    }
    let digits = plain.drop { $0 == "-" }
    let parts = digits.split(
      separator: digits.contains(",") ? "," : ".", maxSplits: 1, omittingEmptySubsequences: false)
    if parts.count == 2, parts[1].count > 2, parts[1].allSatisfy(\.isASCIIDigit) {
      return "at most two decimals (øre)"
    }
    if let whole = parts.first, !whole.isEmpty, whole.allSatisfy(\.isASCIIDigit),
      parts.count == 1 || parts[1].allSatisfy(\.isASCIIDigit)
    {
      return "at most \(Money.maximum) kr"
    }
    return "an amount is digits, e.g. 20000, 20 000 kr or 1250,50"
  }
}

/// An amount computed beyond what 64 bits hold (OUT_OF_RANGE): the inputs are each within
/// their bounds, but together they are not.
public struct MoneyError: Error, Sendable, RPCErrorConvertible, CustomStringConvertible {
  /// What overflowed, e.g. `9 000 000 000 kr + 2 kr`.
  public let operation: String

  init(_ lhs: Money, _ symbol: String, _ rhs: String) {
    operation = "\(lhs) \(symbol) \(rhs)"
  }

  public var description: String {
    "the amount \(operation) is beyond what the service computes (at most 92 233 720 368 547 758,07 kr)"
  }

  public var rpcErrorCode: Status.Code { .outOfRange }
  public var rpcErrorMessage: String { description }
}

extension Character {
  var isASCIIDigit: Bool { isASCII && isNumber }
}
