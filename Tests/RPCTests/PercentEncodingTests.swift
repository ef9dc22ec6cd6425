import RPC
import Testing

@Suite("grpc-message percent-encoding")
struct PercentEncodingTests {
  @Test("printable ASCII passes through, % and everything else is escaped")
  func encodes() {
    #expect(PercentEncoding.encode("plain text ~!") == "plain text ~!")
    #expect(PercentEncoding.encode("100%") == "100%25")
    #expect(PercentEncoding.encode("a\tb\n") == "a%09b%0A")
    #expect(PercentEncoding.encode("Tromsø") == "Troms%C3%B8")
    #expect(PercentEncoding.encode("😈") == "%F0%9F%98%88")
  }

  @Test("decoding restores what encoding produced")
  func roundTrip() {
    let messages = [
      "\t\ntest with whitespace\r\nand Unicode BMP ☺ and non-BMP 😈\t\n", "100% sikkert", "æøå ÆØÅ",
    ]
    for message in messages {
      #expect(PercentEncoding.decode(PercentEncoding.encode(message)) == message)
    }
  }

  @Test("broken escapes are kept as they are, never rejected")
  func lenient() {
    #expect(PercentEncoding.decode("50%") == "50%")
    #expect(PercentEncoding.decode("%zz%4") == "%zz%4")
    #expect(PercentEncoding.decode("%C3") == "\u{FFFD}")
    #expect(PercentEncoding.decode("a%20b") == "a b")
  }
}
