internal import DomainValues

/// Control limits for a proportion across units of different size, as public-health funnel
/// plots draw them (Spiegelhalter 2005, "Funnel plots for comparing institutional
/// performance"; over-dispersion as in Spiegelhalter, "Handling over-dispersion of
/// performance indicators", 2005, and the English public-health profiles): the target is the
/// pooled proportion; a unit of size n is expected within target ± z √(target (1 − target) / n
/// + τ²), where τ² is the between-unit variance beyond chance, estimated from winsorised
/// z-scores by the DerSimonian-Laird method (0 when the units differ no more than chance
/// explains).
public struct FunnelPlot: Sendable {
  /// One unit: its proportion and its size (the denominator of a share of counts; for a
  /// share of money, the number of grants it is spread over, the spread of their amounts
  /// being part of the over-dispersion).
  public struct Unit: Sendable, Equatable {
    public let proportion: Double
    public let denominator: Int64

    public init(proportion: Double, denominator: Int64) {
      self.proportion = proportion
      self.denominator = denominator
    }

    /// `numerator` of `denominator`.
    public init(numerator: Int64, denominator: Int64) {
      self.init(
        proportion: denominator > 0 ? Double(numerator) / Double(denominator) : 0,
        denominator: denominator)
    }
  }

  /// The two-sided limits drawn: 95 % (z 1.960) and 99.8 % (z 3.090).
  public static let z95 = 1.959_963_984_540_054
  public static let z998 = 3.090_232_306_167_813

  /// The pooled proportion.
  public let target: Double
  /// The over-dispersion factor φ (mean squared winsorised z-score).
  public let dispersion: Double
  /// The between-unit variance added to each unit's (0 without over-dispersion).
  public let tau2: Double

  /// The limits for `units` (those with a denominator of 0 are left out); nil with fewer
  /// than two units or a pooled proportion of 0 or 1 (no variance to draw limits from).
  public init?(_ units: [Unit], winsorising fraction: Double = 0.1) {
    let units = units.filter { $0.denominator > 0 }
    let total = units.reduce(0) { $0 + $1.denominator }
    guard units.count >= 2, total > 0 else { return nil }
    let target = units.reduce(0) { $0 + $1.proportion * Double($1.denominator) } / Double(total)
    guard target > 0, target < 1 else { return nil }
    let variances = units.map { target * (1 - target) / Double($0.denominator) }
    let zScores = zip(units, variances).map { ($0.proportion - target) / $1.squareRoot() }
    let winsorised = Self.winsorised(zScores, fraction: fraction)
    let k = Double(units.count)
    let dispersion = winsorised.reduce(0) { $0 + $1 * $1 } / k
    let weights = variances.map { 1 / $0 }
    let sumWeights = weights.reduce(0, +)
    let sumSquares = weights.reduce(0) { $0 + $1 * $1 }
    let tau2 = max(0, (k * dispersion - (k - 1)) / (sumWeights - sumSquares / sumWeights))
    self.target = target
    self.dispersion = dispersion
    self.tau2 = dispersion > 1 ? tau2 : 0
  }

  /// The lower and upper limit at `z` for a unit of size `denominator`, within 0...1.
  public func limits(denominator: Int64, z: Double) -> (lower: Double, upper: Double) {
    let spread = z * (target * (1 - target) / Double(denominator) + tau2).squareRoot()
    return (max(0, target - spread), min(1, target + spread))
  }

  /// Where `unit` lies: inside, or above or below the limits at `z`.
  public func position(of unit: Unit, z: Double) -> Int {
    let (lower, upper) = limits(denominator: unit.denominator, z: z)
    return unit.proportion > upper ? 1 : unit.proportion < lower ? -1 : 0
  }

  /// `values` with those below the `fraction` quantile and above the 1 − `fraction` quantile
  /// pulled in to those quantiles.
  static func winsorised(_ values: [Double], fraction: Double) -> [Double] {
    let sorted = values.sorted()
    let low = Quantile.of(sorted, fraction)
    let high = Quantile.of(sorted, 1 - fraction)
    return values.map { min(max($0, low), high) }
  }
}
