/// The least and greatest value a linear function of non-negative unknowns can take while
/// every published relation holds: what an analyst could work out about a suppressed count
/// from everything published beside it (tau-ARGUS's audit, by linear programming).
///
/// A dense two-phase simplex with Bland's rule (no cycling), in `Double` with a tolerance:
/// the problems are small (the figures of one municipality and year: tens of unknowns). It
/// never traps: a problem it cannot finish within its pivot budget answers `nil`, which the
/// caller takes as "not proved protected".
public enum LinearBounds {
  /// One published relation: `lower <= sum(coefficient * unknown) <= upper` (equal bounds for
  /// an exact figure; a rounded share gives the interval its rounding leaves).
  public struct Relation: Sendable, Equatable {
    public var terms: [Int: Double]
    public var lower: Double
    public var upper: Double

    public init(_ terms: [Int: Double], lower: Double, upper: Double) {
      self.terms = terms
      self.lower = lower
      self.upper = upper
    }

    /// `sum(terms) == value`.
    public static func equal(_ terms: [Int: Double], _ value: Double) -> Relation {
      Relation(terms, lower: value, upper: value)
    }
  }

  /// What the relations allow for the function.
  public enum Range: Sendable, Equatable {
    /// No non-negative unknowns satisfy the relations.
    case infeasible
    /// The least value and the greatest (nil: no upper bound).
    case bounded(lower: Double, upper: Double?)
  }

  /// The range of `sum(objective)` over non-negative `unknowns` satisfying `relations`, or nil
  /// when the pivot budget ran out.
  public static func range(of objective: [Int: Double], unknowns: Int, relations: [Relation])
    -> Range?
  {
    guard var feasible = Tableau.feasible(unknowns: unknowns, relations: relations) else {
      return nil
    }
    guard feasible.isFeasible else { return .infeasible }
    var maximising = feasible
    guard case .optimal(let least) = feasible.minimise(objective) else {
      // A non-negative count has a least value; a minimum that runs away means a relation
      // was written wrong, and nothing is proved.
      return nil
    }
    switch maximising.minimise(objective.mapValues { -$0 }) {
    case .optimal(let negatedMost): return .bounded(lower: least, upper: -negatedMost)
    case .unbounded: return .bounded(lower: least, upper: nil)
    case nil: return nil
    }
  }
}

/// A simplex tableau in standard form: rows `A x = b` (b >= 0) over the unknowns, slack,
/// surplus and artificial columns, with a basis of one column per row.
struct Tableau {
  enum Outcome: Equatable {
    case optimal(Double)
    case unbounded
  }

  static let tolerance = 1e-9
  static let pivotBudget = 50_000

  var rows: [[Double]]
  var basis: [Int]
  /// Columns that may never enter the basis again (artificials after phase one).
  var excluded: Set<Int>
  let unknowns: Int
  var isFeasible = true
  var pivotsLeft = Tableau.pivotBudget

  var columnCount: Int { rows.first.map { $0.count - 1 } ?? unknowns }

