import HTTP2
import Testing

/// The flood limits as pure arithmetic: frames without work against the work that pays
/// for them, and premature resets against streams opened.
@Suite("Work-relative flood limits")
struct LedgerTests {
  @Test("a connection doing nothing may send the floor of frames a second, and no more")
  func floor() {
    var ledger = OverheadLedger(policy: HTTP2OverheadPolicy())
    for _ in 0..<1_000 {
      let ok = ledger.spend(.windowUpdate)
      #expect(ok)
    }
    let ok = ledger.spend(.windowUpdate)
    #expect(!ok)
    #expect(ledger.exhaustionReason.hasPrefix("flood of WINDOW_UPDATE frames (1001 frames"))
  }

  @Test("the floor comes back each second; unspent earned credit is kept")
  func newSecond() {
    var ledger = OverheadLedger(policy: HTTP2OverheadPolicy())
    for _ in 0..<900 { _ = ledger.spend(.ping) }
    ledger.newSecond()
    #expect(ledger.credit == 1_000)
    for _ in 0..<500 { ledger.streamOpened() }
    ledger.newSecond()
    #expect(ledger.credit == 6_000)
  }

  @Test(
    "grpc-core's overhead per call (2 WINDOW_UPDATEs, a PING) is paid by the call",
    arguments: [1, 100, 100_000])
  func realClientRatios(calls: Int) {
    var ledger = OverheadLedger(policy: HTTP2OverheadPolicy())
    for call in 0..<calls {
      ledger.streamOpened()
      ledger.dataFrameExchanged()
      ledger.dataFrameExchanged()
      let paid = [ledger.spend(.windowUpdate), ledger.spend(.windowUpdate), ledger.spend(.ping)]
      #expect(paid == [true, true, true])
      if call % 10_000 == 9_999 { ledger.newSecond() }
    }
  }

  @Test("ping-pong on one stream: a WINDOW_UPDATE and a PING per round trip are paid")
  func pingPong() {
    var ledger = OverheadLedger(policy: HTTP2OverheadPolicy())
    ledger.streamOpened()
    for _ in 0..<100_000 {
      ledger.dataFrameExchanged()
      ledger.dataFrameExchanged()
      let paid = [ledger.spend(.windowUpdate), ledger.spend(.ping)]
      #expect(paid == [true, true])
    }
  }

  @Test("earned credit stops at the maximum, so past work cannot pay for an endless flood")
  func maximum() {
    var ledger = OverheadLedger(policy: HTTP2OverheadPolicy())
    for _ in 0..<1_000_000 { ledger.dataFrameExchanged() }
    #expect(ledger.credit == 100_000)
    for _ in 0..<100_000 { _ = ledger.spend(.settings) }
    let ok = ledger.spend(.settings)
    #expect(!ok)
  }

  @Test("premature resets are judged once 100 streams were opened, at more than half")
  func resets() {
    var ledger = ResetLedger(minimumStreams: 100)
    for _ in 0..<99 {
      ledger.streamOpened()
      let ok = ledger.prematureReset()
      #expect(ok)
    }
    ledger.streamOpened()
    let ok = ledger.prematureReset()
    #expect(!ok, "100 of 100 streams reset early")
    var mixed = ResetLedger(minimumStreams: 100)
    for index in 0..<10_000 {
      mixed.streamOpened()
      if index % 2 == 1 {
        let ok = mixed.prematureReset()
        #expect(ok, "half is tolerated")
      }
    }
  }

  @Test("counts halve every ten seconds")
  func decay() {
    var ledger = ResetLedger(minimumStreams: 100)
    for _ in 0..<400 { ledger.streamOpened() }
    for _ in 0..<9 { ledger.newSecond() }
    #expect(ledger.streams == 400)
    ledger.newSecond()
    #expect(ledger.streams == 200)
  }
}

@Suite("Connections per client") struct AdmissionKeyTests {
  @Test("by identity; else by IPv4 host or IPv6 /64; a limit holds and frees")
  func keys() {
    let admission = HTTP2Admission(maxPerIdentity: 2, maxPerAddress: 1)
    #expect(
      admission.key(identity: "spiffe://samarbeid/kommune/0301", remoteAddress: "10.0.0.1:5")
        == ("identity spiffe://samarbeid/kommune/0301", 2))
    #expect(admission.key(identity: nil, remoteAddress: "10.0.0.1:5").key == "address 10.0.0.1")
    let one = admission.key(identity: nil, remoteAddress: "[2001:db8:1:2::17]:443").key
    let other = admission.key(identity: nil, remoteAddress: "[2001:db8:1:2:ffff::9]:80").key
    #expect(one == other && one == "address 20010db800010002::/64")
    #expect(admission.admit(one, limit: 1) && !admission.admit(other, limit: 1))
    admission.release(one)
    #expect(admission.admit(other, limit: 1))
  }
}
