public import SamarbeidAPI

/// One key figure IMDi compares across municipalities: what it measures, how, and which way
/// is better. Values are computed inside each municipality's store from its records and
/// leave it as aggregates only.
public struct Indicator: Sendable, Hashable, Identifiable {
  /// The module whose records it is computed from.
  public enum Source: String, Sendable {
    case grants
    case meetingPlaces = "meeting-places"
    case dialogues, registry
  }

  /// Stable, e.g. `grants.granted-share`.
  public let id: String
  public let nameNorwegian: String
  public let nameEnglish: String
  /// What is counted, and (for shares and rates) out of what.
  public let numerator: String
  public let denominator: String
  public let unit: IndicatorUnit
  public let direction: IndicatorDirection
  public let source: Source

  public init(
    _ id: String, no nameNorwegian: String, en nameEnglish: String, numerator: String,
    denominator: String = "", unit: IndicatorUnit, direction: IndicatorDirection, source: Source
  ) {
    self.id = id
    self.nameNorwegian = nameNorwegian
    self.nameEnglish = nameEnglish
    self.numerator = numerator
    self.denominator = denominator
    self.unit = unit
    self.direction = direction
    self.source = source
  }

  /// Whether values are proportions of a denominator (compared with funnel limits).
  public var isProportion: Bool { unit == .share }
}
