internal import DomainValues

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
    lowerQuartile = Quantile.of(sorted, 0.25)
    median = Quantile.of(sorted, 0.5)
    upperQuartile = Quantile.of(sorted, 0.75)
  }

  /// The interquartile range.
  public var interquartileRange: Double { upperQuartile - lowerQuartile }

}
