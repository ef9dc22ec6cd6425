import LoadHarness
import Testing

@Suite("Load mix") struct LoadMixTests {
  static let known = LoadScenarios.builtIn(payloadSize: 16)

  @Test("weights become an interleaved pattern with exact shares")
  func pattern() throws {
    let mix = try LoadMix(parsing: "empty=3, unary=1,health", known: Self.known)
    #expect(mix.description == "empty=3,unary=1,health=1")
    let names = (0..<50).map { mix.scenarioName(for: $0) }
    #expect(names.filter { $0 == "empty" }.count == 30)
    #expect(names.filter { $0 == "unary" }.count == 10)
    #expect(names.filter { $0 == "health" }.count == 10)
    // Interleaved: no scenario runs more than its weight in a row.
    #expect(!names.joined(separator: ",").contains("empty,empty,empty,empty"))
  }

  @Test(
    "bad mixes are refused with what is allowed",
    arguments: [
      ("bogus", "unknown scenario \"bogus\" in --mix; known: empty, health, unary"),
      ("empty=0", "weight of empty must be an integer from 1 to 1000, not 0"),
      ("empty=x", "weight of empty must be an integer from 1 to 1000, not x"),
      ("empty,empty", "scenario empty appears twice in --mix"),
      ("", "unknown scenario \"\" in --mix; known: empty, health, unary"),
    ])
  func badMix(text: String, message: String) {
    #expect {
      _ = try LoadMix(parsing: text, known: Self.known)
    } throws: { error in
      (error as? LoadMix.ParseError)?.description == message
    }
  }
}
