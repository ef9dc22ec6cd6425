internal import CLibPQ
internal import Foundation
internal import Logging
internal import Storage
internal import Synchronization

/// One connection to PostgreSQL through libpq, used by one worker thread at a time: every
/// call waits for its statements on that thread, so a transaction's body reads like SQLite's.
/// Every wait is bounded: the socket is non-blocking and polled in short slices, so a job
/// whose call ends (its deadline, or the caller gone) stops waiting at once, asks the server
/// to cancel the statement, and leaves the connection to be replaced.
final class PostgresSession: @unchecked Sendable {
  private var connection: OpaquePointer
  let location: PostgresLocation
  let logger: Logger
  /// The job being run: its call may end while a statement runs.
  var job: PostgresJobControl?
  /// Whether the connection can no longer be used (lost, or a statement abandoned).
  private(set) var isClosed = false

  private init(connection: OpaquePointer, location: PostgresLocation, logger: Logger) {
    self.connection = connection
    self.location = location
    self.logger = logger
  }

  deinit { PQfinish(connection) }

  /// What every connection sets at start-up (libpq's `options`, no round trip of its own):
  /// an acknowledged write is on the server's disk before the OK (the server's default,
  /// set so a server configured otherwise cannot weaken it); a server that dies mid-write
  /// must not hold its store's lock for the kernel's keepalive: PostgreSQL ends a transaction
  /// idle for a minute, a store lock not had in 30 s and a statement running 5 minutes fail
  /// the call; and a backend whose client has gone notices within a second.
  static let settings = [
    "synchronous_commit=on", "idle_in_transaction_session_timeout=60s", "lock_timeout=30s",
    "statement_timeout=300s", "client_connection_check_interval=1s",
  ]

  /// Connects to `location` within `timeout`, in non-blocking mode.
  static func connect(
    to location: PostgresLocation, logger: Logger, timeout perHost: Duration = .seconds(10),
    for job: PostgresJobControl? = nil
  ) throws(StorageError) -> PostgresSession {
    // libpq tries the hosts in turn within one PQconnectPoll state machine: each its time.
    let hosts = max(1, (location.parameters["host"] ?? "").split(separator: ",").count)
    let timeout = perHost * hosts
    // The operator's parameters first; what the store needs is added where they set nothing
    // (their `options` are kept, ours appended).
    var parameters = location.connectionParameters
    let given = Set(parameters.map(\.0))
    let settings = settings.map { "-c \($0)" }.joined(separator: " ")
    if let index = parameters.firstIndex(where: { $0.0 == "options" }) {
      parameters[index].1 += " " + settings
    } else {
      parameters.append(("options", settings))
    }
    for (keyword, value) in [
      ("application_name", "samarbeid-server"),
      ("connect_timeout", "\(max(2, Int(perHost.components.seconds)))"),
      // A peer that vanishes (a lost machine, a cut network) is noticed in seconds, not the
      // kernel's two hours: keepalives, and unacknowledged data for at most 10 s.
      ("keepalives", "1"), ("keepalives_idle", "10"), ("keepalives_interval", "5"),
      ("keepalives_count", "3"), ("tcp_user_timeout", "10000"),
    ] where !given.contains(keyword) {
      parameters.append((keyword, value))
    }
    let started = ContinuousClock.now
    let connection = withCStrings(parameters.map(\.0)) { keywords in
      withCStrings(parameters.map(\.1)) { values in
        PQconnectStartParams(keywords, values, 0)
      }
    }
    guard let connection else {
      throw StorageError(.unavailable, "cannot connect to PostgreSQL: out of memory")
    }
    let session = PostgresSession(connection: connection, location: location, logger: logger)
    guard PQstatus(connection) != CONNECTION_BAD else {
      throw session.connectionFailure(location)
    }
    // libpq's state machine: wait for what it asks for, until it is done or fails.
    var status = PGRES_POLLING_WRITING
    while status != PGRES_POLLING_OK {
      guard status != PGRES_POLLING_FAILED else { throw session.connectionFailure(location) }
      // In slices, so that a call that ends (its deadline) stops waiting for the connection.
      var ready = false
      while !ready {
        let remaining = timeout - (ContinuousClock.now - started)
        guard remaining > .zero, job?.isCancelled != true else { break }
        ready = session.poll(
          status == PGRES_POLLING_READING ? Int16(POLLIN) : Int16(POLLOUT),
          within: min(remaining, .milliseconds(50)))
      }
      if job?.isCancelled == true {
        throw StorageError(.unavailable, "the call ended before the database answered")
      }
      guard ready else {
        session.logger.error(
          "PostgreSQL did not accept a connection in time",
          metadata: ["location": "\(location)", "timeout": "\(timeout)"])
        throw StorageError(.unavailable, "the database cannot be reached")
      }
      status = PQconnectPoll(connection)
    }
    guard PQsetnonblocking(connection, 1) == 0 else { throw session.connectionFailure(location) }
    return session
  }

