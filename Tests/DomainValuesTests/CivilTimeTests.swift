import DomainValues
import Foundation
import Testing

/// CivilTime's arithmetic against Foundation's calendars (ICU's Europe/Oslo zone data).
@Suite("Civil time") struct CivilTimeTests {
  static let oslo: Calendar = {
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = TimeZone(identifier: "Europe/Oslo")!
    return calendar
  }()

  static let utc: Calendar = {
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = TimeZone(identifier: "UTC")!
    return calendar
  }()

  static func text(_ parts: DateComponents) -> String {
    String(format: "%04d-%02d-%02d", parts.year!, parts.month!, parts.day!)
  }

  @Test("the date in Norway agrees with ICU, around every change of summer time 1996-2099")
  func osloDates() {
    var generator = SystemRandomNumberGenerator()
    var instants: [Int] = (0..<20_000).map { _ in
      Int.random(in: 820_454_400..<4_102_444_800, using: &generator)
    }
    for year in 1996..<2100 {
      for month in [3, 10] {
        let last = CivilTime.lastSunday(month: month, year: year) * 86_400 + 3600
        // Either side of the change, and either side of midnight in Norway that night.
        instants += [
          last - 1, last, last + 1, last - 3601, last - 3600, last + 79_199, last + 79_200,
        ]
      }
    }
    for instant in instants {
      let expected = Self.text(
        Self.oslo.dateComponents(
          [.year, .month, .day], from: Date(timeIntervalSince1970: TimeInterval(instant))))
      #expect(CivilTime.date(utcSeconds: instant) == expected, "at \(instant)")
    }
  }

  @Test("timestamps are RFC 3339 UTC with milliseconds, as ISO8601DateFormatter writes them")
  func timestamps() {
    let formatter = ISO8601DateFormatter()
    formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
    for instant in [0, 951_782_400, 1_764_000_000, 4_102_444_799]
      + (0..<2000).map({ _ in
        Int.random(in: 0..<4_102_444_800)
      })
    {
      let milliseconds = Int.random(in: 0..<1000)
      let date = Date(
        timeIntervalSince1970: TimeInterval(instant) + Double(milliseconds) / 1000 + 0.0001)
      #expect(
        CivilTime.timestamp(utcSeconds: instant, milliseconds: milliseconds)
          == formatter.string(from: date))
    }
    #expect(CivilTime.now().count == "2026-11-24T12:00:00.123Z".count)
  }

  @Test("shifting by years and days agrees with the calendar; 29 February becomes 28 February")
  func shifts() throws {
    #expect(CivilTime.shift("2024-02-29", years: -1) == "2023-02-28")
    #expect(CivilTime.shift("2024-02-29", years: 4) == "2028-02-29")
    #expect(CivilTime.shift("2026-12-31", days: 1) == "2027-01-01")
    #expect(CivilTime.shift("2026-13-01", days: 1) == nil)
    for _ in 0..<3000 {
      let day = Int.random(in: -25_000..<70_000)
      let start = Self.text(
        Self.utc.dateComponents(
          [.year, .month, .day], from: Date(timeIntervalSince1970: Double(day) * 86_400)))
      guard CivilTime.isDate(start) else { continue }
      let years = Int.random(in: -5...5)
      let days = Int.random(in: -800...800)
      let base = try #require(
        Self.utc.date(
          from: DateComponents(
            year: Int(start.prefix(4)), month: Int(start.dropFirst(5).prefix(2)),
            day: Int(start.suffix(2)))))
      let movedYears = try #require(Self.utc.date(byAdding: .year, value: years, to: base))
      let moved = try #require(Self.utc.date(byAdding: .day, value: days, to: movedYears))
      #expect(
        CivilTime.shift(start, years: years, days: days)
          == Self.text(Self.utc.dateComponents([.year, .month, .day], from: moved)),
        "\(start) \(years) \(days)")
      #expect(CivilTime.dayNumber(start) == day)
    }
  }

  @Test("only real dates written YYYY-MM-DD between 1900 and 2200 are dates")
  func dates() {
    for good in ["2024-02-29", "2000-02-29", "1900-01-01", "2200-12-31", "2026-04-30"] {
      #expect(CivilTime.isDate(good), "\(good)")
    }
    for bad in [
      "2023-02-29", "1900-02-29", "2026-04-31", "2026-00-10", "2026-13-01", "2026-1-01", "26-01-01",
      "2026/01/01", "2026-01-01T00:00", "1899-12-31", "2201-01-01", "２０２６-01-01", "", "+026-01-01",
    ] {
      #expect(!CivilTime.isDate(bad), "\(bad)")
    }
  }

  @Test("a UTC timestamp's day in Norway: the next day after 23:00 UTC in winter, 22:00 in summer")
  func timestampDates() {
    #expect(CivilTime.date(ofTimestamp: "2026-11-24T22:59:59.999Z") == "2026-11-24")
    #expect(CivilTime.date(ofTimestamp: "2026-11-24T23:30:00.000Z") == "2026-11-25")
    #expect(CivilTime.date(ofTimestamp: "2026-07-01T21:59:59Z") == "2026-07-01")
    #expect(CivilTime.date(ofTimestamp: "2026-07-01T22:00:00Z") == "2026-07-02")
    #expect(CivilTime.date(ofTimestamp: "2026-12-31T23:00:00.000Z") == "2027-01-01")
    for bad in [
      "", "2026-11-24", "2026-11-24T25:00:00Z", "2026-11-24T12:00:00", "2026-02-30T00:00:00Z",
    ] {
      #expect(CivilTime.date(ofTimestamp: bad) == nil, "\(bad)")
    }
  }
}
