import Foundation
import Logging

/// The server's log lines, to standard error through ``LogOutput``: as text
/// (`2026-11-29T06:10:14Z info samarbeid.access: grpc.status=OK ... rpc`) or, with
/// `--log-format json`, one JSON object per line for log shippers (`time`, `level`, `logger`,
/// `message`, then the metadata's keys, sorted).
struct ServerLogHandler: LogHandler {
  let label: String
  let format: LogFormat
  var logLevel: Logger.Level = .info
  var metadata: Logger.Metadata = [:]

  init(label: String, format: LogFormat, level: Logger.Level) {
    self.label = label
    self.format = format
    self.logLevel = level
  }

  subscript(metadataKey key: String) -> Logger.Metadata.Value? {
    get { metadata[key] }
    set { metadata[key] = newValue }
  }

  func log(event: LogEvent) {
    let merged =
      metadata.isEmpty
      ? event.metadata ?? [:]
      : event.metadata.map { metadata.merging($0) { _, event in event } } ?? metadata
    let time = Self.timestamp()
    let line: String
    switch format {
    case .json:
      var fields = [
        ("time", Self.quoted(time)), ("level", Self.quoted(event.level.rawValue)),
        ("logger", Self.quoted(label)), ("message", Self.quoted(event.message.description)),
      ]
      for key in merged.keys.sorted() { fields.append((key, Self.json(merged[key]!))) }
      line = "{" + fields.map { Self.quoted($0.0) + ":" + $0.1 }.joined(separator: ",") + "}\n"
    case .text:
      var text = "\(time) \(event.level) \(label):"
      for (key, value) in merged.sorted(by: { $0.key < $1.key }) {
        text += " \(key)=\(value)"
      }
      line = text + " \(event.message)\n"
    }
    LogOutput.shared.write(line, urgent: event.level >= .warning)
  }

  /// Now as RFC 3339 in UTC, to the millisecond (`2026-12-08T01:35:08.123Z`).
  static func timestamp() -> String {
    var now = timespec()
    clock_gettime(CLOCK_REALTIME, &now)
    var seconds = now.tv_sec
    var parts = tm()
    gmtime_r(&seconds, &parts)
    func digits(_ value: Int, _ count: Int) -> String {
      let text = String(value)
      return String(repeating: "0", count: max(0, count - text.count)) + text
    }
    func two(_ value: Int32) -> String { digits(Int(value), 2) }
    return "\(parts.tm_year + 1900)-\(two(parts.tm_mon + 1))-\(two(parts.tm_mday))T"
      + "\(two(parts.tm_hour)):\(two(parts.tm_min)):\(two(parts.tm_sec))."
      + "\(digits(now.tv_nsec / 1_000_000, 3))Z"
  }

  /// A metadata value as JSON: numbers (logged as `.stringConvertible`) as numbers, lists
  /// and dictionaries as arrays and objects, everything else as a string.
  static func json(_ value: Logger.Metadata.Value) -> String {
    switch value {
    case .string(let text): return quoted(text)
    case .stringConvertible(let convertible):
      switch convertible {
      case let number as any BinaryInteger: return "\(number)"
      case let number as Double where number.isFinite: return "\(number)"
      case let flag as Bool: return "\(flag)"
      default: return quoted(convertible.description)
      }
    case .array(let values): return "[" + values.map(json).joined(separator: ",") + "]"
    case .dictionary(let fields):
      return "{"
        + fields.keys.sorted().map { quoted($0) + ":" + json(fields[$0]!) }.joined(separator: ",")
        + "}"
    }
  }

  /// `text` as a JSON string.
  static func quoted(_ text: String) -> String {
    var quoted = "\""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": quoted += "\\\""
      case "\\": quoted += "\\\\"
      case "\n": quoted += "\\n"
      case "\r": quoted += "\\r"
      case "\t": quoted += "\\t"
      case let control where control.value < 0x20:
        let hex = String(control.value, radix: 16)
        quoted += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
      default: quoted.unicodeScalars.append(scalar)
      }
    }
    return quoted + "\""
  }
}
