internal import Foundation
internal import RPC

/// The bounds of what a caller may send in a field, checked at the API boundary; each
/// refusal names the field and what is allowed, and quotes input only briefly.
public enum Field {
  /// The largest count a caller may send (members, participants, activities, thresholds):
  /// more than Norway's population.
  public static let maximumCount: Int32 = 10_000_000

  /// A grant year: 2000 to 2100.
  public static func year(_ year: Int32, field: String = "year") throws(DomainError) -> Int32 {
    guard (2000...2100).contains(year) else {
      throw .invalid(field, "\(field) must be 2000 to 2100, not \(year)")
    }
    return year
  }

  /// The year a municipality joined the grant scheme, for an allocation of `year`: 0 (not
  /// stated) or 2015 (the scheme's first year) to `year`.
  public static func joinedSchemeYear(_ joined: Int32, allocationYear year: Int32, field: String)
    throws(DomainError) -> Int32
  {
    guard joined == 0 || (2015...max(2015, year)).contains(joined) && joined <= year else {
      throw .invalid(
        field,
        "\(field) must be the year the municipality joined the scheme, 2015 (the scheme's first year) to \(year) (the allocation's year), or 0 to keep what is stated, not \(joined)"
      )
    }
    return joined
  }

  /// The date `text` names.
  public static func date(_ text: String, field: String) throws(DomainError) -> CivilDate {
    guard let date = CivilDate(text) else {
      // Written right but not on the calendar (2026-02-30): say that, not how to write it.
      let parts = text.split(separator: "-", omittingEmptySubsequences: false)
      if parts.count == 3, parts.map(\.count) == [4, 2, 2],
        parts.allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
        let year = Int(parts[0]), (1900...2200).contains(year), let month = Int(parts[1]),
        (1...12).contains(month)
      {
        let days = CivilTime.daysIn(month: month, year: year)
        throw .invalid(
          field,
          "\(field) \(Quote.short(text)) is not a real date: \(parts[0])-\(parts[1]) has \(days) days"
        )
      }
      throw .invalid(
        field,
        "\(field) must be a date written YYYY-MM-DD (1900 to 2200), not \(Quote.short(text))")
    }
    return date
  }

  /// A period from..to where either may be empty: the dates valid and not inverted, as read
  /// (nil for an empty one).
  @discardableResult
  public static func range(
    from: String, to: String, fields: (from: String, to: String) = ("from", "to")
  ) throws(DomainError) -> (from: CivilDate?, to: CivilDate?) {
    let first = from.isEmpty ? nil : try date(from, field: fields.from)
    let last = to.isEmpty ? nil : try date(to, field: fields.to)
    if let first, let last, last < first {
      throw .invalid(
        fields.to, "\(fields.to) (\(last)) must not be before \(fields.from) (\(first))")
    }
    return (first, last)
  }

  /// An amount: 1 (or 0) to ``Money/maximum`` øre.
  public static func amount(_ ore: Int64, field: String, allowZero: Bool = false)
    throws(DomainError) -> Money
  {
    let range: ClosedRange<Int64> = (allowZero ? 0 : 1)...Money.maximum.ore
    guard range.contains(ore) else {
      throw .invalid(
        field,
        "\(field) must be \(allowZero ? 0 : 1) to \(Money.maximum.ore) øre (\(Money.maximum)), not \(ore) øre (\(Money(ore: ore)))"
      )
    }
    return Money(ore: ore)
  }

  /// A count: 0 to ``maximumCount``.
  public static func count(_ value: Int32, field: String) throws(DomainError) -> Int32 {
    guard (0...maximumCount).contains(value) else {
      throw .invalid(field, "\(field) must be 0 to \(maximumCount), not \(value)")
    }
    return value
  }

  /// Text of at most `maximum` characters, whitespace trimmed; required ones not empty.
  public static func text(_ value: String, field: String, maximum: Int, required: Bool = false)
    throws(DomainError) -> String
  {
    // Far longer than allowed: refused before the work of trimming it.
    guard value.utf8.count <= maximum * 4 + 1024 else {
      throw .invalid(field, "\(field) must be at most \(maximum) characters")
    }
    let trimmed = trimmed(value)
    guard trimmed.count <= maximum else {
      throw .invalid(field, "\(field) must be at most \(maximum) characters")
    }
    guard !required || !trimmed.isEmpty else { throw .invalid(field, "\(field) is required") }
    // Control characters (NUL, escapes) are no part of a name or a note; tabs and line
    // breaks are.
    if let control = trimmed.unicodeScalars.first(where: {
      $0.properties.generalCategory == .control && !["\t", "\n", "\r"].contains($0)
    }) {
      let code = "U+" + String(control.value, radix: 16, uppercase: true).leftPadded(to: 4)
      throw .invalid(
        field,
        "\(field) must not contain control characters (here \(code)); tabs and line breaks are allowed"
      )
    }
    return trimmed
  }

  /// `text` without leading and trailing whitespace.
  public static func trimmed(_ text: String) -> String {
    text.trimmingCharacters(in: .whitespacesAndNewlines)
  }
}

extension String {
  fileprivate func leftPadded(to width: Int) -> String {
    String(repeating: "0", count: max(0, width - count)) + self
  }
}
