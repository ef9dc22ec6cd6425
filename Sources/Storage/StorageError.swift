public import RPC

/// Why a store operation failed, mapped to the gRPC status a client sees.
public struct StorageError: Error, Sendable, CustomStringConvertible, RPCErrorConvertible {
  /// What kind of failure.
  public struct Code: Hashable, Sendable, CustomStringConvertible {
    enum Value: Hashable, Sendable {
      case notFound, versionConflict, alreadyExists, idempotencyKeyReused, unstorableText
      case unavailable, corrupt
    }
    let value: Value

    /// No such record (in this tenant).
    public static let notFound = Code(value: .notFound)
    /// The update named a version other than the record's.
    public static let versionConflict = Code(value: .versionConflict)
    /// A record with the same unique key exists.
    public static let alreadyExists = Code(value: .alreadyExists)
    /// An idempotency key came back with a different request.
    public static let idempotencyKeyReused = Code(value: .idempotencyKeyReused)
    /// A text value no engine can keep: one holding U+0000 (PostgreSQL's text refuses it).
    public static let unstorableText = Code(value: .unstorableText)
    /// The store could not read or make a write durable (disk full, I/O error, closed).
    public static let unavailable = Code(value: .unavailable)
    /// Stored data could not be read back.
    public static let corrupt = Code(value: .corrupt)

    public var description: String { "\(value)" }
  }

  /// What kind of failure.
  public var code: Code
  /// What was wrong, for the client.
  public var message: String

  /// An error of `code` saying `message`.
  public init(_ code: Code, _ message: String) {
    self.code = code
    self.message = message
  }

  public var description: String { "\(code): \(message)" }

  /// The refusal of a change that named `named` while the record `id` is at `version`.
  public static func versionConflict(_ noun: String, _ id: String, at version: Int64?, named: Int64)
    -> StorageError
  {
    StorageError(
      .versionConflict,
      "\(noun) \(id) is at version \(version.map(String.init) ?? "none"), the request named \(named); "
        + "read it again")
  }

  public var rpcErrorCode: Status.Code {
    switch code.value {
    case .notFound: .notFound
    case .versionConflict: .aborted
    case .alreadyExists: .alreadyExists
    case .idempotencyKeyReused, .unstorableText: .invalidArgument
    case .unavailable: .unavailable
    case .corrupt: .internal
    }
  }

  public var rpcErrorMessage: String { message }
}
