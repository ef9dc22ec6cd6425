public import RPC

/// The `idempotency-key` request metadata: 1 to 128 printable ASCII characters, unique per
/// request the client means to make once.
public enum IdempotencyKey {
  public static let header = "idempotency-key"

  /// The key in `metadata`, if any.
  /// - Throws: ``RPCError`` INVALID_ARGUMENT for an empty, long or repeated key.
  public static func from(_ metadata: Metadata) throws(RPCError) -> String? {
    let values = metadata[stringValues: header]
    guard let key = values.first else { return nil }
    guard values.count == 1 else {
      throw RPCError(
        code: .invalidArgument, message: "send one idempotency-key, not \(values.count)")
    }
    guard (1...128).contains(key.utf8.count), key.utf8.allSatisfy({ $0 >= 0x21 && $0 <= 0x7E })
    else {
      throw RPCError(
        code: .invalidArgument,
        message:
          "idempotency-key must be 1 to 128 printable ASCII characters without spaces (a UUID is fine)"
      )
    }
    return key
  }
}
