/// How far apart two words are, for "did you mean" in refusals and the command line.
public enum EditDistance {
  /// The Levenshtein distance between `a` and `b` (insertions, deletions, substitutions).
  public static func between(_ a: String, _ b: String) -> Int {
    let (a, b) = (Array(a), Array(b))
    var previous = Array(0...b.count)
    for i in 1...max(a.count, 1) where !a.isEmpty {
      var current = [i] + Array(repeating: 0, count: b.count)
      for j in stride(from: 1, through: b.count, by: 1) {
        current[j] = min(
          previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
      }
      previous = current
    }
    return a.isEmpty ? b.count : previous[b.count]
  }

  /// The candidates nearest `word`, within `limit` edits; empty when none is that near.
  public static func nearest(_ word: String, in candidates: [String], limit: Int = 3) -> [String] {
    let distances = candidates.map { ($0, between($0, word)) }
    guard let closest = distances.map(\.1).min(), closest <= limit else { return [] }
    return distances.filter { $0.1 == closest }.map(\.0)
  }
}
