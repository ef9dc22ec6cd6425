internal import CLibPQ
internal import Foundation
public import Storage

/// Where the PostgreSQL stores live: any connection string libpq takes, as a URI
/// (`postgres://USER@HOST[:PORT][,HOST2[:PORT2]...]/DATABASE[?PARAMETERS]`) or as
/// `key=value` pairs (`host=a,b dbname=samarbeid user=samarbeid target_session_attrs=read-write`),
/// read by libpq itself. Several hosts with `target_session_attrs=read-write` reach whichever
/// is the primary; `sslmode=verify-full` with `sslrootcert` checks the database's certificate.
/// The password is given apart (`PGPASSWORD`, a file, or libpq's `~/.pgpass`), never in the
/// string or a flag.
public struct PostgresLocation: Sendable, Hashable, CustomStringConvertible {
  /// The connection parameters, as libpq read them (only those given), in libpq's order.
  public private(set) var parameters: [String: String]
  /// Its password, when the server asks for one (else libpq's `PGPASSWORD` or `~/.pgpass`).
  public var password: String?

  /// The location `text` names, with `password`.
  /// - Throws: ``StorageError`` unavailable, saying what is wrong (never the password).
  public init(url text: String, password: String?) throws(StorageError) {
    let allowed =
      "a libpq connection string: postgres://USER@HOST[:PORT][,HOST:PORT...]/DATABASE[?sslmode=...&target_session_attrs=...] or key=value pairs"
    let isURI = text.hasPrefix("postgres://") || text.hasPrefix("postgresql://")
    guard isURI || text.contains("=") else {
      throw StorageError(
        .unavailable,
        "store \(Self.redacted(text)) is not a PostgreSQL connection string: \(allowed)")
    }
    var error: UnsafeMutablePointer<CChar>?
    guard let options = PQconninfoParse(text, &error) else {
      let message = error.map { String(cString: $0) } ?? "it cannot be read"
      if let error { PQfreemem(error) }
      // libpq's words may quote a piece of the string (a password with a bad %-escape):
      // quoted pieces are left out.
      let shown = Self.redacted(message).replacing(/"[^"]*"/) { _ in "\"…\"" }
      throw StorageError(
        .unavailable,
        "store \(Self.redacted(text)) is not a connection string libpq reads: "
          + "\(shown.trimmingCharacters(in: .whitespacesAndNewlines)); \(allowed)")
    }
    defer { PQconninfoFree(options) }
    var parameters: [String: String] = [:]
    var option = options
    while let keyword = option.pointee.keyword {
      if let value = option.pointee.val {
        parameters[String(cString: keyword)] = String(cString: value)
      }
      option += 1
    }
    guard parameters["password"] == nil else {
      throw StorageError(
        .unavailable,
        "store \(Self.redacted(text)) holds a password: give it in PGPASSWORD, --store-password-file or ~/.pgpass"
      )
    }
    guard parameters["host"] != nil || parameters["hostaddr"] != nil,
      parameters["user"] != nil, parameters["dbname"] != nil
    else {
      throw StorageError(
        .unavailable, "store \(Self.redacted(text)) needs a user, a host and a database: \(allowed)"
      )
    }
    self.parameters = parameters
    self.password = password
  }

  /// The first host (of one or several).
  public var host: String {
    String((parameters["host"] ?? parameters["hostaddr"] ?? "").split(separator: ",").first ?? "")
  }

  /// The first host's port.
  public var port: Int {
    Int((parameters["port"] ?? "5432").split(separator: ",").first ?? "5432") ?? 5432
  }

  /// The role the server logs in as.
  public var username: String {
    get { parameters["user"] ?? "" }
    set { parameters["user"] = newValue }
  }

  /// The database.
  public var database: String {
    get { parameters["dbname"] ?? "" }
    set { parameters["dbname"] = newValue }
  }

  /// Whether the connection must use TLS (`sslmode` require, verify-ca or verify-full).
  public var requireTLS: Bool {
    ["require", "verify-ca", "verify-full"].contains(parameters["sslmode"] ?? "")
  }

  /// The parameters to connect with: these, then the given password; a default `sslmode` of
  /// disable (as before: TLS is asked for, not guessed).
  var connectionParameters: [(String, String)] {
    var given = parameters
    if given["sslmode"] == nil { given["sslmode"] = "disable" }
    var list = given.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
    if let password { list.append(("password", password)) }
    return list
  }

  /// `text` for messages: a URI's password (after `user:`, up to the last `@` before the
  /// path) and every query parameter's value replaced; a key=value string's password value.
  static func redacted(_ text: String) -> String {
    guard let scheme = text.range(of: "://") else {
      return text.replacing(/password\s*=\s*('[^']*'|\S*)/) { _ in "password=***" }
    }
    var shown = text
    let rest = shown[scheme.upperBound...]
    let pathStart = rest.firstIndex(of: "/") ?? rest.endIndex
    if let at = rest[..<pathStart].lastIndex(of: "@"),
      let colon = rest[..<at].firstIndex(of: ":")
    {
      shown = String(shown[..<shown.index(after: colon)]) + "***" + String(shown[at...])
    }
    guard let mark = shown.firstIndex(of: "?") else { return shown }
    let parameters = shown[shown.index(after: mark)...].split(separator: "&").map { parameter in
      parameter.split(separator: "=", maxSplits: 1).first.map { "\($0)=..." } ?? ""
    }
    return String(shown[...mark]) + parameters.joined(separator: "&")
  }

  /// Hosts, user, database and the parameters that matter to operators; never the password.
  public var description: String {
    let hosts = (parameters["host"] ?? parameters["hostaddr"] ?? "").split(separator: ",")
    let ports = (parameters["port"] ?? "").split(separator: ",")
    let endpoints = hosts.enumerated().map { index, host -> String in
      let port = ports.isEmpty ? "5432" : String(ports[min(index, ports.count - 1)])
      return (host.contains(":") ? "[\(host)]" : String(host)) + ":" + port
    }
    let shownParameters = ["sslmode", "target_session_attrs"].compactMap { key in
      parameters[key].map { "\(key)=\($0)" }
    }
    return "postgres://\(username)@\(endpoints.joined(separator: ","))/\(database)"
      + (shownParameters.isEmpty ? "" : "?" + shownParameters.joined(separator: "&"))
  }
}
