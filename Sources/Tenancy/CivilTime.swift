public import Foundation

/// Dates and times the way the service records them: calendar dates in Norway
/// (YYYY-MM-DD, Europe/Oslo) and instants in RFC 3339 UTC.
public enum CivilTime {
  private static let oslo = TimeZone(identifier: "Europe/Oslo") ?? .current

  /// Today's date in Norway.
  public static func today() -> String {
    date(Date())
  }

  static func date(_ instant: Date) -> String {
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = oslo
    let parts = calendar.dateComponents([.year, .month, .day], from: instant)
    return String(format: "%04d-%02d-%02d", parts.year ?? 0, parts.month ?? 0, parts.day ?? 0)
  }

  /// Now, e.g. `2026-11-24T12:00:00.123Z`.
  public static func now() -> String {
    let formatter = ISO8601DateFormatter()
    formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
    return formatter.string(from: Date())
  }

  /// The start of the day `text` (YYYY-MM-DD) in Norway; nil for anything else.
  public static func parse(_ text: String) -> Date? {
    guard isDate(text) else { return nil }
    let parts = text.split(separator: "-").compactMap { Int($0) }
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = oslo
    return calendar.date(from: DateComponents(year: parts[0], month: parts[1], day: parts[2]))
  }

  /// `text` moved by `years` and `days` (negative: back), as YYYY-MM-DD.
  public static func shift(_ text: String, years: Int = 0, days: Int = 0) -> String? {
    guard let start = parse(text) else { return nil }
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = oslo
    guard let moved = calendar.date(byAdding: DateComponents(year: years, day: days), to: start)
    else { return nil }
    return date(moved)
  }

  /// Whether `text` is a real calendar date written YYYY-MM-DD.
  public static func isDate(_ text: String) -> Bool {
    let parts = text.split(separator: "-", omittingEmptySubsequences: false)
    guard text.utf8.count == 10, parts.count == 3, let year = Int(parts[0]),
      let month = Int(parts[1]),
      let day = Int(parts[2]), parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
      (1900...2200).contains(year), (1...12).contains(month)
    else { return false }
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = oslo
    guard let first = calendar.date(from: DateComponents(year: year, month: month, day: 1)),
      let days = calendar.range(of: .day, in: .month, for: first)
    else { return false }
    return days.contains(day)
  }
}
