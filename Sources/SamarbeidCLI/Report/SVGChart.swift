import DomainValues
import Foundation

/// Charts as inline SVG for the oversight report: no scripts, fonts or images; every chart has
/// a title and a text alternative, and colour is never the only cue (shapes and labels carry
/// the same meaning).
enum SVGChart {
  /// Text safe inside XML.
  static func escape(_ text: String) -> String {
    text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
      .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
  }

  /// A coordinate or value to one decimal (plain arithmetic: Foundation's formatter costs
  /// more than the rest of the report).
  static func number(_ value: Double) -> String {
    guard value.isFinite else { return "0" }
    return "\((value * 10).rounded() / 10)"
  }

  /// Round values for an axis from `lower` to `upper`: steps of 1, 2 or 5 times a power of
  /// ten, about `count` of them.
  static func ticks(_ lower: Double, _ upper: Double, count: Int = 5) -> [Double] {
    guard upper > lower, lower.isFinite, upper.isFinite else { return [lower] }
    let rough = (upper - lower) / Double(max(count, 1))
    let power = Foundation.pow(10, (Foundation.log10(rough)).rounded(.down))
    let step = [1.0, 2, 5, 10].map { $0 * power }.first { $0 >= rough } ?? rough
    let first = (lower / step).rounded(.up) * step
    return stride(from: first, through: upper + step * 1e-9, by: step).map { $0 }
  }

  /// Tick marks and labels along a horizontal axis at `y` (labels below) or a vertical one at
  /// `x` (labels to the left), each value placed by `position` and written by `label`.
  static func axisTicks(
    _ values: [Double], horizontalAt y: Double? = nil, verticalAt x: Double? = nil,
    position: (Double) -> Double, label: (Double) -> String
  ) -> String {
    values.map { value in
      let place = position(value)
      let at = number(place)
      if let y {
        return """
          <line x1="\(at)" y1="\(number(y))" x2="\(at)" y2="\(number(y + 4))" stroke="#000"/>\
          <text x="\(at)" y="\(number(y + 14))" font-size="9" text-anchor="middle">\(escape(label(value)))</text>
          """
      }
      let left = x ?? 0
      return """
        <line x1="\(number(left - 4))" y1="\(at)" x2="\(number(left))" y2="\(at)" stroke="#000"/>\
        <text x="\(number(left - 6))" y="\(number(place + 3))" font-size="9" text-anchor="end">\(escape(label(value)))</text>
        """
    }.joined()
  }

  /// A whole number with a space between thousands, as Norwegian readers write it.
  static func whole(_ value: Double) -> String {
    guard value.isFinite, value.magnitude < 1e18 else { return "0" }
    return (value < -0.5 ? "-" : "") + Money.grouped(UInt64(value.magnitude.rounded()))
  }

  /// An SVG element of `width` x `height` with its title and description, around `body`.
  static func svg(
    id: String, title: String, description: String, width: Int, height: Int, _ body: String
  )
    -> String
  {
    """
    <svg xmlns="http://www.w3.org/2000/svg" role="img" width="\(width)" height="\(height)" \
    viewBox="0 0 \(width) \(height)" aria-labelledby="\(id)-title \(id)-desc" id="\(id)">\
    <title id="\(id)-title">\(escape(title))</title><desc id="\(id)-desc">\(escape(description))</desc>\
    \(body)</svg>
    """
  }

