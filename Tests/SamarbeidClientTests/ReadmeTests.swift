import Foundation
import GRPCTestSupport
import Testing

/// README.md as a newcomer runs it (issue 26): after the two commands, in another shell with
/// nothing of the test process's environment, every `sh` block in README order, as written.
/// The only changes are those a test must make: the server of `make run` listens on free ports
/// (the blocks' 8443 and 9464 are replaced by them, and `SAMARBEID_ADDRESS`, which the README
/// documents, names the port), and the clone is a directory whose `certs`, `proto`, `.venv`
/// and `.build/release` are this checkout's and its build's.
@Suite("README, run as written") struct ReadmeTests {
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()

  /// A fenced `sh` block: its first line's number, the `<!-- README: ... -->` note right
  /// before it (if any) and its text.
  struct Block {
    var line: Int
    var note: String
    var text: String

    /// The block's commands with continuation lines joined.
    var commands: [String] {
      text.replacingOccurrences(of: "\\\n", with: " ").split(separator: "\n").map(String.init)
    }
  }

  static func blocks() throws -> [Block] {
    let lines = try String(contentsOf: root.appendingPathComponent("README.md"), encoding: .utf8)
      .components(separatedBy: "\n")
    var blocks: [Block] = []
    var index = 0
    while index < lines.count {
      guard lines[index] == "```sh" else {
        index += 1
        continue
      }
      var note = ""
      if index > 0, lines[index - 1].hasSuffix("-->") {
        var start = index - 1
        while start > 0, !lines[start].contains("<!--") { start -= 1 }
        note = lines[start..<index].joined(separator: " ")
      }
      let end = lines[(index + 1)...].firstIndex { $0.hasPrefix("```") } ?? lines.count
      blocks.append(
        Block(
          line: index + 1, note: note, text: lines[(index + 1)..<end].joined(separator: "\n")))
      index = end + 1
    }
    return blocks
  }

  /// The two commands, the server `make run` starts, and the blocks to run.
  static func parts() throws -> (setUp: Block, server: Block, run: [Block], notRun: [Block]) {
    let blocks = try blocks()
    let setUp = try #require(blocks.first)
    let server = try #require(blocks.first { $0.note.contains("the server make run starts") })
    let notRun = blocks.filter { $0.note.contains("not run") }
    let run = blocks.dropFirst().filter { $0.line != server.line && !$0.note.contains("not run") }
    return (setUp, server, Array(run), notRun)
  }

  /// The words of a command line as a shell splits plain and double-quoted words.
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

