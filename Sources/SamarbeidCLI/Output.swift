import DomainValues
import Foundation

/// Prints results: aligned tables for people (amounts as `20 000 kr`), JSON or CSV for
/// scripts (amounts as plain numbers of kroner).
enum Output {
  /// One object, as key-value lines, JSON or a one-row CSV.
  static func object(_ fields: [(String, Any)], format: OutputFormat) {
    switch format {
    case .json: print(FieldValue(fields).json)
    case .csv: rows([fields], columns: fields.map(\.0), format: .csv)
    case .id: ids([fields])
    case .table:
      let labels = fields.map { header($0.0) }
      let width = labels.map(\.count).max() ?? 0
      for (label, field) in zip(labels, fields) {
        print(label.padding(toLength: width, withPad: " ", startingAt: 0) + "  " + text(field.1))
      }
    }
  }

  /// One object; `json` for JSON, else key-value lines.
  static func object(_ fields: [(String, Any)], json: Bool) {
    object(fields, format: json ? .json : .table)
  }

  /// Rows with `columns`, as a table, a JSON array or CSV with a header line.
  static func rows(_ rows: [[(String, Any)]], columns: [String], format: OutputFormat) {
    switch format {
    case .id: ids(rows)
    case .json:
      print(FieldValue.list(rows.map { FieldValue($0) }).json)
    case .csv:
      print(columns.map(csvCell).joined(separator: ","))
      for row in rows {
        print(
          columns.map { column in csvCell(plain(row.first { $0.0 == column }?.1 ?? "")) }
            .joined(separator: ","))
      }
    case .table:
      let cells = rows.map { row in
        columns.map { column in text(row.first { $0.0 == column }?.1 ?? "") }
      }
      let headers = columns.map(header)
      let widths = columns.indices.map { index in
        max(headers[index].count, cells.map { $0[index].count }.max() ?? 0)
      }
      func line(_ values: [String]) -> String {
        zip(values, widths).map { $0.padding(toLength: $1, withPad: " ", startingAt: 0) }
          .joined(separator: "  ").trimmingCharacters(in: .whitespaces)
      }
      print(line(headers))
      for row in cells { print(line(row)) }
      if rows.isEmpty { print("(none)") }
    }
  }

  /// Rows; `json` for JSON, else a table.
  static func rows(_ rows: [[(String, Any)]], columns: [String], json: Bool) {
    self.rows(rows, columns: columns, format: json ? .json : .table)
  }

  /// The `id` of each record, one per line; a result without ids says so on stderr.
  static func ids(_ records: [[(String, Any)]]) {
    for record in records {
      if let id = record.first(where: { $0.0 == "id" }) {
        print(text(id.1))
      } else {
        FileHandle.standardError.write(
          Data("samarbeid: this result has no id to print; use --output table, json or csv\n".utf8))
        Foundation.exit(ExitStatus.usage)
      }
    }
  }

  /// A column's heading: `applicationID` as `APPLICATION ID`, `paidOn` as `PAID ON`.
  static func header(_ key: String) -> String {
    var words = ""
    var previous: Character?
    for character in key {
      if character.isUppercase, let previous, previous.isLowercase || previous.isNumber {
        words.append(" ")
      }
      words.append(character)
      previous = character
    }
    return words.uppercased()
  }

  /// `count` and the noun in the right number: "1 grant", "2 grants".
  static func counted(_ count: Int, _ singular: String, _ plural: String? = nil) -> String {
    "\(count) \(count == 1 ? singular : plural ?? singular + "s")"
  }

  /// `fields` as a JSON object.
  static func dictionary(_ fields: [(String, Any)]) -> FieldValue { FieldValue(fields) }

  /// A value in a table: kroner with Norwegian grouping, lists comma-separated, nested
  /// fields as `key=value` pairs.
  static func text(_ value: Any) -> String {
    switch FieldValue(value) {
    case .text(let text): text
    case .integer(let number): "\(number)"
    case .number(let number): "\(number)"
    case .flag(let flag): "\(flag)"
    case .kroner(let ore): "\(Money(ore: ore))"
    case .list(let values): values.map(text).joined(separator: ", ")
    case .object(let fields):
      "(" + fields.map { "\($0.0)=\(text($0.1))" }.joined(separator: " ") + ")"
    case .absent(let shown): shown
    case .shown(_, let shown): shown
    }
  }

  /// A value in CSV: kroner as plain numbers.
  static func plain(_ value: Any) -> String {
    switch FieldValue(value) {
    case .kroner(let ore): Money(ore: ore).plainKroner
    case .list(let values): values.map(plain).joined(separator: ";")
    case .absent: ""
    // A number shown with its unit in a table (`48.5 %`) is the number in CSV.
    case .shown(let inner, _) where !(inner.isObject): plain(inner)
    default: text(value)
    }
  }

  static func csvCell(_ text: String) -> String {
    guard text.contains(where: { ",\"\n\r".contains($0) }) else { return text }
    return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
  }

  /// `value` as JSON.
  static func encode(_ value: Any) -> String { FieldValue(value).json }
}

/// An amount in kroner, shown grouped in tables and as a plain number in JSON and CSV.
struct KronerAmount {
  let ore: Int64
}
