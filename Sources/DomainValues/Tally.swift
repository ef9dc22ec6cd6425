/// A count a published figure would reveal: how many records, and which of the year's count
/// cells (``CountCells``) it is the sum of. Disclosure control reasons about the cells; the
/// value is what is published.
public struct Tally: Sendable, Hashable {
  public let value: Int64
  /// The names of the cells summed, sorted, each once.
  public let cells: [String]

  /// The count of records in `self` or `other`, two tallies of different cells.
  public static func + (lhs: Tally, rhs: Tally) -> Tally {
    precondition(Set(lhs.cells).isDisjoint(with: rhs.cells), "a cell counted twice in a tally")
    let (sum, overflow) = lhs.value.addingReportingOverflow(rhs.value)
    return Tally(value: overflow ? .max : sum, cells: (lhs.cells + rhs.cells).sorted())
  }
}
