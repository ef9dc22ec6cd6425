internal import Foundation
public import Storage

/// Where a PostgreSQL store lives: `postgres://USER@HOST[:PORT]/DATABASE[?sslmode=MODE]`,
/// the password given apart (from `PGPASSWORD` or a file, never in the URL or a flag).
public struct PostgresLocation: Sendable, Hashable, CustomStringConvertible {
  /// The server's host name or address.
  public var host: String
  /// Its port.
  public var port: Int
  /// The role the server logs in as.
  public var username: String
  /// Its password, when the server asks for one.
  public var password: String?
  /// The database.
  public var database: String
  /// Whether the connection must use TLS (`sslmode=require`).
  public var requireTLS: Bool

  /// The location `url` names, with `password`.
  /// - Throws: ``StorageError`` unavailable, saying what is wrong with the URL.
  public init(url: String, password: String?) throws(StorageError) {
    let allowed = "postgres://USER@HOST[:PORT]/DATABASE[?sslmode=disable|require]"
    let shown = Self.redacted(url)
    guard let schemeEnd = url.range(of: "://"),
      ["postgres", "postgresql"].contains(String(url[..<schemeEnd.lowerBound]))
    else {
      throw StorageError(.unavailable, "store URL \(shown) is not a PostgreSQL URL: \(allowed)")
    }
    var rest = String(url[schemeEnd.upperBound...])
    var query = ""
    if let mark = rest.firstIndex(of: "?") {
      query = String(rest[rest.index(after: mark)...])
      rest = String(rest[..<mark])
    }
    guard let at = rest.firstIndex(of: "@"), let slash = rest.firstIndex(of: "/"), at < slash
    else {
      throw StorageError(.unavailable, "store URL \(shown) needs a user and a database: \(allowed)")
    }
    let user = String(rest[..<at])
    guard !user.contains(":") else {
      throw StorageError(
        .unavailable,
        "store URL \(shown) holds a password: give it in PGPASSWORD or --store-password-file")
    }
    let hostPort = String(rest[rest.index(after: at)..<slash])
    let database = String(rest[rest.index(after: slash)...])
    var host = hostPort
    var port = 5432
    if let colon = hostPort.lastIndex(of: ":"), !hostPort.hasSuffix("]") {
      host = String(hostPort[..<colon])
      guard let number = Int(hostPort[hostPort.index(after: colon)...]),
        (1...65_535).contains(number)
      else {
        throw StorageError(
          .unavailable, "store URL \(shown) has port \(hostPort[colon...]): 1 to 65535")
      }
      port = number
    }
    if host.hasPrefix("[") && host.hasSuffix("]") { host = String(host.dropFirst().dropLast()) }
    guard !user.isEmpty, !host.isEmpty, !database.isEmpty else {
      throw StorageError(
        .unavailable, "store URL \(shown) needs a user, host and database: \(allowed)")
    }
    var requireTLS = false
    for parameter in query.split(separator: "&") where !parameter.isEmpty {
      switch parameter {
      case "sslmode=disable": requireTLS = false
      case "sslmode=require": requireTLS = true
      default:
        let name = parameter.split(separator: "=", maxSplits: 1).first.map(String.init) ?? ""
        throw StorageError(
          .unavailable,
          "store URL \(shown) has parameter \(name) (or a value of it) not allowed: only sslmode=disable|require"
        )
      }
    }
    self.host = host
    self.port = port
    self.username = user
    self.password = password
    self.database = database
    self.requireTLS = requireTLS
  }

  /// `url` for messages: a password in it (after `user:`, up to the last `@` before the
  /// path) and every query parameter's value replaced.
  static func redacted(_ url: String) -> String {
    guard let scheme = url.range(of: "://") else { return url }
    var text = url
    let rest = text[scheme.upperBound...]
    let pathStart = rest.firstIndex(of: "/") ?? rest.endIndex
    if let at = rest[..<pathStart].lastIndex(of: "@"),
      let colon = rest[..<at].firstIndex(of: ":")
    {
      text = String(text[..<text.index(after: colon)]) + "***" + String(text[at...])
    }
    guard let mark = text.firstIndex(of: "?") else { return text }
    let parameters = text[text.index(after: mark)...].split(separator: "&").map { parameter in
      parameter.split(separator: "=", maxSplits: 1).first.map { "\($0)=..." } ?? ""
    }
    return String(text[...mark]) + parameters.joined(separator: "&")
  }

  /// The URL, without the password.
  public var description: String {
    "postgres://\(username)@\(host.contains(":") ? "[\(host)]" : host):\(port)/\(database)"
      + (requireTLS ? "?sslmode=require" : "")
  }
}
