/// One municipality's raw figure for one national indicator and year, computed inside its
/// own store from its records: what IMDi's oversight may receive (aggregates, never records
/// or free text). The indicator is named by its id in the oversight catalogue.
public struct IndicatorFigure: Sendable, Equatable {
  /// What the figure is.
  public enum Measure: Sendable, Equatable {
    /// An amount of money.
    case amount(Money)
    /// A count of people, organisations or records: not published below 5.
    case count(Int64)
    /// `numerator` of `denominator`, both counts.
    case proportion(Int64, of: Int64)
    /// An amount of money as a share of another, spread `over` that many records (grants):
    /// the size a funnel plot compares it by (0: no size, no funnel).
    case moneyShare(Money, of: Money, over: Int64)
    /// A ratio that counts nothing itself (the municipality's planned split, or the gap
    /// between a published share and that plan): published as it is; nil when undefined.
    case ratio(Double?)
    /// A count to be put per 1,000 inhabitants (the population is IMDi's).
    case perThousandInhabitants(Int64)
    /// A statistic (a median, a mean) over `records` records; nil when there are none.
    case statistic(Double?, records: Int64)
  }

  /// The catalogue id, e.g. `grants.granted-share`.
  public let indicator: String
  public let measure: Measure

  public init(_ indicator: String, _ measure: Measure) {
    self.indicator = indicator
    self.measure = measure
  }
}
