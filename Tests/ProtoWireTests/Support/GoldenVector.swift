import Foundation
import ProtoWireTestSupport
import Testing

/// One vector from `Golden/vectors.txt`, written by Python's protobuf package.
struct GoldenVector: CustomTestStringConvertible, Sendable {
  var name: String
  var input: [UInt8]
  var canonical: [UInt8]
  var dump: [String]

  var testDescription: String { name }

  /// Every vector in the committed file.
  static let all: [GoldenVector] = {
    guard let url = Bundle.module.url(forResource: "vectors", withExtension: "txt"),
      let text = try? String(contentsOf: url, encoding: .utf8)
    else { fatalError("Golden/vectors.txt is missing from the test bundle") }
    return parse(text)
  }()

  static func parse(_ text: String) -> [GoldenVector] {
    var vectors: [GoldenVector] = []
    var current: GoldenVector?
    for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
      if line.hasPrefix("#") || line.isEmpty { continue }
      let (keyword, rest) = split(line)
      switch keyword {
      case "vector": current = GoldenVector(name: rest, input: [], canonical: [], dump: [])
      case "input": current?.input = bytes(fromHex: rest)
      case "canonical": current?.canonical = bytes(fromHex: rest)
      case "dump": current?.dump.append(rest)
      case "end":
        if let vector = current { vectors.append(vector) }
        current = nil
      default: fatalError("unexpected line in vectors.txt: \(line)")
      }
    }
    return vectors
  }

  private static func split(_ line: Substring) -> (String, String) {
    guard let space = line.firstIndex(of: " ") else { return (String(line), "") }
    return (String(line[..<space]), String(line[line.index(after: space)...]))
  }

  /// Bytes from hexadecimal text; spaces are ignored.
  static func bytes(fromHex text: String) -> [UInt8] {
    let hex = text.filter { $0 != " " }
    var bytes: [UInt8] = []
    var index = hex.startIndex
    while index < hex.endIndex {
      let next = hex.index(index, offsetBy: 2)
      bytes.append(UInt8(hex[index..<next], radix: 16)!)
      index = next
    }
    return bytes
  }
}
