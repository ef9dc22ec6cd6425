/// The finest counts a municipality's figures for a year are sums of (applications refused,
/// meetings without both sides' views, ...), and the relations between them that anyone
/// knows from the scheme's rules (a report is due only on a grant held; a meeting has at
/// most one municipal view). Disclosure control works out from these, and from what is
/// published, the least and greatest value each small count could have.
public struct CountCells: Sendable, Equatable {
  /// One known relation: `smaller` is at most `larger`, or (`exact`) equal to it.
  public struct Relation: Sendable, Equatable {
    public let smaller: Tally
    public let larger: Tally
    public let exact: Bool
  }

  /// The cells' names, in the order they were made, and their values.
  public private(set) var names: [String] = []
  public private(set) var values: [Int64] = []
  public private(set) var relations: [Relation] = []

  public init() {}

  /// A new cell `name` (unique across every module's cells, e.g. `grants.refused`) holding
  /// `value` records, as a tally of itself.
  public mutating func cell(_ name: String, _ value: Int64) -> Tally {
    precondition(!names.contains(name), "cell \(name) made twice")
    names.append(name)
    values.append(max(0, value))
    return Tally(value: max(0, value), cells: [name])
  }

  /// Records that `smaller` can never exceed `larger`.
  public mutating func require(_ smaller: Tally, atMost larger: Tally) {
    relations.append(Relation(smaller: smaller, larger: larger, exact: false))
  }

  /// Records that `lhs` and `rhs` count the same records, split two ways.
  public mutating func require(_ lhs: Tally, equals rhs: Tally) {
    relations.append(Relation(smaller: lhs, larger: rhs, exact: true))
  }

  /// Both sets of cells (their names are distinct).
  public static func + (lhs: CountCells, rhs: CountCells) -> CountCells {
    var sum = lhs
    for name in rhs.names { precondition(!sum.names.contains(name), "cell \(name) made twice") }
    sum.names += rhs.names
    sum.values += rhs.values
    sum.relations += rhs.relations
    return sum
  }
}