  private func connectionFailure(_ location: PostgresLocation) -> StorageError {
    isClosed = true
    // The details (host, role, database) are for the operators' log, not for a caller.
    logger.error(
      "Cannot connect to PostgreSQL",
      metadata: ["location": "\(location)", "error": "\(libpqError)"])
    return StorageError(.unavailable, "the database cannot be reached")
  }

  /// Replaces a closed connection with a new one (the same settings), for a job whose
  /// transaction had not begun when the server was found to have ended the old one.
  func reopen() throws(StorageError) {
    let fresh = try Self.connect(to: location, logger: logger, for: job)
    swap(&connection, &fresh.connection)  // the old one is finished with `fresh`
    isClosed = false
    statementFailed = false
  }

  /// Whether the connection, idle between jobs, is still open: a server that ended it (a
  /// restart, `pg_terminate_backend`) has said so by then, and its words are waiting on the
  /// socket. One `poll` that does not wait; a connection found closed is replaced before the
  /// job, which then does not fail for it.
  var isOpen: Bool {
    guard !isClosed else { return false }
    let socket = PQsocket(connection)
    guard socket >= 0 else {
      isClosed = true
      return false
    }
    // An idle connection is sent nothing unasked but its end (an error saying why, then the
    // end of the stream, which may not have come yet): anything to read means it is ending.
    var descriptor = pollfd(fd: socket, events: Int16(POLLIN), revents: 0)
    if Glibc.poll(&descriptor, 1, 0) != 0 { isClosed = true }
    return !isClosed
  }

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

  /// Sends every statement before waiting for the first answer (libpq's pipeline mode: one
  /// round trip for all of them), then returns the rows of each.
  func pipeline(_ statements: [(sql: String, binds: [StoreValue])]) throws(StorageError)
    -> [[[StoreValue]]]
  {
    guard !isClosed else {
      throw StorageError(.unavailable, "the connection to the database was lost")
    }
    let pipelined = statements.count > 1
    if pipelined {
      guard PQenterPipelineMode(connection) == 1 else { throw lost("entering pipeline mode") }
    }
    for statement in statements {
      let (types, bytes) = PostgresValues.parameters(statement.binds)
      let lengths = bytes.map { Int32($0?.count ?? 0) }
      let formats = [Int32](repeating: 1, count: bytes.count)
      let sent = withByteArrays(bytes) { pointers in
        PQsendQueryParams(
          connection, statement.sql, Int32(bytes.count), types, pointers, lengths, formats, 1)
      }
      guard sent == 1 else { throw lost("sending a statement") }
    }
    if pipelined {
      guard PQpipelineSync(connection) == 1 else { throw lost("ending the pipeline") }
    }
    try flush()
    var results: [[[StoreValue]]] = []
    var failure: StorageError?
    for _ in statements {
      // Each statement's results, then the end of its stream (NULL).
      var rows: [[StoreValue]] = []
      while let result = try nextResult() {
        defer { PQclear(result) }
        switch PQresultStatus(result) {
        case PGRES_TUPLES_OK, PGRES_COMMAND_OK:
          do { rows = try PostgresValues.rows(of: result) } catch { failure = failure ?? error }
        case PGRES_PIPELINE_ABORTED:
          failure = failure ?? StorageError(.unavailable, "an earlier statement failed")
        default:
          failure = failure ?? refusal(result)
        }
      }
      results.append(rows)
    }
    if pipelined {
      // The pipeline's end, then back to one statement at a time.
      while let result = try nextResult() {
        let status = PQresultStatus(result)
        PQclear(result)
        if status == PGRES_PIPELINE_SYNC { break }
      }
      guard PQexitPipelineMode(connection) == 1 else { throw lost("leaving pipeline mode") }
    }
    if let failure {
      statementFailed = true
      throw failure
    }
    return results
  }

  /// The next result of the statements sent, or nil at the end of one statement's results;
  /// waits for the server as long as the job's call lasts.
  private func nextResult() throws(StorageError) -> OpaquePointer? {
    while PQisBusy(connection) == 1 {
      try waitFor(Int16(POLLIN))
      guard PQconsumeInput(connection) == 1 else { throw lost("reading an answer") }
    }
    return PQgetResult(connection)
  }

  /// Sends what libpq holds for the server.
  private func flush() throws(StorageError) {
    while true {
      switch PQflush(connection) {
      case 0: return
      case 1:
        try waitFor(Int16(POLLIN | POLLOUT))
        // The server may be answering while we send: take it in, so it does not wait on us.
        guard PQconsumeInput(connection) == 1 else { throw lost("sending a statement") }
      default: throw lost("sending a statement")
      }
    }
  }

