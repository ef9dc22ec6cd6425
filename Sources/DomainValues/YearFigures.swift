/// A municipality's figures for one year as its modules compute them, with the cells their
/// counts are sums of: what oversight's disclosure control decides over, all at once.
public struct YearFigures: Sendable, Equatable {
  public var figures: [IndicatorFigure]
  public var cells: CountCells
  /// The figures whose module holds no records of the year: no data, published without a
  /// value rather than as 0.
  public var unrecorded: Set<String>

  /// `figures` over `cells`; `recorded` false when their module holds no records of the year.
  public init(
    _ figures: [IndicatorFigure] = [], cells: CountCells = CountCells(), recorded: Bool = true
  ) {
    self.figures = figures
    self.cells = cells
    unrecorded = recorded ? [] : Set(figures.map(\.indicator))
  }

  /// The figure for indicator `id`, if any.
  public subscript(id: String) -> IndicatorFigure.Measure? {
    figures.first { $0.indicator == id }?.measure
  }

  /// Both modules' figures.
  public static func + (lhs: YearFigures, rhs: YearFigures) -> YearFigures {
    var sum = YearFigures(lhs.figures + rhs.figures, cells: lhs.cells + rhs.cells)
    sum.unrecorded = lhs.unrecorded.union(rhs.unrecorded)
    return sum
  }
}
