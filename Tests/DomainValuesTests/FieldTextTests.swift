import DomainValues
import Testing

/// Free text (names, notes, titles) as every module takes it.
@Suite("Text fields") struct FieldTextTests {
  @Test("trimmed, bounded in characters, required ones not empty")
  func bounds() throws {
    #expect(try Field.text("  Møteplass \n", field: "name", maximum: 9) == "Møteplass")
    #expect(throws: DomainError.self) { try Field.text("Møteplassen", field: "name", maximum: 9) }
    #expect(throws: DomainError.self) {
      try Field.text("   ", field: "name", maximum: 9, required: true)
    }
  }

  @Test(
    "control characters are refused, naming the field and the character; tabs and line breaks kept",
    arguments: ["nul\u{0}", "\u{1B}[31mred", "bell\u{7}", "del\u{7F}", "c1\u{85}x"])
  func controls(text: String) throws {
    do {
      _ = try Field.text(text, field: "note", maximum: 100)
      Issue.record("\(text.debugDescription) was taken")
    } catch {
      #expect(error.kind == .invalidField("note"))
      #expect(error.message.hasPrefix("note must not contain control characters (here U+"))
    }
  }

  @Test("tabs, line breaks and any other Unicode are taken")
  func taken() throws {
    let text = "Linje én\r\nLinje\tto: Ærlig, ødegård, åpen 😀 \u{202E}"
    #expect(try Field.text(text, field: "note", maximum: 100) == text)
  }
}