  /// The tableau after phase one: a feasible basis without artificials, `isFeasible` false
  /// when there is none, nil when the budget ran out.
  static func feasible(unknowns: Int, relations: [LinearBounds.Relation]) -> Tableau? {
    // Each relation becomes one or two rows `a x (<=, =, >=) b`.
    enum Sense { case atMost, equal, atLeast }
    var constraints: [(terms: [Double], sense: Sense, rhs: Double)] = []
    for relation in relations {
      var terms = [Double](repeating: 0, count: unknowns)
      for (unknown, coefficient) in relation.terms where unknown >= 0 && unknown < unknowns {
        terms[unknown] += coefficient
      }
      if relation.lower == relation.upper {
        constraints.append((terms, .equal, relation.lower))
        continue
      }
      if relation.lower.isFinite { constraints.append((terms, .atLeast, relation.lower)) }
      if relation.upper.isFinite { constraints.append((terms, .atMost, relation.upper)) }
    }
    // Right-hand sides made non-negative.
    for index in constraints.indices where constraints[index].rhs < 0 {
      constraints[index].terms = constraints[index].terms.map { -$0 }
      constraints[index].rhs = -constraints[index].rhs
      switch constraints[index].sense {
      case .atMost: constraints[index].sense = .atLeast
      case .atLeast: constraints[index].sense = .atMost
      case .equal: break
      }
    }
    let slacks = constraints.filter { $0.sense != .equal }.count
    let artificials = constraints.filter { $0.sense != .atMost }.count
    let columns = unknowns + slacks + artificials
    var rows: [[Double]] = []
    var basis: [Int] = []
    var artificialColumns: Set<Int> = []
    var nextSlack = unknowns
    var nextArtificial = unknowns + slacks
    for constraint in constraints {
      var row = constraint.terms + [Double](repeating: 0, count: columns - unknowns + 1)
      row[columns] = constraint.rhs
      switch constraint.sense {
      case .atMost:
        row[nextSlack] = 1
        basis.append(nextSlack)
        nextSlack += 1
      case .atLeast:
        row[nextSlack] = -1
        nextSlack += 1
        row[nextArtificial] = 1
        basis.append(nextArtificial)
        artificialColumns.insert(nextArtificial)
        nextArtificial += 1
      case .equal:
        row[nextArtificial] = 1
        basis.append(nextArtificial)
        artificialColumns.insert(nextArtificial)
        nextArtificial += 1
      }
      rows.append(row)
    }
    var tableau = Tableau(rows: rows, basis: basis, excluded: [], unknowns: unknowns)
    guard !artificialColumns.isEmpty else { return tableau }
    let phaseOne = Dictionary(uniqueKeysWithValues: artificialColumns.map { ($0, 1.0) })
    guard case .optimal(let infeasibility) = tableau.minimise(phaseOne) else { return nil }
    guard infeasibility <= 1e-7 else {
      tableau.isFeasible = false
      return tableau
    }
    // Artificials left in the basis (at zero) leave it, or their row is redundant.
    var row = 0
    while row < tableau.rows.count {
      guard artificialColumns.contains(tableau.basis[row]) else {
        row += 1
        continue
      }
      if let column = (0..<tableau.columnCount).first(where: {
        !artificialColumns.contains($0) && abs(tableau.rows[row][$0]) > tolerance
      }) {
        tableau.pivot(row: row, column: column)
        row += 1
      } else {
        tableau.rows.remove(at: row)
        tableau.basis.remove(at: row)
      }
    }
    tableau.excluded = artificialColumns
    return tableau
  }

  /// Minimises `cost` (by column) from the current basis; nil when the budget ran out.
  mutating func minimise(_ cost: [Int: Double]) -> Outcome? {
    let rhs = columnCount
    while true {
      guard pivotsLeft > 0 else { return nil }
      // Bland's rule: the lowest-numbered column whose reduced cost is negative enters.
      var entering: Int?
      for column in 0..<rhs where !excluded.contains(column) && !basis.contains(column) {
        var reduced = cost[column] ?? 0
        for (row, basic) in basis.enumerated() {
          if let basicCost = cost[basic] { reduced -= basicCost * rows[row][column] }
        }
        if reduced < -Self.tolerance {
          entering = column
          break
        }
      }
      guard let column = entering else {
        var value = 0.0
        for (row, basic) in basis.enumerated() {
          if let basicCost = cost[basic] { value += basicCost * rows[row][rhs] }
        }
        return .optimal(value)
      }
      // Ratio test; ties go to the lowest-numbered basic column (Bland).
      var leaving: Int?
      var best = Double.infinity
      for row in rows.indices where rows[row][column] > Self.tolerance {
        let ratio = rows[row][rhs] / rows[row][column]
        if ratio < best - Self.tolerance
          || (abs(ratio - best) <= Self.tolerance && basis[row] < basis[leaving ?? row])
        {
          best = ratio
          leaving = row
        }
      }
      guard let row = leaving else { return .unbounded }
      pivot(row: row, column: column)
    }
  }

  /// Makes `column` basic in `row`.
  mutating func pivot(row: Int, column: Int) {
    pivotsLeft -= 1
    let divisor = rows[row][column]
    for index in rows[row].indices { rows[row][index] /= divisor }
    let pivotRow = rows[row]
    for other in rows.indices where other != row {
      let factor = rows[other][column]
      guard factor != 0 else { continue }
      for index in rows[other].indices { rows[other][index] -= factor * pivotRow[index] }
    }
    basis[row] = column
  }
}
