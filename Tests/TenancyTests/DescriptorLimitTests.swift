import Foundation
import GRPCTestSupport
import Testing

/// A store per municipality holds several files open: the server raises its soft limit on
/// open files to the hard limit, so a machine's default of 1,024 does not stop it at a few
/// hundred municipalities.
@Suite("Open-file limit") struct DescriptorLimitTests {
  @Test("a server started with a soft limit of 256 open files raises it to the hard limit")
  func raised() async throws {
    try #require(
      FileManager.default.isExecutableFile(atPath: ServerProcess.binary),
      "\(BuiltProducts.missing)"
    )
    let prlimit = "/usr/bin/prlimit"
    try #require(FileManager.default.isExecutableFile(atPath: prlimit), "util-linux's prlimit")
    let data = FileManager.default.temporaryDirectory.appendingPathComponent("limit-\(UUID())")
    defer { try? FileManager.default.removeItem(at: data) }
    let server = try await ServerProcess.start(
      dataDirectory: data, launcher: [prlimit, "--nofile=256:"])
    let limits = try String(
      contentsOfFile: "/proc/\(server.processIdentifier)/limits", encoding: .utf8)
    await server.stop()
    let line = try #require(limits.split(separator: "\n").first { $0.hasPrefix("Max open files") })
    let numbers = line.split(separator: " ").compactMap { Int($0) }
    // Raised to the hard limit, or to 2^20 under an unlimited or larger one.
    #expect(numbers.count >= 1 && numbers[0] > 256, "\(line)")
    if numbers.count == 2 { #expect(numbers[0] == min(numbers[1], 1 << 20), "\(line)") }
  }
}
