internal import DomainValues
internal import Foundation
internal import RPC
internal import Tenancy

/// The refusals every grant rule uses, and the bounds of what a caller may send; each
/// message names the field or rule and what is allowed, and quotes input only briefly.
enum GrantRules {
  /// The largest count a caller may send (members, participants, activities, thresholds):
  /// more than Norway's population.
  static let maximumCount: Int32 = 10_000_000

  /// A malformed value.
  static func invalid(_ message: String) -> RPCError {
    RPCError(code: .invalidArgument, message: message)
  }

  /// A rule or state the request violates.
  static func violation(_ message: String) -> RPCError {
    RPCError(code: .failedPrecondition, message: message)
  }

  /// Every rule that failed, in one refusal.
  static func violations(_ failures: [String], subject: String) -> RPCError {
    if failures.count == 1 { return violation("\(subject): \(failures[0])") }
    let listed = failures.enumerated().map { "(\($0.offset + 1)) \($0.element)" }.joined(
      separator: "; ")
    return violation("\(subject) fails \(failures.count) rules: \(listed)")
  }

  static func year(_ year: Int32) throws(RPCError) -> Int32 {
    guard (2000...2100).contains(year) else {
      throw invalid("year must be 2000 to 2100, not \(year)")
    }
    return year
  }

  /// The date `text` names.
  static func date(_ text: String, field: String) throws(RPCError) -> CivilDate {
    guard let date = CivilDate(text) else {
      throw invalid(
        "\(field) must be a date written YYYY-MM-DD (1900 to 2200), not \(Quote.short(text))")
    }
    return date
  }

  /// An amount a caller sent: 1 (or 0) to ``Money/maximum`` øre.
  static func amount(_ ore: Int64, field: String, allowZero: Bool = false) throws(RPCError)
    -> Money
  {
    let range: ClosedRange<Int64> = (allowZero ? 0 : 1)...Money.maximum.ore
    guard range.contains(ore) else {
      throw invalid(
        "\(field) must be \(allowZero ? 0 : 1) to \(Money.maximum.ore) øre (\(Money.maximum)), not \(ore)"
      )
    }
    return Money(ore: ore)
  }

  /// A count a caller sent: 0 to ``maximumCount``.
  static func count(_ value: Int32, field: String) throws(RPCError) -> Int32 {
    guard (0...maximumCount).contains(value) else {
      throw invalid("\(field) must be 0 to \(maximumCount), not \(value)")
    }
    return value
  }

  static func text(_ value: String, field: String, maximum: Int, required: Bool = false)
    throws(RPCError) -> String
  {
    // Far longer than allowed: refused before the work of trimming it.
    guard value.utf8.count <= maximum * 4 + 1024 else {
      throw invalid("\(field) must be at most \(maximum) characters")
    }
    let trimmed = value.trimmingCharacters(in: .whitespacesAndNewlines)
    guard trimmed.count <= maximum else {
      throw invalid("\(field) must be at most \(maximum) characters")
    }
    guard !required || !trimmed.isEmpty else { throw invalid("\(field) is required") }
    return trimmed
  }

  /// Whether `date` is within `days` days after `start`.
  static func isWithin(days: Int, of start: CivilDate, date: CivilDate) -> Bool {
    (start...start.adding(days: days)).contains(date)
  }
}