  @Test("the blocks: the two commands, the server they start, the ones run, and why others are not")
  func found() throws {
    let parts = try Self.parts()
    #expect(parts.setUp.text.contains("make run") && parts.setUp.text.contains("make test"))
    // The server block is what `make run` starts: the Makefile's flags, word for word.
    let makefile = try String(
      contentsOf: Self.root.appendingPathComponent("Makefile"), encoding: .utf8)
    let flags = try #require(
      makefile.firstMatch(of: /(?s)\nSERVER_FLAGS := (.*?[^\\])\n/)?.output.1)
    #expect(
      Self.words(parts.server.commands.joined(separator: " "))
        == ["samarbeid-server"]
        + Self.words(String(flags).replacingOccurrences(of: "\\\n", with: " ")))
    #expect(parts.run.count >= 7, "\(parts.run.map(\.line))")
    #expect(parts.run.first?.text.contains("export PATH=") == true)
    for block in parts.notRun {
      #expect(block.note.count > 40, "a block not run says why (line \(block.line))")
    }
  }

  @Test("every block, in order, in a fresh shell after make run", .timeLimit(.minutes(5)))
  func runAsWritten() async throws {
    let products = BuiltProducts.directory
    try #require(
      FileManager.default.isExecutableFile(
        atPath: products.appendingPathComponent("samarbeid").path),
      "\(BuiltProducts.missing)")
    guard
      FileManager.default.isExecutableFile(
        atPath: Self.root.appendingPathComponent(".venv/bin/grpcurl").path)
    else {
      #expect(
        ProcessInfo.processInfo.environment["SAMARBEID_REQUIRE_PYTHON_INTEROP"] == nil,
        "no grpcurl: make venv")
      return
    }
    let parts = try Self.parts()
    let clone = FileManager.default.temporaryDirectory.appendingPathComponent("readme-\(UUID())")
    defer { try? FileManager.default.removeItem(at: clone) }
    let files = FileManager.default
    try files.createDirectory(
      at: clone.appendingPathComponent(".build"), withIntermediateDirectories: true)
    try files.createDirectory(
      at: clone.appendingPathComponent("home"), withIntermediateDirectories: true)
    for name in ["certs", "proto", ".venv"] {
      try files.createSymbolicLink(
        at: clone.appendingPathComponent(name),
        withDestinationURL: Self.root.appendingPathComponent(name))
    }
    try files.createSymbolicLink(
      at: clone.appendingPathComponent(".build/release"), withDestinationURL: products)
    let environment = [
      "HOME": clone.appendingPathComponent("home").path, "LANG": "C.UTF-8",
      "PATH": "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
    ]

    // `make run`'s server, from its block, on free ports.
    var arguments = Self.words(parts.server.commands.joined(separator: " "))
    arguments.removeFirst()
    for (flag, port) in [("--port", "8443"), ("--admin-port", "9464")] {
      let index = try #require(arguments.firstIndex(of: flag))
      #expect(arguments[index + 1] == port)
      arguments[index + 1] = "0"
    }
    let server = Process()
    server.executableURL = products.appendingPathComponent("samarbeid-server")
    server.arguments = arguments
    server.currentDirectoryURL = clone
    server.environment = environment
    let output = Pipe()
    server.standardOutput = output
    server.standardError = FileHandle.nullDevice
    try launch(server)
    defer {
      server.terminate()
      server.waitUntilExit()
    }
    let ready = ChildProcess.firstLine(of: output, within: 30)
    let port = try #require(
      ready.firstMatch(of: /ready on 127\.0\.0\.1:(\d+)/).map { String($0.output.1) }, "\(ready)")
    let adminPort = try #require(
      ready.firstMatch(of: /admin http:\/\/127\.0\.0\.1:(\d+)/).map { String($0.output.1) },
      "\(ready)")

    // The blocks, one script in one shell, each announced so a failure names its block.
    var script = "set -euo pipefail\n"
    for block in parts.run {
      script += "echo '>>> README.md line \(block.line)'\n"
      script +=
        block.text.replacingOccurrences(of: "8443", with: port)
        .replacingOccurrences(of: "9464", with: adminPort) + "\n"
    }
    script += "echo '>>> every block ran'\n"
    let scriptFile = clone.appendingPathComponent("readme.sh")
    try script.write(to: scriptFile, atomically: true, encoding: .utf8)
    var shell = ["bash", "--noprofile", "--norc", scriptFile.path]
    shell.insert(contentsOf: environment.map { "\($0.key)=\($0.value)" }, at: 0)
    shell.insert("SAMARBEID_ADDRESS=127.0.0.1:\(port)", at: 0)
    shell.insert("-i", at: 0)
    let run = try await ChildProcess.run("/usr/bin/env", shell, directory: clone, limit: 240)
    #expect(
      run.status == 0 && run.output.contains(">>> every block ran"),
      "the README failed as written:\n\(run.output.suffix(4000))")
    // What the blocks show a newcomer.
    #expect(run.output.contains("SERVING"))
    #expect(run.output.contains("samarbeid.v1.Grants"))
    #expect(files.fileExists(atPath: clone.appendingPathComponent("report.html").path))
    #expect(files.fileExists(atPath: clone.appendingPathComponent("report.json").path))
  }
}
