import Foundation
import GRPCTestSupport
import Testing

/// The README's examples marked with this file's name, run exactly as written through the
/// `samarbeid` binary, as an operator in another directory would (with the development
/// certificates at `certs/out` there), each block against a fresh server whose address is
/// SAMARBEID_ADDRESS: every command must succeed; `cal_…`, `org_…`, `app_…`, `mpl_…`,
/// `gat_…`, `dlg_…` stand for the last id of that kind printed.
@Suite("README examples") struct ReadmeExamplesTests {
  static let readme = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("README.md")

  /// The commands of each block after a marker naming this file, continuation lines joined.
  static func blocks() throws -> [[[String]]] {
    let text = try String(contentsOf: readme, encoding: .utf8)
    let lines = text.components(separatedBy: "\n")
    let markers = lines.indices.filter { lines[$0].contains("ReadmeExamplesTests.swift") }
    return markers.map { marker in
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
  }

  /// `line` split into words as a POSIX shell would for double-quoted and plain words, a
  /// `#` comment left out.
  static func words(_ line: String) -> [String] {
    var words: [String] = []
    var word = ""
    var quoted = false
    var started = false
    for character in line {
      if character == "#", !quoted, !started { break }
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

  @Test("the blocks are found: a grant year, meeting places, dialogue")
  func found() throws {
    #expect(try Self.blocks().map(\.count) == [14, 6, 8])
  }

  @Test("every command of each block succeeds, as written", arguments: 0..<3)
  func block(index: Int) async throws {
    try #require(
      FileManager.default.isExecutableFile(atPath: CLIRunner.binary),
      "\(BuiltProducts.missing)")
    let commands = try Self.blocks()[index]
    try await ApplicationServer.with { server in
      let cli = CLIRunner(port: server.port)
      try FileManager.default.createDirectory(
        atPath: cli.directory + "/certs", withIntermediateDirectories: true)
      try FileManager.default.createSymbolicLink(
        atPath: cli.directory + "/certs/out", withDestinationPath: TestCertificates.directory)
      let address = ["SAMARBEID_ADDRESS": "127.0.0.1:\(server.port)"]
      var ids: [String: String] = [:]
      for command in commands {
        #expect(command.first == "samarbeid")
        let arguments = command.dropFirst().map { word in
          ids.reduce(word) { $0.replacingOccurrences(of: $1.key + "…", with: $1.value) }
        }
        let run = try await cli.run(Array(arguments), environment: address)
        #expect(run.status == 0, "\(command.joined(separator: " ")): \(run.errors)")
        if let id = run.output.firstMatch(of: /(?m)^ID +([a-z]{3}_[a-z0-9]+)$/)?.output.1 {
          ids[String(id.prefix(4))] = String(id)
        }
      }
      #expect(!ids.isEmpty)
    }
  }
}
