/// Where the municipalities' values lie: median and quartiles as statistics offices and
/// numpy's default compute them (linear interpolation between order statistics, "type 7").
public struct Distribution: Sendable, Equatable {
  /// How many values.
  public let count: Int
  public let minimum: Double
  public let lowerQuartile: Double
  public let median: Double
  public let upperQuartile: Double
  public let maximum: Double

  /// The distribution of `values`; nil when there are none.
  public init?(_ values: [Double]) {
    let sorted = values.filter(\.isFinite).sorted()
    guard let first = sorted.first, let last = sorted.last else { return nil }
    count = sorted.count
    minimum = first
    maximum = last
    lowerQuartile = Self.quantile(sorted, 0.25)
    median = Self.quantile(sorted, 0.5)
    upperQuartile = Self.quantile(sorted, 0.75)
  }

  /// The interquartile range.
  public var interquartileRange: Double { upperQuartile - lowerQuartile }

  /// The `q` quantile (0...1) of `sorted`: the value at position (n - 1) q, interpolated.
  public static func quantile(_ sorted: [Double], _ q: Double) -> Double {
    precondition(!sorted.isEmpty)
    let position = Double(sorted.count - 1) * min(max(q, 0), 1)
    let below = Int(position.rounded(.down))
    let above = min(below + 1, sorted.count - 1)
    return sorted[below] + (sorted[above] - sorted[below]) * (position - Double(below))
  }
}