  /// Horizontal bars: for each label two values (e.g. allocated and granted), the second drawn
  /// hatched inside the first so the pair reads without colour.
  static func pairedBars(
    id: String, title: String, description: String,
    rows: [(label: String, first: Double, second: Double)], words: (of: String, unit: String)
  ) -> String {
    let maximum = max(rows.map { max($0.first, $0.second) }.max() ?? 1, 1)
    let width = 640
    let barWidth = 330.0
    var body = """
      <defs><pattern id="\(id)-hatch" width="6" height="6" patternUnits="userSpaceOnUse" \
      patternTransform="rotate(45)"><line x1="0" y1="0" x2="0" y2="6" stroke="#1b4f72" stroke-width="3"/>\
      </pattern></defs>
      """
    for (index, row) in rows.enumerated() {
      let y = 10 + index * 22
      let first = barWidth * row.first / maximum
      let second = barWidth * row.second / maximum
      body += """
        <text x="0" y="\(y + 13)" font-size="11">\(escape(row.label))</text>\
        <rect x="150" y="\(y)" width="\(number(first))" height="16" fill="#d6eaf8" stroke="#1b4f72"/>\
        <rect x="150" y="\(y + 4)" width="\(number(second))" height="8" fill="url(#\(id)-hatch)"/>\
        <text x="\(number(150 + max(first, second) + 4))" y="\(y + 13)" font-size="10">\
        \(whole(row.second)) \(escape(words.of)) \(whole(row.first)) \(escape(words.unit))</text>
        """
    }
    let axis = Double(10 + rows.count * 22)
    body +=
      "<line x1=\"150\" y1=\"\(number(axis))\" x2=\"480\" y2=\"\(number(axis))\" stroke=\"#000\"/>"
    body += axisTicks(
      ticks(0, maximum, count: 4), horizontalAt: axis, position: { 150 + barWidth * $0 / maximum },
      label: { whole($0) })
    return svg(
      id: id, title: title, description: description, width: width,
      height: 30 + rows.count * 22, body)
  }

  /// The words a funnel plot is drawn with, in the report's language.
  struct FunnelWords {
    /// The axes: the size compared by ("number of decisions") and the share.
    var sizeAxis: String
    var shareAxis: String
    /// The legend's entries and the sides of an outlier.
    var target = "pooled share"
    var limit95 = "95 % limits"
    var limit998 = "99.8 % limits"
    var inside = "municipality"
    var outside = "outside the 95 % limits"
    var above = "above"
    var below = "below"
    var more = "more"
  }

