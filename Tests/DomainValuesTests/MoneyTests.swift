import DomainValues
import RPC
import Testing

/// Money never traps: every operation on every value either answers or throws.
@Suite("Money") struct MoneyTests {
  static let extremes: [Int64] = [
    .min, .min + 1, -1_000_000_000_000, -1, 0, 1, 99, 100, 1_000_000_000_000, .max - 1, .max,
  ]

  @Test("sums, differences and products of extremes answer or throw OUT_OF_RANGE, never trap")
  func extremes() {
    for left in Self.extremes {
      for right in Self.extremes {
        let a = Money(ore: left)
        let b = Money(ore: right)
        #expect((try? a.adding(b))?.ore == exact(left.addingReportingOverflow(right)))
        #expect((try? a.subtracting(b))?.ore == exact(left.subtractingReportingOverflow(right)))
        #expect(
          (try? a.multiplied(by: right))?.ore == exact(left.multipliedReportingOverflow(by: right)))
        _ = a.multiplied(by: right, atMost: .maximum)
      }
      _ = Money(ore: left).description
      _ = Money(ore: left).plainKroner
      _ = Money(ore: left).permille(50)
    }
  }

  @Test("an overflow says what overflowed, as OUT_OF_RANGE")
  func overflowMessage() {
    #expect(throws: MoneyError.self) { try Money(ore: .max).adding(Money(ore: 1)) }
    do {
      _ = try Money.maximum.multiplied(by: 2_000_000_000_000)
    } catch {
      #expect(error.rpcErrorCode == .outOfRange)
      #expect(error.description.hasPrefix("the amount 10 000 000 000 kr × 2000000000000 is beyond"))
    }
  }

  @Test("a rate times a count is capped where a product above the cap means no limit")
  func saturating() {
    let rate = Money(ore: 10_000_000_000)
    #expect(rate.multiplied(by: 2_000_000_000, atMost: .maximum) == .maximum)
    #expect(Money(ore: 500).multiplied(by: 3, atMost: .maximum) == Money(ore: 1500))
  }

  @Test(
    "Norwegian notation for every value",
    arguments: [
      (0, "0 kr"), (5, "0,05 kr"), (125_000_050, "1 250 000,50 kr"), (-100, "-1 kr"),
      (Int64.min, "-92 233 720 368 547 758,08 kr"), (Int64.max, "92 233 720 368 547 758,07 kr"),
    ] as [(Int64, String)])
  func notation(ore: Int64, text: String) {
    #expect(Money(ore: ore).description == text)
  }

  @Test(
    "kroner from the command line: what fits is read, what does not is refused",
    arguments: [
      ("30000", 3_000_000), ("1250.50", 125_050), ("1250,5", 125_050), ("-500", -50_000),
      ("10000000000", 1_000_000_000_000), ("10000000000.01", nil), ("999999999999999999", nil),
      ("", nil), ("1.234", nil), ("1e5", nil), ("+5", nil), ("١٢", nil), (" 5", 500),
      // As tables show amounts: grouped by three, with kr.
      ("20 000", 2_000_000), ("20 000 kr", 2_000_000), ("1 250 000,50 kr", 125_000_050),
      ("20000kr", 2_000_000), ("20\u{00A0}000", 2_000_000), ("-1 000", -100_000),
      ("2 0000", nil), ("20 000,5 0", nil), ("kr", nil), ("20 000 NOK", nil),
    ] as [(String, Int64?)])
  func parsing(text: String, ore: Int64?) {
    #expect(Money(kroner: text)?.ore == ore)
  }

  @Test("a refused amount is told why")
  func refusals() {
    #expect(Money.refusal(kroner: "20 000 kr") == nil)
    #expect(Money.refusal(kroner: "2 0000")?.contains("group the whole kroner by three") == true)
    #expect(Money.refusal(kroner: "12.345")?.contains("two decimals") == true)
    #expect(Money.refusal(kroner: "99999999999999")?.contains("at most") == true)
    #expect(Money.refusal(kroner: "tjue")?.contains("an amount is digits") == true)
  }

  @Test("5 % of any allocation, without overflow")
  func share() {
    #expect(Money(ore: 1_000_000_000_000).permille(50) == Money(ore: 50_000_000_000))
    #expect(Money(ore: 1999).permille(50) == Money(ore: 99))
    #expect(Money(ore: .max).permille(50).ore == Int64.max / 20)
  }
}

/// The exact result of a reporting operation, nil when it overflowed.
func exact(_ result: (partialValue: Int64, overflow: Bool)) -> Int64? {
  result.overflow ? nil : result.partialValue
}
