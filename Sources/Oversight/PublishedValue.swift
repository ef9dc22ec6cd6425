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

  package init(
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
  /// The published values of a municipality's figures for a year, decided over all of them
  /// at once (``DisclosureControl``); `population` is the municipality's inhabitants as IMDi
  /// supplies them (nil when not supplied).
  public static func values(_ year: YearFigures, population: Int64?) -> [PublishedValue] {
    var control = DisclosureControl(year)
    control.protect()
    return zip(year.figures, control.levels).map { figure, level in
      year.unrecorded.contains(figure.indicator)
        ? PublishedValue(figure.indicator, nil)
        : value(figure, at: level, population: population)
    }
  }

  /// One figure as published at `level`.
  static func value(
    _ figure: IndicatorFigure, at level: DisclosureControl.Level, population: Int64?
  ) -> PublishedValue {
    let id = figure.indicator
    guard level != .suppressed else { return .suppressed(id) }
    let full = level == .full
    switch figure.measure {
    case .amount(let money):
      return PublishedValue(id, Double(money.ore) / 100)
    case .count(let count):
      return PublishedValue(id, Double(count.value), numerator: count.value)
    case .proportion(let part, let whole):
      // A share of nothing has no value; its counts (none) may be published.
      guard whole.value > 0 else { return PublishedValue(id, nil, numerator: 0, denominator: 0) }
      return PublishedValue(
        id, Double(part.value) / Double(whole.value), numerator: part.value,
        denominator: whole.value)
    case .moneyShare(let part, let whole, let records):
      let share = whole.ore > 0 ? Double(part.ore) / Double(whole.ore) : nil
      // The number of grants is given as the size only when it may be published.
      return PublishedValue(
        id, share, denominator: full && share != nil ? records?.value : nil)
    case .ratio(let ratio):
      return PublishedValue(id, ratio)
    case .perThousandInhabitants(let count):
      guard let population, population > 0 else {
        return PublishedValue(id, nil, numerator: count.value)
      }
      return PublishedValue(
        id, Double(count.value) * 1000 / Double(population), numerator: count.value,
        denominator: population)
    case .statistic(let statistic, let records):
      return PublishedValue(id, statistic, numerator: full ? records.value : nil)
    }
  }
}
