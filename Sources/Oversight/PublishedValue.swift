public import DomainValues

/// A municipality's value of one indicator as oversight may publish it: small counts, and
/// anything from which one could be worked out, are marked suppressed and carry no number.
public struct PublishedValue: Sendable, Equatable {
  public let indicator: String
  /// The value in the indicator's unit (kroner, a count, a share 0...1, per 1,000, days, a
  /// score); nil when suppressed or undefined (a share of nothing, a rate without a
  /// population).
  public let value: Double?
  /// The counts behind a share or rate, when they may be published.
  public let numerator: Int64?
  public let denominator: Int64?
  public let suppressed: Bool

  init(
    _ indicator: String, _ value: Double?, numerator: Int64? = nil, denominator: Int64? = nil,
    suppressed: Bool = false
  ) {
    self.indicator = indicator
    self.value = suppressed ? nil : value
    self.numerator = suppressed ? nil : numerator
    self.denominator = suppressed ? nil : denominator
    self.suppressed = suppressed
  }

  /// `indicator`, suppressed.
  static func suppressed(_ indicator: String) -> PublishedValue {
    PublishedValue(indicator, nil, suppressed: true)
  }
}

/// Turns a municipality's figures into what may be published.
public enum Publication {
  /// The application outcomes share one denominator (decisions): a small one hidden among
  /// them could be worked out from the others, so they are suppressed as a group.
  static let outcomeGroup = [
    "grants.applications-granted", "grants.applications-partly-granted",
    "grants.applications-refused", "grants.applications-rejected",
  ]

  /// The published values of `figures`; `population` is the municipality's inhabitants as
  /// IMDi supplies them (nil when not supplied).
  public static func values(_ figures: [IndicatorFigure], population: Int64?) -> [PublishedValue] {
    var values = figures.map { value($0, population: population) }
    let outcomes = figures.enumerated().compactMap { index, figure -> (Int, Int64, Int64)? in
      guard outcomeGroup.contains(figure.indicator),
        case .proportion(let count, let decided) = figure.measure
      else { return nil }
      return (index, count, decided)
    }
    if let decided = outcomes.first?.2, decided > 0 {
      let cells = Suppression.cells(total: decided, parts: outcomes.map(\.1))
      for (position, outcome) in outcomes.enumerated()
      where cells.total || cells.parts.contains(position) {
        values[outcome.0] = .suppressed(figures[outcome.0].indicator)
      }
    }
    return values
  }

  /// One figure as it may be published on its own.
  public static func value(_ figure: IndicatorFigure, population: Int64?) -> PublishedValue {
    let id = figure.indicator
    switch figure.measure {
    case .amount(let money):
      return PublishedValue(id, Double(money.ore) / 100)
    case .count(let count):
      return Suppression.isPublishable(count)
        ? PublishedValue(id, Double(count), numerator: count) : .suppressed(id)
    case .proportion(let part, let whole):
      guard whole > 0 else { return PublishedValue(id, nil, numerator: 0, denominator: 0) }
      return Suppression.isPublishable(numerator: part, of: whole)
        ? PublishedValue(id, Double(part) / Double(whole), numerator: part, denominator: whole)
        : .suppressed(id)
    case .moneyShare(let part, let whole, let records):
      let share = whole.ore > 0 ? Double(part.ore) / Double(whole.ore) : nil
      // The number of grants is a count: given as the size only when it may be published.
      return Suppression.isPublishable(records) && share != nil
        ? PublishedValue(id, share, denominator: records) : PublishedValue(id, share)
    case .ratio(let ratio):
      return PublishedValue(id, ratio)
    case .perThousandInhabitants(let count):
      guard Suppression.isPublishable(count) else { return .suppressed(id) }
      guard let population, population > 0 else { return PublishedValue(id, nil, numerator: count) }
      return PublishedValue(
        id, Double(count) * 1000 / Double(population), numerator: count, denominator: population)
    case .statistic(let statistic, let records):
      return records > 0 && !Suppression.isPublishable(records)
        ? .suppressed(id) : PublishedValue(id, statistic, numerator: records)
    }
  }
}
