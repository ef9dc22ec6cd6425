internal import Logging
internal import NIOCore
internal import NIOPosix
internal import NIOSSL
internal import PostgresNIO
internal import Storage

/// One connection to PostgreSQL, used by one worker thread at a time: every call waits for
/// its statement on that thread, so a transaction's body reads like SQLite's.
final class PostgresSession: @unchecked Sendable {
  let connection: PostgresConnection
  let logger: Logger

  private init(connection: PostgresConnection, logger: Logger) {
    self.connection = connection
    self.logger = logger
  }

  /// Connects to `location`, sets what durability needs, and checks the server's version.
  static func connect(to location: PostgresLocation, id: Int, logger: Logger) throws(StorageError)
    -> PostgresSession
  {
    do {
      let tls: PostgresConnection.Configuration.TLS =
        location.requireTLS
        ? .require(try NIOSSLContext(configuration: .makeClientConfiguration())) : .disable
      var configuration = PostgresConnection.Configuration(
        host: location.host, port: location.port, username: location.username,
        password: location.password, database: location.database, tls: tls)
      configuration.options.connectTimeout = .seconds(10)
      let settings = configuration
      let connection = try blocking {
        try await PostgresConnection.connect(
          on: MultiThreadedEventLoopGroup.singleton.any(), configuration: settings, id: id,
          logger: logger)
      }
      let session = PostgresSession(connection: connection, logger: logger)
      do {
        // An acknowledged write is on the server's disk before the OK (the server's default;
        // set here so that a server configured otherwise cannot weaken it). A server that
        // dies mid-write must not hold its store's lock for the kernel's keepalive (hours):
        // PostgreSQL ends a transaction idle for a minute; a store lock not had in 30 s and
        // a statement running 5 minutes fail the call (UNAVAILABLE), not the server.
        for setting in [
          "synchronous_commit = on", "idle_in_transaction_session_timeout = '60s'",
          "lock_timeout = '30s'", "statement_timeout = '300s'",
        ] {
          _ = try session.query("SET \(setting)")
        }
      } catch {
        session.close()
        throw error
      }
      return session
    } catch let error as StorageError {
      throw error
    } catch {
      throw StorageError(
        .unavailable, "cannot connect to PostgreSQL at \(location): \(Self.describe(error))")
    }
  }

  /// Whether the connection has closed (the worker then opens a new one).
  var isClosed: Bool { connection.isClosed }

  /// Runs `sql` with `binds` ($1, $2, ...) and returns the rows.
  /// - Throws: ``StorageError``: already exists for a unique violation, unavailable otherwise.
  func query(_ sql: String, _ binds: [StoreValue] = []) throws(StorageError) -> [[StoreValue]] {
    try pipeline([(sql, binds)])[0]
  }

  /// Whether a statement failed since ``transactionBegan()``: PostgreSQL has then aborted the
  /// transaction, and its COMMIT would answer ROLLBACK without an error.
  private(set) var statementFailed = false

  /// A transaction begins: no statement of it has failed yet.
  func transactionBegan() { statementFailed = false }

  /// Queues every statement before waiting for the first answer (postgres-nio sends each
  /// when the one before has finished, without a trip back to this thread), then returns the
  /// rows of each.
  func pipeline(_ statements: [(sql: String, binds: [StoreValue])]) throws(StorageError)
    -> [[[StoreValue]]]
  {
    // The future interface, waited for on this worker thread (never an event loop's): one
    // hop to the connection's loop and back, no task in between.
    let futures = statements.map { statement in
      connection.query(
        PostgresQuery(unsafeSQL: statement.sql, binds: Self.bindings(statement.binds)),
        logger: logger)
    }
    var results: [[[StoreValue]]] = []
    var failure: StorageError?
    for future in futures {
      do {
        results.append(try future.wait().rows.map { try $0.map(Self.value) })
      } catch {
        let refusal = Self.storageError(error)
        if refusal.code != .alreadyExists {
          logger.warning(
            "PostgreSQL statement failed", metadata: ["error": "\(Self.describe(error))"])
        }
        failure = failure ?? refusal
      }
    }
    if let failure {
      statementFailed = true
      throw failure
    }
    return results
  }

  static func bindings(_ values: [StoreValue]) -> PostgresBindings {
    var bindings = PostgresBindings(capacity: values.count)
    for value in values {
      switch value {
      case .null: bindings.appendNull()
      case .integer(let integer): bindings.append(integer)
      case .text(let text): bindings.append(text)
      case .bytes(let bytes): bindings.append(ByteBuffer(bytes: bytes))
      }
    }
    return bindings
  }

  /// Closes the connection.
  func close() {
    _ = try? connection.close().wait()
  }

  static func value(_ cell: PostgresCell) throws -> StoreValue {
    guard let bytes = cell.bytes else { return .null }
    switch cell.dataType {
    case .int2, .int4, .int8: return .integer(try cell.decode(Int64.self))
    case .bytea: return .bytes(Array(bytes.readableBytesView))
    case .text, .varchar, .name, .bpchar: return .text(try cell.decode(String.self))
    case .bool: return .integer(try cell.decode(Bool.self) ? 1 : 0)
    case .void: return .null
    default:
      throw StorageError(.corrupt, "column \(cell.columnName) is of type \(cell.dataType)")
    }
  }

  /// The SQLSTATE of `error`, when the server sent one.
  static func sqlState(_ error: PSQLError) -> String? { error.serverInfo?[.sqlState] }

  static func storageError(_ error: any Error) -> StorageError {
    if let error = error as? StorageError { return error }
    guard let error = error as? PSQLError else {
      return StorageError(.unavailable, "PostgreSQL failed: \(describe(error))")
    }
    switch sqlState(error) {
    case "23505"?:
      return StorageError(.alreadyExists, "a row with the same unique value exists")
    case "22003"?:
      return StorageError(.unavailable, "a sum does not fit in 64 bits")
    case let state?:
      // What the database said is for the operators' log, not for the caller.
      return StorageError(
        .unavailable, "the database could not complete the call (SQLSTATE \(state))")
    default:
      return StorageError(.unavailable, "the database could not complete the call: \(error.code)")
    }
  }

  /// What went wrong, in one line: the server's message when there is one.
  static func describe(_ error: any Error) -> String {
    if let error = error as? PSQLError, let info = error.serverInfo {
      return [info[.sqlState], info[.message], info[.detail]].compactMap { $0 }.joined(
        separator: ": ")
    }
    if let error = error as? PSQLError { return "\(error.code)" }
    return "\(error)"
  }
}
