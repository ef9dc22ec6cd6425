/// The named mix of scenarios, e.g. `empty=2,unary=1,health=1`: request i runs
/// `pattern[i % pattern.count]`, so every run sends the same sequence and the shares are
/// exact over each round of the pattern.
public struct LoadMix: Sendable, CustomStringConvertible {
  /// The scenarios with their weights, in the order given.
  public let weights: [(scenario: any LoadScenario, weight: Int)]
  let pattern: [any LoadScenario]

  /// Why a `--mix` value was rejected.
  public struct ParseError: Error, CustomStringConvertible {
    public var description: String
  }

  /// Parses `text` (comma-separated `name=weight` or `name` for weight 1) against `known`.
  public init(parsing text: String, known: [String: any LoadScenario]) throws(ParseError) {
    let names = known.keys.sorted().joined(separator: ", ")
    var weights: [(scenario: any LoadScenario, weight: Int)] = []
    for part in text.split(separator: ",", omittingEmptySubsequences: false) {
      let pieces = part.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
      let name = pieces[0].trimmingCharacters(in: " ")
      guard let scenario = known[name] else {
        throw ParseError(
          description: "unknown scenario \(name.debugDescription) in --mix; known: \(names)")
      }
      var weight = 1
      if pieces.count == 2 {
        guard let parsed = Int(pieces[1].trimmingCharacters(in: " ")), (1...1000).contains(parsed)
        else {
          throw ParseError(
            description: "weight of \(name) must be an integer from 1 to 1000, not \(pieces[1])")
        }
        weight = parsed
      }
      guard !weights.contains(where: { $0.scenario.name == name }) else {
        throw ParseError(description: "scenario \(name) appears twice in --mix")
      }
      weights.append((scenario, weight))
    }
    self.init(weights: weights)
  }

  /// A mix of `weights`.
  public init(weights: [(scenario: any LoadScenario, weight: Int)]) {
    self.weights = weights
    // Interleaved rather than blocked: each scenario recurs as evenly as its weight allows.
    let total = weights.reduce(0) { $0 + $1.weight }
    var pattern: [any LoadScenario] = []
    var credit = weights.map { _ in 0 }
    for _ in 0..<total {
      for index in weights.indices { credit[index] += weights[index].weight }
      let best = credit.indices.max { credit[$0] < credit[$1] }!
      credit[best] -= total
      pattern.append(weights[best].scenario)
    }
    self.pattern = pattern
  }

  /// The scenario of request `index`.
  func scenario(for index: Int) -> any LoadScenario {
    pattern[index % pattern.count]
  }

  /// The scenarios, once each.
  public var scenarios: [any LoadScenario] { weights.map(\.scenario) }

  /// The scenario name of request `index`.
  public func scenarioName(for index: Int) -> String {
    scenario(for: index).name
  }

  public var description: String {
    weights.map { "\($0.scenario.name)=\($0.weight)" }.joined(separator: ",")
  }
}

extension Substring {
  fileprivate func trimmingCharacters(in set: Character) -> String {
    String(drop { $0 == set }.reversed().drop { $0 == set }.reversed())
  }
}
