import Foundation
import SamarbeidAPI

/// The oversight report for a year: one self-contained, well-formed HTML file (no scripts,
/// fonts or images) with its charts as inline SVG, each with a title, a text alternative and a
/// one-line reading, and the point in time the values are consistent with.
struct OversightReport {
  let year: Int32
  /// When the values were read (RFC 3339, UTC).
  let readAt: String
  let catalogue: [IndicatorDefinition]
  let values: GetIndicatorValuesResponse
  let comparisons: [String: IndicatorComparison]

  typealias Chart = SVGChart

  func value(_ municipality: MunicipalityValues, _ id: String) -> IndicatorValue? {
    municipality.values.first { $0.indicatorID == id }
  }

  var html: String {
    var sections: [String] = []
    sections.append(
      section(
        "Allocation and what was granted",
        reading:
          "Each municipality's allocation from IMDi (open bar) and what it has granted (hatched).",
        Chart.pairedBars(
          id: "allocation", title: "Allocation and granted per municipality, \(year)",
          description:
            "For each municipality two bars: the allocation in kroner, and the amount granted of it.",
          rows: values.municipalities.map {
            (
              "\($0.kommunenummer) \($0.name)", value($0, "grants.allocation")?.value ?? 0,
              value($0, "grants.granted")?.value ?? 0
            )
          })))
    for id in ["grants.operating-share", "dialogues.agenda-by-organisations"] {
      sections.append(funnelSection(id))
    }
    let days = values.municipalities.compactMap { municipality -> (String, Double)? in
      value(municipality, "grants.days-to-decision-median")?.value.map {
        (municipality.kommunenummer, $0)
      }
    }
    sections.append(
      section(
        "Days from submission to decision",
        reading: days.isEmpty
          ? "No municipality has enough decisions this year to show."
          : "Each dot is a municipality's median number of days; the line is the national median.",
        Chart.strip(
          id: "days", title: "Median days from submission to decision, \(year)",
          description:
            "\(days.count) municipalities with enough decisions to show; suppressed ones are left out.",
          points: days, median: comparisons["grants.days-to-decision-median"]?.national?.median)))
    sections.append(spines)
    sections.append(table)
    return """
      <!DOCTYPE html>
      <html xmlns="http://www.w3.org/1999/xhtml" lang="en"><head><meta charset="utf-8"/>\
      <title>Samarbeid: national oversight \(year)</title>\
      <style>body{font-family:sans-serif;max-width:60rem;margin:auto}td,th{border:1px solid #999;\
      padding:2px 4px;font-size:12px}table{border-collapse:collapse}figcaption{font-size:13px}</style>\
      </head><body><h1>National oversight \(year)</h1>\
      <p>From aggregates only: each municipality's figures are computed in its own records; counts \
      below 5 are suppressed. Read at \(Chart.escape(readAt)) from \(values.municipalities.count) \
      municipalities; each one's values are consistent with its own records up to the change \
      in the column "as of change" of the last table.</p>\
      \(sections.joined())</body></html>
      """
  }

  func section(_ heading: String, reading: String, _ chart: String) -> String {
    "<section><h2>\(Chart.escape(heading))</h2><figure>\(chart)<figcaption>\(Chart.escape(reading))</figcaption></figure></section>"
  }

  func funnelSection(_ id: String) -> String {
    let name = catalogue.first { $0.id == id }?.nameEN ?? id
    let comparison = comparisons[id]
    let points = values.municipalities.compactMap { municipality -> (String, Double, Double)? in
      guard let value = value(municipality, id), let share = value.value,
        let denominator = value.denominator, denominator > 0
      else { return nil }
      return (municipality.kommunenummer, share, Double(denominator))
    }
    let outside = comparison?.outliers.map(\.kommunenummer).joined(separator: ", ") ?? ""
    let hidden = values.municipalities.count - points.count
    return section(
      name,
      reading: points.isEmpty
        ? "No municipality has a published value for this year yet."
        : "Pooled share \(SVGChart.number((comparison?.funnelTarget ?? 0) * 100)) %; "
          + (outside.isEmpty
            ? "no municipality lies outside the 95 % limits."
            : "outside the 95 % limits (triangles): \(outside)."),
      Chart.funnel(
        id: "funnel-\(id.replacingOccurrences(of: ".", with: "-"))",
        title: "Funnel plot: \(name), \(year)",
        description:
          "\(points.count) municipalities' shares against their denominators, with 95 % and 99.8 % limits adjusted for over-dispersion; \(hidden) left out as suppressed or without a value.",
        target: comparison?.funnelTarget ?? 0, tau2: comparison?.funnelTau2 ?? 0, points: points))
  }

