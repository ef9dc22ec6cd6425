/// One municipality's raw figure for one national indicator and year, computed inside its
/// own store from its records: what IMDi's oversight may receive (aggregates, never records
/// or free text). The indicator is named by its id in the oversight catalogue.
public struct IndicatorFigure: Sendable, Equatable {
  /// What the figure is.
  public enum Measure: Sendable, Equatable {
    /// An amount of money.
    case amount(Money)
    /// A count of people, organisations or records: not published below 5.
    case count(Tally)
    /// `numerator` of `denominator`, both counts; the denominator's cells include the
    /// numerator's, and what remains is the count of records without the property.
    case proportion(Tally, of: Tally)
    /// An amount of money as a share of another, spread `over` that many records (grants):
    /// the size a funnel plot compares it by (nil: no size, no funnel).
    case moneyShare(Money, of: Money, over: Tally?)
    /// A ratio that counts nothing itself (the municipality's planned split, or the gap
    /// between a published share and that plan): published as it is; nil when undefined.
    case ratio(Double?)

    /// The counts publishing it in full would reveal.
    public var tallies: [Tally] {
      switch self {
      case .amount, .ratio: []
      case .count(let count), .perThousandInhabitants(let count): [count]
      case .proportion(let part, let whole): [part, whole]
      case .moneyShare(_, _, let records): records.map { [$0] } ?? []
      case .statistic(_, let records): [records]
      }
    }
    /// A count to be put per 1,000 inhabitants (the population is IMDi's).
    case perThousandInhabitants(Tally)
    /// A statistic (a median, a mean) over `records` records; nil when there are none.
    case statistic(Double?, records: Tally)
  }

  /// The catalogue id, e.g. `grants.granted-share`.
  public let indicator: String
  public let measure: Measure

  public init(_ indicator: String, _ measure: Measure) {
    self.indicator = indicator
    self.measure = measure
  }
}
