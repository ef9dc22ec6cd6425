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

  @Test("a date written right but not on the calendar is told so; others how to write one")
  func dates() {
    func message(_ text: String) -> String? {
      do {
        _ = try Field.date(text, field: "starts_on")
        return nil
      } catch { return error.message }
    }
    #expect(
      message("2026-02-30") == "starts_on \"2026-02-30\" is not a real date: 2026-02 has 28 days")
    #expect(message("2024-02-30")?.contains("2024-02 has 29 days") == true)
    #expect(message("2026-13-01")?.contains("must be a date written YYYY-MM-DD") == true)
    #expect(message("30.02.2026")?.contains("must be a date written YYYY-MM-DD") == true)
    #expect(message("2026-02-28") == nil)
  }

  @Test("the nearest words for did-you-mean, within three edits")
  func nearest() {
    #expect(EditDistance.between("aplication", "application") == 1)
    #expect(
      EditDistance.nearest("grants.granted-shar", in: ["grants.granted-share", "grants.paid"]) == [
        "grants.granted-share"
      ])
    #expect(EditDistance.nearest("something", in: ["grants.paid"]).isEmpty)
  }
}
