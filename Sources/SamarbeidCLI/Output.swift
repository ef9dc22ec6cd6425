import Foundation

/// Prints results: aligned tables for people, JSON objects for scripts.
enum Output {
  /// One object, as key-value lines or JSON.
  static func object(_ fields: [(String, Any)], json: Bool) {
    if json {
      print(encode(dictionary(fields)))
    } else {
      let width = fields.map(\.0.count).max() ?? 0
      for (key, value) in fields {
        print(key.padding(toLength: width, withPad: " ", startingAt: 0) + "  " + "\(text(value))")
      }
    }
  }

  /// Rows with `columns`, as a table or a JSON array.
  static func rows(_ rows: [[(String, Any)]], columns: [String], json: Bool) {
    if json {
      print(encode(rows.map(dictionary)))
      return
    }
    let cells = rows.map { row in
      columns.map { column in text(row.first { $0.0 == column }?.1 ?? "") }
    }
    let widths = columns.indices.map { index in
      max(columns[index].count, cells.map { $0[index].count }.max() ?? 0)
    }
    func line(_ values: [String]) -> String {
      zip(values, widths).map { $0.padding(toLength: $1, withPad: " ", startingAt: 0) }.joined(
        separator: "  "
      )
      .trimmingCharacters(in: .whitespaces)
    }
    print(line(columns.map { $0.uppercased() }))
    for row in cells { print(line(row)) }
    if rows.isEmpty { print("(none)") }
  }

  static func dictionary(_ fields: [(String, Any)]) -> [String: Any] {
    Dictionary(fields.map { ($0.0, $0.1) }, uniquingKeysWith: { first, _ in first })
  }

  static func text(_ value: Any) -> String {
    switch value {
    case let list as [Any]: list.map(text).joined(separator: ",")
    case let dictionary as [String: Any]: encode(dictionary)
    default: "\(value)"
    }
  }

  static func encode(_ value: Any) -> String {
    guard
      let data = try? JSONSerialization.data(
        withJSONObject: value, options: [.sortedKeys, .withoutEscapingSlashes])
    else { return "null" }
    return String(decoding: data, as: UTF8.self)
  }
}
