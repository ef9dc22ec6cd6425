import Foundation
import GRPCTestSupport
import Testing

/// The README's meeting-place example, run as written through the `samarbeid` binary: each
/// command must succeed; `mpl_…` and `gat_…` stand for the last ids of that kind printed.
@Suite("README examples: meeting places") struct ReadmeExamplesTests {
  static let readme = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("README.md")

  /// The commands of the block after the marker naming this file, continuation lines joined.
  static func commands() throws -> [[String]] {
    let text = try String(contentsOf: readme, encoding: .utf8)
    let lines = text.components(separatedBy: "\n")
    guard let marker = lines.firstIndex(where: { $0.contains("ReadmeExamplesTests.swift") }) else {
      return []
    }
    var commands: [[String]] = []
    var current = ""
    for line in lines[(marker + 2)...] {
      if line.hasPrefix("```") { break }
      if line.hasSuffix("\\") {
        current += line.dropLast() + " "
        continue
      }
      commands.append(words(current + line))
      current = ""
    }
    return commands
  }

  /// `line` split into words as a POSIX shell would for double-quoted and plain words.
  static func words(_ line: String) -> [String] {
    var words: [String] = []
    var word = ""
    var quoted = false
    var started = false
    for character in line {
      switch character {
      case "\"":
        quoted.toggle()
        started = true
      case " " where !quoted:
        if started { words.append(word) }
        word = ""
        started = false
      default:
        word.append(character)
        started = true
      }
    }
    if started { words.append(word) }
    return words
  }

  @Test("every command of the meeting-places block succeeds, as written")
  func meetingPlaces() async throws {
    try #require(
      FileManager.default.isExecutableFile(atPath: CLIRunner.binary), "build first: swift build")
    let commands = try Self.commands()
    try #require(commands.count == 6, "the README block is found")
    try await ApplicationServer.with { server in
      let cli = CLIRunner(port: server.port)
      var ids: [String: String] = [:]
      for command in commands {
        #expect(command.first == "samarbeid")
        let arguments = command.dropFirst().map { word in
          ids.first { word == $0.key + "…" }?.value ?? word
        }
        let run = try await cli.cli(Array(arguments))
        #expect(run.status == 0, "\(command.joined(separator: " ")): \(run.errors)")
        if let id = run.object["id"] as? String { ids[String(id.prefix(4))] = id }
      }
      #expect(ids.keys.sorted() == ["gat_", "mpl_"])
    }
  }
}
