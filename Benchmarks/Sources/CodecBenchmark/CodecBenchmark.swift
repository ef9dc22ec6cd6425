import Foundation
import ProtoWire
import SwiftProtobuf

/// Encodes and decodes the same ~1 KB grant application with ProtoWire and with
/// swift-protobuf in one run, and prints messages/s, MB/s and the ratio.
///
/// Rounds alternate between the codecs so that a noisy neighbour slows both alike; each
/// figure is the median of the rounds.
@main
struct CodecBenchmark {
  static func main() throws {
    let arguments = CommandLine.arguments
    let rounds = arguments.count > 1 ? Int(arguments[1]) ?? 9 : 9
    let iterations = arguments.count > 2 ? Int(arguments[2]) ?? 100_000 : 100_000

    let ours = SampleApplication.handWritten()
    let theirs = SampleApplication.swiftProtobuf()
    let ourBytes = ours.serializedBytes()
    let theirBytes: [UInt8] = try theirs.serializedBytes()
    guard ourBytes == theirBytes else {
      fatalError(
        "the two codecs disagree on the encoding: \(ourBytes.count) vs \(theirBytes.count) bytes")
    }
    guard try GrantApplication(serializedBytes: theirBytes) == ours,
      try Samarbeid_Bench_GrantApplication(serializedBytes: ourBytes) == theirs
    else { fatalError("the two codecs disagree on the decoded message") }

    print("message: \(ourBytes.count) bytes; \(rounds) rounds of \(iterations) iterations; median")
    var results: [String: [Double]] = [:]
    for _ in 0..<rounds {
      results["ProtoWire encode", default: []].append(
        time(iterations) { ours.serializedBytes().count })
      results["swift-protobuf encode", default: []].append(
        time(iterations) { ((try? theirs.serializedBytes()) as [UInt8]?)?.count ?? 0 })
      results["ProtoWire decode", default: []].append(
        time(iterations) {
          (try? GrantApplication(serializedBytes: ourBytes))?.budgetLines.count ?? 0
        })
      results["swift-protobuf decode", default: []].append(
        time(iterations) {
          (try? Samarbeid_Bench_GrantApplication(serializedBytes: theirBytes))?.budgetLines.count
            ?? 0
        })
    }
    let size = Double(ourBytes.count)
    func line(_ name: String) -> Double {
      let seconds = median(results[name]!)
      let perSecond = Double(iterations) / seconds
      print(
        pad(name, 24), pad(String(format: "%12.0f msg/s", perSecond), 18),
        pad(String(format: "%8.1f MB/s", perSecond * size / 1_000_000), 14),
        String(format: "%8.0f ns/msg", seconds / Double(iterations) * 1e9))
      return perSecond
    }
    let encodeRatio = line("ProtoWire encode") / line("swift-protobuf encode")
    let decodeRatio = line("ProtoWire decode") / line("swift-protobuf decode")
    print(
      String(
        format: "ratio ProtoWire / swift-protobuf: encode %.2fx, decode %.2fx", encodeRatio,
        decodeRatio))
  }

  /// Seconds for `iterations` calls of `body`; the results are summed so none is optimised away.
  static func time(_ iterations: Int, _ body: () -> Int) -> Double {
    var sink = 0
    let clock = ContinuousClock()
    let start = clock.now
    for _ in 0..<iterations { sink &+= body() }
    let elapsed = clock.now - start
    if sink == 42 { print("") }
    return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
  }

  static func median(_ values: [Double]) -> Double { values.sorted()[values.count / 2] }

  static func pad(_ text: String, _ width: Int) -> String {
    text.count >= width ? text : text + String(repeating: " ", count: width - text.count)
  }
}
