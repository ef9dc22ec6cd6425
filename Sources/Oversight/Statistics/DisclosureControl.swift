internal import DomainValues

/// Secondary suppression over everything published for one municipality and year, as
/// statistical offices do it: every figure is a set of counts, each a sum of the year's
/// cells; a small count (1 to 4 records), whether a cell or a published sum, is protected
/// only when the least and greatest value it could have, given every count published and
/// every relation the scheme's rules make known (``CountCells``), lie at least
/// ``Suppression/safetyRange`` apart. Until they do, more is withheld: the cheapest step that
/// protects the count, or failing that the one that widens its range most for what it hides.
struct DisclosureControl {
  /// How much of a figure is published.
  enum Level: Int, Comparable {
    case suppressed, valueOnly, full

    static func < (lhs: Level, rhs: Level) -> Bool { lhs.rawValue < rhs.rawValue }
  }

  let figures: [IndicatorFigure]
  /// Each figure's counts, as sorted cell indices.
  let tallies: [[(cells: [Int], value: Int64)]]
  let values: [Int64]
  /// What the scheme's rules make known, whatever is published.
  let known: [LinearBounds.Relation]
  private(set) var levels: [Level]

  init(_ year: YearFigures) {
    let index = Dictionary(
      year.cells.names.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
    func cells(_ tally: Tally) -> [Int] { tally.cells.compactMap { index[$0] }.sorted() }
    figures = year.figures
    values = year.cells.values
    tallies = year.figures.map { figure in
      figure.measure.tallies.map { (cells($0), $0.value) }
    }
    var known = year.cells.relations.map { relation in
      var terms: [Int: Double] = [:]
      for cell in cells(relation.smaller) { terms[cell, default: 0] += 1 }
      for cell in cells(relation.larger) { terms[cell, default: 0] -= 1 }
      return LinearBounds.Relation(
        terms, lower: relation.exact ? 0 : -.infinity, upper: 0)
    }
    // A share of money that has a value was spread over at least one record (two, when it
    // lies strictly between none and all), and the amounts that say so (the sum granted) are
    // always published.
    for figure in year.figures {
      guard case .moneyShare(let part, let whole, let records?) = figure.measure, whole.ore > 0
      else { continue }
      known.append(
        .init(
          Dictionary(cells(records).map { ($0, 1.0) }, uniquingKeysWith: +),
          lower: part.ore > 0 && part.ore < whole.ore ? 2 : 1, upper: .infinity))
    }
    self.known = known
    levels = year.figures.map(Self.primaryLevel)
  }

  /// What may be published of `figure` on its own: nothing that shows a small count.
  static func primaryLevel(_ figure: IndicatorFigure) -> Level {
    switch figure.measure {
    case .amount, .ratio: .full
    case .count(let count), .perThousandInhabitants(let count):
      Suppression.isPublishable(count.value) ? .full : .suppressed
    case .proportion(let part, let whole):
      Suppression.isPublishable(numerator: part.value, of: whole.value) || whole.value == 0
        ? .full : .suppressed
    case .moneyShare(_, _, let records):
      Suppression.isPublishable(records?.value ?? 0) ? .full : .valueOnly
    case .statistic(_, let records):
      Suppression.isPublishable(records.value) ? .full : .suppressed
    }
  }

  /// The small counts to protect: each small cell, and each small sum a figure counts
  /// (together with what remains of a share's denominator), as sorted cell indices.
  var smallCounts: [[Int]] {
    var small: Set<[Int]> = []
    for (cell, value) in values.enumerated() where !Suppression.isPublishable(value) {
      small.insert([cell])
    }
    for (figure, counts) in zip(figures, tallies) {
      for count in counts where !Suppression.isPublishable(count.value) {
        small.insert(count.cells)
      }
      if case .proportion(let part, let whole) = figure.measure,
        !Suppression.isPublishable(whole.value - part.value)
      {
        let rest = Set(counts[1].cells).subtracting(counts[0].cells)
        if !rest.isEmpty { small.insert(rest.sorted()) }
      }
    }
    return small.sorted { $0.lexicographicallyPrecedes($1) }
  }

  /// Withholds more until every small count is protected.
  mutating func protect() {
    for count in smallCounts {
      while width(of: count, at: levels) < Double(Suppression.safetyRange) {
        guard let step = cheapestStep(protecting: count) else { break }
        levels = step
      }
    }
  }

  /// The published relations at `levels`, and those known regardless.
  func relations(at levels: [Level]) -> [LinearBounds.Relation] {
    var relations = known
    for (figure, (counts, level)) in zip(figures, zip(tallies, levels)) {
      func terms(_ cells: [Int]) -> [Int: Double] {
        Dictionary(cells.map { ($0, 1.0) }, uniquingKeysWith: +)
      }
      switch (level, figure.measure) {
      case (.full, .moneyShare(_, let whole, _)) where whole.ore == 0:
        break  // a share of nothing: neither value nor count is shown
      case (.full, _):
        relations += counts.map { .equal(terms($0.cells), Double($0.value)) }
      case (.valueOnly, .statistic(let value, _)):
        // A statistic that has a value was made from at least one record; one without, from none.
        if let count = counts.first {
          relations.append(
            value == nil
              ? .equal(terms(count.cells), 0)
              : .init(terms(count.cells), lower: 1, upper: .infinity))
        }
      case (.valueOnly, _), (.suppressed, _): break
      }
    }
    return relations
  }

  /// How many values apart the least and greatest the count of `cells` could be at `levels`
  /// (infinite when unbounded; 0 when nothing is proved).
  func width(of cells: [Int], at levels: [Level]) -> Double {
    let all = relations(at: levels)
    // Only the cells linked to these through some relation matter.
    var linked = Set(cells)
    var relevant: [LinearBounds.Relation] = []
    var pending = all
    var grew = true
    while grew {
      grew = false
      pending.removeAll { relation in
        guard relation.terms.keys.contains(where: linked.contains) else { return false }
        linked.formUnion(relation.terms.keys)
        relevant.append(relation)
        grew = true
        return true
      }
    }
    let local = Dictionary(uniqueKeysWithValues: linked.sorted().enumerated().map { ($1, $0) })
    let renumbered = relevant.map { relation in
      LinearBounds.Relation(
        Dictionary(relation.terms.map { (local[$0, default: 0], $1) }, uniquingKeysWith: +),
        lower: relation.lower, upper: relation.upper)
    }
    let objective = Dictionary(cells.map { (local[$0, default: 0], 1.0) }, uniquingKeysWith: +)
    guard
      case .bounded(let lower, let upper) = LinearBounds.range(
        of: objective, unknowns: local.count, relations: renumbered)
    else { return 0 }
    guard let upper else { return .infinity }
    // Counts are whole: the values the interval holds.
    return (upper + 1e-6).rounded(.down) - (lower - 1e-6).rounded(.up)
  }

  /// The levels after the cheapest withholding that protects `cells`, or failing that widens
  /// their range the most; nil when nothing published bears on them.
  func cheapestStep(protecting cells: [Int]) -> [Level]? {
    let current = width(of: cells, at: levels)
    let steps = Set(
      zip(tallies, levels).flatMap { counts, level in
        level == .suppressed ? [] : counts.map(\.cells)
      }
    ).sorted { $0.lexicographicallyPrecedes($1) }.map(withholding)
    // The cheapest that protects; failing that, the most widening for what it withholds.
    var best: (levels: [Level], protects: Bool, merit: Double)?
    func consider(_ levels: [Level]) {
      let width = width(of: cells, at: levels)
      guard width > current else { return }
      let cost = max(self.cost(of: levels), 1e-9)
      let protects = width >= Double(Suppression.safetyRange)
      let merit = protects ? -cost : min(width - current, 1e6) / cost
      if let best, (best.protects ? 1 : 0, best.merit) >= (protects ? 1 : 0, merit) { return }
      best = (levels, protects, merit)
    }
    steps.forEach(consider)
    if best == nil {
      // No one count alone: two together (a sum published twice over, say).
      for (first, one) in steps.enumerated() {
        for other in steps[(first + 1)...] {
          consider(zip(one, other).map { min($0, $1) })
        }
      }
    }
    if let best { return best.levels }
    let everything = steps.reduce(levels) { zip($0, $1).map { min($0, $1) } }
    return everything == levels ? nil : everything
  }

  /// The levels with every figure that publishes the count of `cells` withheld: its count
  /// alone where its value reveals none (then the value too), otherwise the whole figure.
  func withholding(_ cells: [Int]) -> [Level] {
    levels.indices.map { figure in
      guard levels[figure] != .suppressed,
        tallies[figure].contains(where: { $0.cells == cells })
      else { return levels[figure] }
      switch (levels[figure], figures[figure].measure) {
      // A share of money's value reveals no count: only its count is withheld.
      case (_, .moneyShare), (.full, .statistic): return .valueOnly
      default: return .suppressed
      }
    }
  }

  /// What `levels` withholds: three for each figure suppressed, one for each count withheld
  /// beside its value, and a fraction for the records they count (the smaller hidden first).
  func cost(of levels: [Level]) -> Double {
    zip(figures.indices, levels).reduce(0) { sum, entry in
      let (figure, level) = entry
      let hidden = Double(tallies[figure].map(\.value).reduce(0, +)) / 1e6
      switch (self.levels[figure], level) {
      case (.full, .suppressed): return sum + 3 + hidden
      case (.full, .valueOnly), (.valueOnly, .suppressed): return sum + 1 + hidden
      default: return sum
      }
    }
  }
}
