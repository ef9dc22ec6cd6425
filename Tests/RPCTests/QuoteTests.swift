import RPC
import Testing

/// What a message repeats of a caller's input, and metadata a client cannot send.
@Suite("Quoting input and unsendable metadata") struct QuoteTests {
  @Test("messages quote at most 64 characters of what a caller sent, escaped")
  func quoting() {
    #expect(Quote.short("abc") == "\"abc\"")
    #expect(Quote.short("a\nb\u{1B}") == "\"a\\nb\\u{1B}\"")
    let long = String(repeating: "x", count: 1 << 20)
    let quoted = Quote.short(long)
    #expect(quoted.count < 100)
    #expect(quoted.hasSuffix("…\" (1048576 characters)"))
  }

  @Test(
    "metadata HTTP/2 cannot carry is named, not dropped",
    arguments: [
      ("idempotency-key", "bad key é", "not printable ASCII"),
      ("bad key!", "abc", "is not 1 or more of 0-9, a-z"),
      ("grpc-timeout", "1S", "reserved by gRPC"),
      ("x-data-bin", "text", "must be bytes"),
      ("x-ok", "fine value", nil),
    ] as [(String, String, String?)])
  func unsendable(key: String, value: String, reason: String?) {
    var metadata = Metadata()
    metadata.add(key, value)
    if let reason {
      #expect(
        metadata.unsendableReason?.contains(reason) == true, "\(metadata.unsendableReason ?? "nil")"
      )
    } else {
      #expect(metadata.unsendableReason == nil)
    }
  }
}
