import DomainValues
import Testing

/// Dates are parsed once and compared as dates.
@Suite("Civil dates") struct CivilDateTests {
  @Test(
    "only real dates in 1900 to 2200 written YYYY-MM-DD are dates",
    arguments: [
      ("2026-02-28", true), ("2024-02-29", true), ("2026-02-29", false), ("2026-02-30", false),
      ("2026-13-01", false), ("9999-99-99", false), ("1899-12-31", false), ("2200-12-31", true),
      ("2201-01-01", false), ("2026-1-01", false), ("2026-01-01 ", false), ("", false),
      ("２０２６-01-01", false),
    ])
  func parsing(text: String, valid: Bool) {
    #expect((CivilDate(text) != nil) == valid)
    if valid { #expect(CivilDate(text)?.description == text) }
  }

  @Test("comparison and arithmetic are by day")
  func arithmetic() throws {
    let leap = try #require(CivilDate("2024-02-29"))
    #expect(leap.adding(years: 1).description == "2025-02-28")
    #expect(leap.adding(days: 1).description == "2024-03-01")
    #expect(try #require(CivilDate("2026-01-10")) > leap)
    #expect(leap.year == 2024)
  }
}
