import RPC
import Testing

@Suite("grpc-timeout")
struct GRPCTimeoutTests {
  @Test(
    "parses every unit",
    arguments: [
      ("1H", Duration.seconds(3600)), ("2M", .seconds(120)), ("30S", .seconds(30)),
      ("250m", .milliseconds(250)),
      ("99999999u", .microseconds(99_999_999)), ("1n", .nanoseconds(1)), ("0m", .zero),
    ]
  )
  func parses(text: String, duration: Duration) {
    #expect(GRPCTimeout.parse(text) == duration)
  }

  @Test(
    "rejects what the grammar does not allow",
    arguments: ["", "S", "10", "123456789S", "-1S", "1.5S", "1 S", "10s", "1h", "1SS", "１S"]
  )
  func rejects(text: String) {
    #expect(GRPCTimeout.parse(text) == nil)
  }

  @Test(
    "encodes in the finest unit that fits 8 digits, rounding up",
    arguments: [
      (Duration.milliseconds(1), "1000000n"), (.seconds(1), "1000000u"), (.seconds(100), "100000m"),
      (.seconds(100_000), "100000S"), (.seconds(100_000_000), "1666667M"), (.nanoseconds(1), "1n"),
      (.zero, "0n"),
    ]
  )
  func encodes(duration: Duration, text: String) {
    #expect(GRPCTimeout.encode(duration) == text)
  }

  @Test("encoded values parse back to at least the original")
  func roundTrip() {
    for exponent in 0..<15 {
      let duration = Duration.nanoseconds(pow10(exponent))
      let parsed = GRPCTimeout.parse(GRPCTimeout.encode(duration))
      #expect(parsed != nil)
      #expect(parsed! >= duration)
    }
  }
}

/// 10^n as an Int64, without Foundation.
private func pow10(_ exponent: Int) -> Int64 {
  (0..<exponent).reduce(1) { result, _ in result * 10 }
}
