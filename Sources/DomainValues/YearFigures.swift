/// A municipality's figures for one year as its modules compute them, with the cells their
/// counts are sums of: what oversight's disclosure control decides over, all at once.
public struct YearFigures: Sendable, Equatable {
  public var figures: [IndicatorFigure]
  public var cells: CountCells

  public init(_ figures: [IndicatorFigure] = [], cells: CountCells = CountCells()) {
    self.figures = figures
    self.cells = cells
  }

  /// The figure for indicator `id`, if any.
  public subscript(id: String) -> IndicatorFigure.Measure? {
    figures.first { $0.indicator == id }?.measure
  }

  /// Both modules' figures.
  public static func + (lhs: YearFigures, rhs: YearFigures) -> YearFigures {
    YearFigures(lhs.figures + rhs.figures, cells: lhs.cells + rhs.cells)
  }
}
