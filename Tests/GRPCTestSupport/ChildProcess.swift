public import Foundation

/// Child processes of the tests (binaries, Python clients), always bounded in time and run on
/// their own thread so an in-process server keeps Swift concurrency's threads.
public enum ChildProcess {
  /// What a process printed and how it ended.
  public struct Finished: Sendable {
    public var status: Int32
    public var output: String
  }

  /// Runs `executable` with `arguments` in `directory`, killing it after `limit` seconds;
  /// its standard output (and standard error when `mergingErrors`) as text.
  public static func run(
    _ executable: String, _ arguments: [String], directory: URL? = nil, limit: Double,
    mergingErrors: Bool = true
  ) async throws -> Finished {
    try await onThread {
      let process = Process()
      process.executableURL = URL(fileURLWithPath: executable)
      process.arguments = arguments
      if let directory { process.currentDirectoryURL = directory }
      let output = Pipe()
      process.standardOutput = output
      process.standardError = mergingErrors ? output : FileHandle.nullDevice
      try launch(process)
      let killer = DispatchWorkItem { process.terminate() }
      DispatchQueue.global().asyncAfter(deadline: .now() + limit, execute: killer)
      let text = String(
        decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
      process.waitUntilExit()
      killer.cancel()
      return Finished(status: process.terminationStatus, output: text)
    }
  }

  /// The first line `pipe` delivers within `seconds` (what arrived, if no newline did).
  public static func firstLine(of pipe: Pipe, within seconds: Double) -> String {
    var line = Data()
    let deadline = Date().addingTimeInterval(seconds)
    while !line.contains(UInt8(ascii: "\n")) && Date() < deadline {
      let chunk = pipe.fileHandleForReading.availableData
      if chunk.isEmpty { break }
      line.append(chunk)
    }
    return String(decoding: line, as: UTF8.self)
  }
}
