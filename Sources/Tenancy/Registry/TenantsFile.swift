internal import Foundation

/// A list of municipalities to register at start-up (`certs/tenants.txt`): one per line,
/// `<kommunenummer> <name> [test]`, `#` starting a comment.
public struct TenantsFile: Sendable {
  public struct Entry: Sendable, Equatable {
    public var kommunenummer: String
    public var name: String
    public var test: Bool
  }

  public let entries: [Entry]

  /// Reads and checks `path`.
  /// - Throws: an error naming the file and line that is not `<4 digits> <name> [test]`.
  public init(path: String) throws {
    let text = try String(contentsOfFile: path, encoding: .utf8)
    var entries: [Entry] = []
    for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
    {
      let content = line.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)[0]
      var words = content.split(separator: " ").map(String.init)
      guard !words.isEmpty else { continue }
      let test = words.last == "test"
      if test { words.removeLast() }
      guard words.count >= 2, words[0].count == 4, words[0].allSatisfy(\.isNumber) else {
        throw TenantsFileError(
          description: "\(path):\(index + 1): expected <kommunenummer> <name> [test]")
      }
      entries.append(
        Entry(kommunenummer: words[0], name: words.dropFirst().joined(separator: " "), test: test))
    }
    self.entries = entries
  }
}

/// A tenants file line that does not parse.
public struct TenantsFileError: Error, CustomStringConvertible {
  public var description: String
}
