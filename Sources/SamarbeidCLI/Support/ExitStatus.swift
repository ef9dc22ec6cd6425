import RPC

/// The exit statuses of `samarbeid`, as the README documents them.
enum ExitStatus {
  /// Anything else: the server unreachable, an internal error.
  static let failure: Int32 = 1
  /// Invalid input: a flag, a value, a configuration (locally or INVALID_ARGUMENT).
  static let usage: Int32 = 2
  /// A rule, state or version refusal (FAILED_PRECONDITION, ABORTED, ALREADY_EXISTS).
  static let refused: Int32 = 3
  /// Not found.
  static let notFound: Int32 = 4

  /// The status for a gRPC status `code`.
  static func of(_ code: Status.Code) -> Int32 {
    switch code {
    case .invalidArgument, .outOfRange: usage
    case .failedPrecondition, .aborted, .alreadyExists: refused
    case .notFound: notFound
    default: failure
    }
  }
}