  /// A funnel plot: each point a municipality (share against its size), the limits at 95 %
  /// (dashed) and 99.8 % (dotted) around the target (solid), with a legend; points outside
  /// the 95 % limits are triangles pointing the way they lie, labelled (to the left of the
  /// point near the right edge, so no label is cut off).
  static func funnel(
    id: String, title: String, description: String, target: Double, tau2: Double,
    points: [(label: String, value: Double, denominator: Double)], words: FunnelWords
  ) -> String {
    let (width, height) = (680, 340)
    let (left, right, top, bottom) = (58.0, Double(width - 20), 50.0, Double(height - 44))
    let maximumN = max(points.map(\.denominator).max() ?? 10, 10)
    func x(_ n: Double) -> Double { left + (right - left) * n / maximumN }
    func y(_ share: Double) -> Double { bottom - (bottom - top) * min(max(share, 0), 1) }
    func limit(_ n: Double, _ z: Double, _ side: Double) -> Double {
      target + side * z * (target * (1 - target) / n + tau2).squareRoot()
    }
    var body = """
      <line x1="\(left)" y1="\(bottom)" x2="\(right)" y2="\(bottom)" stroke="#000"/>\
      <line x1="\(left)" y1="\(top)" x2="\(left)" y2="\(bottom)" stroke="#000"/>\
      <text x="\(number((left + right) / 2))" y="\(height - 6)" font-size="11" \
      text-anchor="middle">\(escape(words.sizeAxis))</text>\
      <text x="14" y="\(number((top + bottom) / 2))" font-size="11" text-anchor="middle" \
      transform="rotate(-90 14 \(number((top + bottom) / 2)))">\(escape(words.shareAxis))</text>\
      <line x1="\(left)" y1="\(number(y(target)))" x2="\(right)" y2="\(number(y(target)))" stroke="#000"/>
      """
    // The legend, above the plot.
    let legend: [(String, String)] = [
      ("", words.target), ("6 3", words.limit95), ("2 3", words.limit998),
    ]
    for (index, entry) in legend.enumerated() {
      let at = left + Double(index) * 150
      body += """
        <line x1="\(number(at))" y1="14" x2="\(number(at + 24))" y2="14" stroke="#000" \
        stroke-dasharray="\(entry.0)"/><text x="\(number(at + 30))" y="18" font-size="10">\
        \(escape(entry.1))</text>
        """
    }
    body += """
      <circle cx="\(number(left + 4))" cy="32" r="3" fill="#1b4f72"/>\
      <text x="\(number(left + 12))" y="36" font-size="10">\(escape(words.inside))</text>\
      <polygon points="\(number(left + 154)),27 \(number(left + 149)),37 \(number(left + 159)),37" \
      fill="#b03a2e"/><text x="\(number(left + 166))" y="36" font-size="10">\
      \(escape(words.outside))</text>
      """
    body += axisTicks(
      ticks(0, maximumN), horizontalAt: bottom, position: x, label: { whole($0) })
    body += axisTicks(
      [0, 0.25, 0.5, 0.75, 1], verticalAt: left, position: y, label: { "\(whole($0 * 100)) %" })
    for (z, dash) in [(1.959_963_984_540_054, "6 3"), (3.090_232_306_167_813, "2 3")] {
      for side in [-1.0, 1.0] {
        let steps = stride(from: 1.0, through: maximumN, by: max(maximumN / 60, 1))
        let path = steps.map { "\(number(x($0))),\(number(y(limit($0, z, side))))" }
          .joined(separator: " ")
        body +=
          "<polyline points=\"\(path)\" fill=\"none\" stroke=\"#555\" stroke-dasharray=\"\(dash)\"/>"
      }
    }
    // Municipalities with the same share and size share one mark and one label.
    var labels: [String: [String]] = [:]
    for point in points {
      labels["\(number(x(point.denominator))),\(number(y(point.value)))", default: []].append(
        point.label)
    }
    for point in points {
      let (px, py) = (x(point.denominator), y(point.value))
      guard let names = labels.removeValue(forKey: "\(number(px)),\(number(py))") else {
        continue
      }
      let label =
        names.count > 3
        ? "\(names.prefix(2).joined(separator: ", ")) +\(names.count - 2) \(words.more)"
        : names.joined(separator: ", ")
      let above = point.value > limit(point.denominator, 1.959_963_984_540_054, 1)
      let below = point.value < limit(point.denominator, 1.959_963_984_540_054, -1)
      guard above || below else {
        body += "<circle cx=\"\(number(px))\" cy=\"\(number(py))\" r=\"3\" fill=\"#1b4f72\"/>"
        continue
      }
      let tip = above ? py - 6 : py + 6
      let base = above ? py + 4 : py - 4
      // Near the right edge the label goes to the left of the point.
      let leftward = px > right - 200
      body += """
        <polygon points="\(number(px)),\(number(tip)) \(number(px - 5)),\(number(base)) \
        \(number(px + 5)),\(number(base))" fill="#b03a2e"/>\
        <text x="\(number(leftward ? px - 8 : px + 8))" y="\(number(py + 4))" font-size="10" \
        text-anchor="\(leftward ? "end" : "start")">\(escape(label)) \
        (\(above ? words.above : words.below))</text>
        """
    }
    return svg(id: id, title: title, description: description, width: width, height: height, body)
  }

  /// Values on one axis, each a labelled dot, with the median marked.
  static func strip(
    id: String, title: String, description: String, points: [(label: String, value: Double)],
    median: Double?, words: (unit: String, median: String),
    label: (Double) -> String = { number($0) }
  ) -> String {
    let (width, height) = (640, 90)
    let lowest = points.map(\.value).min() ?? 0
    let highest = max(points.map(\.value).max() ?? 1, lowest + 1)
    func x(_ value: Double) -> Double { 40 + 560 * (value - lowest) / (highest - lowest) }
    var body = "<line x1=\"40\" y1=\"60\" x2=\"600\" y2=\"60\" stroke=\"#000\"/>"
    body += axisTicks(ticks(lowest, highest), horizontalAt: 60, position: x, label: label)
    if let median {
      body += """
        <line x1="\(number(x(median)))" y1="25" x2="\(number(x(median)))" y2="60" stroke="#000" \
        stroke-width="2"/><text x="\(number(x(median)))" y="20" font-size="10" text-anchor="middle">\
        \(escape(words.median)) \(escape(label(median))) \(escape(words.unit))</text>
        """
    }
    for point in points {
      body += """
        <circle cx="\(number(x(point.value)))" cy="45" r="4" fill-opacity="0.6" fill="#1b4f72">\
        <title>\(escape(point.label)): \(escape(label(point.value)))</title></circle>
        """
    }
    return svg(id: id, title: title, description: description, width: width, height: height, body)
  }
}
