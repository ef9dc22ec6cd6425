/// The conditions of a record list, each with its one argument, e.g. `year = ?` and 2026.
public struct RecordFilter: Sendable {
  /// SQL conditions over the table's columns, joined with AND.
  public private(set) var conditions: [String] = []
  /// One argument per `?`, in order.
  public private(set) var arguments: [String] = []

  /// No condition: every record.
  public init() {}

  /// Adds `condition` (one `?`) with `value`.
  public mutating func add(_ condition: String, _ value: some CustomStringConvertible) {
    conditions.append(condition)
    arguments.append(value.description)
  }

  /// Adds `condition` with several arguments (or none), e.g. `(created_at, id) > (?, ?)`.
  public mutating func add(_ condition: String, arguments values: [String]) {
    conditions.append(condition)
    arguments += values
  }

  /// The WHERE clause: the conditions joined with AND, or `1` for none.
  var whereClause: String {
    conditions.isEmpty ? "1" : conditions.joined(separator: " AND ")
  }
}
