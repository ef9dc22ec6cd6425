import SamarbeidClient
import Testing

@Suite("Reconnect backoff") struct ReconnectBackoffTests {
  let backoff = ReconnectBackoff(base: .milliseconds(100), maximum: .seconds(10))

  @Test("doubles per failure up to the maximum")
  func doubling() {
    let nominal = (1...10).map { backoff.nominal(afterFailures: $0) }
    #expect(
      nominal.prefix(4) == [
        .milliseconds(100), .milliseconds(200), .milliseconds(400), .milliseconds(800),
      ])
    #expect(nominal.last == .seconds(10))
    #expect(backoff.nominal(afterFailures: 1000) == .seconds(10))
  }

  @Test("jitter stays within 20 % either way")
  func jitter() {
    for failures in [1, 3, 12] {
      let nominal = backoff.nominal(afterFailures: failures)
      for _ in 0..<200 {
        let delay = backoff.delay(afterFailures: failures)
        #expect(delay >= nominal * 0.8 && delay <= nominal * 1.2)
      }
    }
  }
}