  /// Waits until the socket is ready for `events`, in slices of 50 ms, as long as the job's
  /// call lasts. When the call ends first, the statement is cancelled on the server and the
  /// connection given up.
  private func waitFor(_ events: Int16) throws(StorageError) {
    while !poll(events, within: .milliseconds(50)) {
      if job?.isCancelled == true {
        abandon()
        throw StorageError(.unavailable, "the call ended before the database answered")
      }
      if isClosed { throw StorageError(.unavailable, "the connection to the database was lost") }
    }
  }

  /// Whether the socket became ready for `events` within `timeout` (an error on it counts as
  /// ready: the next libpq call reports it).
  private func poll(_ events: Int16, within timeout: Duration) -> Bool {
    let socket = PQsocket(connection)
    guard socket >= 0 else {
      isClosed = true
      return true
    }
    var descriptor = pollfd(fd: socket, events: events, revents: 0)
    let milliseconds = Int32(
      clamping: timeout.components.seconds * 1000 + timeout.components.attoseconds
        / 1_000_000_000_000_000)
    let ready = Glibc.poll(&descriptor, 1, max(1, milliseconds))
    return ready != 0
  }

  /// Gives the connection up: asks the server to cancel what it runs (on a thread of its
  /// own: a cancel request is a connection of its own, which may take its time), and marks
  /// this one closed so that the worker opens another.
  private func abandon() {
    isClosed = true
    guard let cancel = PQgetCancel(connection) else { return }
    let request = CancelRequest(cancel)
    let thread = Thread {
      var message = [CChar](repeating: 0, count: 256)
      _ = PQcancel(request.cancel, &message, Int32(message.count))
      PQfreeCancel(request.cancel)
    }
    thread.name = "samarbeid.postgres.cancel"
    thread.start()
  }

  /// A cancel request handed to the thread that sends it.
  private final class CancelRequest: @unchecked Sendable {
    let cancel: OpaquePointer
    init(_ cancel: OpaquePointer) { self.cancel = cancel }
  }

  /// libpq's last message on this connection, for the log.
  private var libpqError: String {
    (PQerrorMessage(connection).map { String(cString: $0) } ?? "")
      .trimmingCharacters(in: .whitespacesAndNewlines)
  }

  /// The connection failed while `doing`: logged, the session closed, UNAVAILABLE.
  private func lost(_ doing: String) -> StorageError {
    isClosed = true
    logger.warning(
      "PostgreSQL connection lost", metadata: ["while": "\(doing)", "error": "\(libpqError)"])
    return StorageError(.unavailable, "the connection to the database was lost")
  }

  /// What a failed statement means for the caller; the server's words go to the log.
  private func refusal(_ result: OpaquePointer) -> StorageError {
    let state = PQresultErrorField(result, Int32(UInt8(ascii: "C"))).map { String(cString: $0) }
    switch state {
    case "23505"?:
      return StorageError(.alreadyExists, "a row with the same unique value exists")
    case "22003"?:
      return StorageError(.unavailable, "a sum does not fit in 64 bits")
    default:
      let message = PQresultErrorMessage(result).map { String(cString: $0) } ?? ""
      logger.warning(
        "PostgreSQL statement failed",
        metadata: [
          "sqlstate": "\(state ?? "")",
          "error": "\(message.trimmingCharacters(in: .whitespacesAndNewlines))",
        ])
      if PQstatus(connection) == CONNECTION_BAD { isClosed = true }
      return StorageError(
        .unavailable, "the database could not complete the call (SQLSTATE \(state ?? "none"))")
    }
  }

  /// Closes the connection (libpq frees it with the session).
  func close() { isClosed = true }
}

/// `strings` as a NULL-terminated array of C strings, for `body`.
private func withCStrings<Result>(
  _ strings: [String], _ body: (UnsafePointer<UnsafePointer<CChar>?>) -> Result
) -> Result {
  let copies = strings.map { strdup($0) }
  defer { for copy in copies { free(copy) } }
  let pointers = copies.map { UnsafePointer($0) } + [nil]
  return pointers.withUnsafeBufferPointer { body($0.baseAddress!) }
}

/// `arrays` as C pointers (nil for nil), for `body`.
private func withByteArrays<Result>(
  _ arrays: [[UInt8]?], _ body: (UnsafePointer<UnsafePointer<CChar>?>?) -> Result
) -> Result {
  let copies: [UnsafeMutablePointer<CChar>?] = arrays.map { array in
    guard let array else { return nil }
    let copy = UnsafeMutablePointer<CChar>.allocate(capacity: max(1, array.count))
    array.withUnsafeBytes { bytes in
      if let base = bytes.baseAddress {
        UnsafeMutableRawPointer(copy).copyMemory(from: base, byteCount: bytes.count)
      }
    }
    return copy
  }
  defer { for copy in copies { copy?.deallocate() } }
  let pointers = copies.map { $0.map { UnsafePointer($0) } }
  return pointers.withUnsafeBufferPointer { body($0.baseAddress) }
}