  /// Per municipality: every indicator with a value against the national range (line),
  /// quartiles (box) and median (tick); the municipality's value a diamond, written out beside
  /// the median, and the indicator's direction in words.
  var spines: String {
    var charts = ""
    var withoutValues: [String] = []
    for municipality in values.municipalities {
      var body = ""
      var row = 0
      for definition in catalogue {
        guard let national = comparisons[definition.id]?.national,
          let own = value(municipality, definition.id)?.value, national.maximum > national.minimum
        else { continue }
        body += spineRow(definition, national: national, own: own, y: 10 + row * 16)
        row += 1
      }
      guard row > 0 else {
        withoutValues.append(municipality.kommunenummer)
        continue
      }
      charts +=
        "<figure>"
        + Chart.svg(
          id: "spine-\(municipality.kommunenummer)",
          title: "\(municipality.kommunenummer) \(municipality.name) against the country",
          description:
            "For \(row) indicators: the national range (line), middle half (box) and median (tick); the municipality's value is the diamond and is written out with the median.",
          width: 760, height: 20 + row * 16, body)
        + "<figcaption>\(Chart.escape(municipality.name)): consistent with its change \(municipality.asOfSequence).</figcaption></figure>"
    }
    let note =
      withoutValues.isEmpty
      ? ""
      : "<p>No chart for \(withoutValues.count) municipalities without a published value to compare: \(Chart.escape(withoutValues.joined(separator: ", "))).</p>"
    return "<section><h2>Each municipality against the country</h2>\(charts)\(note)</section>"
  }

  /// One indicator's row of a spine chart at `y`.
  func spineRow(
    _ definition: IndicatorDefinition, national: ValueDistribution, own: Double, y: Int
  ) -> String {
    func x(_ v: Double) -> Double {
      250 + 350 * (v - national.minimum) / (national.maximum - national.minimum)
    }
    let direction =
      switch definition.direction {
      case .higherIsBetter: " (higher is better)"
      case .lowerIsBetter: " (lower is better)"
      default: ""
      }
    return """
      <text x="0" y="\(y + 9)" font-size="9">\(Chart.escape(definition.nameEN + direction))</text>\
      <line x1="250" y1="\(y + 5)" x2="600" y2="\(y + 5)" stroke="#999"/>\
      <rect x="\(Chart.number(x(national.lowerQuartile)))" y="\(y)" \
      width="\(Chart.number(x(national.upperQuartile) - x(national.lowerQuartile)))" height="10" \
      fill="#eaf2f8" stroke="#1b4f72"/>\
      <line x1="\(Chart.number(x(national.median)))" y1="\(y - 1)" x2="\(Chart.number(x(national.median)))" \
      y2="\(y + 11)" stroke="#000" stroke-width="2"/>\
      <polygon points="\(Chart.number(x(own))),\(y) \(Chart.number(x(own) + 5)),\(y + 5) \
      \(Chart.number(x(own))),\(y + 10) \(Chart.number(x(own) - 5)),\(y + 5)" fill="#b03a2e"/>\
      <text x="612" y="\(y + 9)" font-size="9">\(shown(own, definition.unit)) \
      (median \(shown(national.median, definition.unit)))</text>
      """
  }

  /// A value as its unit is read: kroner whole, shares as per cent.
  func shown(_ value: Double, _ unit: IndicatorUnit) -> String {
    switch unit {
    case .kroner: "\(Chart.whole(value)) kr"
    case .share: "\(Chart.number(value * 100)) %"
    case .count: Chart.whole(value)
    default: Chart.number(value)
    }
  }

  /// Every indicator for every municipality; suppressed cells marked.
  var table: String {
    let header =
      "<tr><th>Municipality</th><th>as of change</th>"
      + catalogue.map { "<th>\(Chart.escape($0.id))</th>" }.joined()
      + "</tr>"
    let rows = values.municipalities.map { municipality in
      "<tr><td>\(Chart.escape(municipality.kommunenummer + " " + municipality.name))</td>"
        + "<td>\(municipality.asOfSequence)</td>"
        + catalogue.map { definition in
          guard let value = value(municipality, definition.id) else { return "<td></td>" }
          if value.suppressed {
            return "<td title=\"suppressed: a count below 5\">(suppressed)</td>"
          }
          return
            "<td>\(value.value.map { "\(($0 * 1000).rounded() / 1000)" } ?? "")</td>"
        }.joined() + "</tr>"
    }.joined()
    return
      "<section><h2>All indicators</h2><table><caption>Values \(year); (suppressed) marks a count below 5 or one that would reveal it.</caption>\(header)\(rows)</table></section>"
  }
}
