extension Status {
  /// A gRPC status code (grpc/grpc doc/statuscodes.md). Codes outside 0...16 from a peer are
  /// kept as they are and read as UNKNOWN by `==` comparisons with known codes.
  public struct Code: Sendable, Hashable, CustomStringConvertible {
    /// The number on the wire (`grpc-status`).
    public let rawValue: Int

    /// A code from its number.
    public init(rawValue: Int) { self.rawValue = rawValue }

    /// Not an error.
    public static let ok = Code(rawValue: 0)
    /// The operation was cancelled, typically by the caller.
    public static let cancelled = Code(rawValue: 1)
    /// An error with no better code; also what an unexpected handler error becomes.
    public static let unknown = Code(rawValue: 2)
    /// The client sent something malformed, whatever the state of the system.
    public static let invalidArgument = Code(rawValue: 3)
    /// The deadline passed before the operation completed.
    public static let deadlineExceeded = Code(rawValue: 4)
    /// The requested entity does not exist (or belongs to another tenant).
    public static let notFound = Code(rawValue: 5)
    /// The entity the client tried to create already exists.
    public static let alreadyExists = Code(rawValue: 6)
    /// The caller is known but may not do this.
    public static let permissionDenied = Code(rawValue: 7)
    /// A resource (quota, size, rate) is exhausted.
    public static let resourceExhausted = Code(rawValue: 8)
    /// The system is not in a state that allows the operation.
    public static let failedPrecondition = Code(rawValue: 9)
    /// The operation was aborted, typically by a concurrency conflict.
    public static let aborted = Code(rawValue: 10)
    /// A value is outside its valid range.
    public static let outOfRange = Code(rawValue: 11)
    /// The operation is not implemented or not supported.
    public static let unimplemented = Code(rawValue: 12)
    /// An invariant the system relies on is broken.
    public static let `internal` = Code(rawValue: 13)
    /// The service is unavailable now; retrying may succeed.
    public static let unavailable = Code(rawValue: 14)
    /// Data was lost or corrupted.
    public static let dataLoss = Code(rawValue: 15)
    /// The caller could not be authenticated.
    public static let unauthenticated = Code(rawValue: 16)

    private static let names = [
      "OK", "CANCELLED", "UNKNOWN", "INVALID_ARGUMENT", "DEADLINE_EXCEEDED", "NOT_FOUND",
      "ALREADY_EXISTS", "PERMISSION_DENIED", "RESOURCE_EXHAUSTED", "FAILED_PRECONDITION",
      "ABORTED", "OUT_OF_RANGE", "UNIMPLEMENTED", "INTERNAL", "UNAVAILABLE", "DATA_LOSS",
      "UNAUTHENTICATED",
    ]

    /// The canonical name, e.g. `INVALID_ARGUMENT`.
    public var description: String {
      Self.names.indices.contains(rawValue) ? Self.names[rawValue] : "CODE(\(rawValue))"
    }
  }
}
