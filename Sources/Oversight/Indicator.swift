/// One key figure IMDi compares across municipalities: what it measures, how, and which way
/// is better. Values are computed inside each municipality's store from its records and
/// leave it as aggregates only.
public struct Indicator: Sendable, Hashable, Identifiable {
  /// The unit of a value.
  public enum Unit: String, Sendable {
    case kroner, count, share, days
    case perThousandInhabitants = "per-1000-inhabitants"
    case score
  }

  /// Which way is better, where one is.
  public enum Direction: String, Sendable {
    case higherIsBetter = "higher-is-better"
    case lowerIsBetter = "lower-is-better"
    case neither
  }

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
  public let unit: Unit
  public let direction: Direction
  public let source: Source

  public init(
    _ id: String, no nameNorwegian: String, en nameEnglish: String, numerator: String,
    denominator: String = "", unit: Unit, direction: Direction, source: Source
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
