internal import Glibc

/// A failed system call on a socket, with errno's description.
public struct SocketError: Error, Sendable, CustomStringConvertible {
  /// The call that failed, e.g. `bind(127.0.0.1:8443)`.
  public var operation: String
  /// errno at the time.
  public var errorNumber: Int32

  /// An error for `operation` with errno `errorNumber`.
  public init(operation: String, errorNumber: Int32) {
    self.operation = operation
    self.errorNumber = errorNumber
  }

  /// An error for `operation` with the current errno.
  init(operation: String) {
    self.init(operation: operation, errorNumber: errno)
  }

  public var description: String {
    "\(operation) failed: \(String(cString: strerror(errorNumber))) (errno \(errorNumber))"
  }
}
