/// Bounds on what a decoder accepts from untrusted bytes.
///
/// The reader never allocates more than the input justifies: every length is checked against
/// the bytes that remain before anything is allocated, so these limits bound work and stack
/// depth, not memory alone.
public struct ProtoDecodingLimits: Sendable, Hashable {
  /// The default: nesting depth 100 (as in protobuf's C++ and Java runtimes) and 4 MiB
  /// per message (gRPC's default receive limit).
  public static let `default` = ProtoDecodingLimits()

  /// How deeply messages (and groups inside unknown fields) may nest. The top-level message
  /// is depth 0; a message nested `maxDepth + 1` levels deep is rejected.
  public var maxDepth: Int
  /// The largest encoded message accepted, in bytes.
  public var maxMessageSize: Int

  /// Creates limits.
  /// - Parameters:
  ///   - maxDepth: the deepest nesting allowed (default 100).
  ///   - maxMessageSize: the largest input in bytes (default 4 MiB).
  public init(maxDepth: Int = 100, maxMessageSize: Int = 4 * 1024 * 1024) {
    precondition(maxDepth >= 0, "maxDepth must not be negative")
    precondition(maxMessageSize >= 0, "maxMessageSize must not be negative")
    self.maxDepth = maxDepth
    self.maxMessageSize = maxMessageSize
  }
}
