public import DomainValues

/// One page a list RPC was asked for, the same way in every list (see common.proto):
/// `page_size` 0 means ``defaultSize``, above ``maximumSize`` means the maximum, negative is
/// refused; `page_token` is the previous page's `next_page_token`.
public struct PageRequest: Sendable {
  /// Items per page when the request names none.
  public static let defaultSize = 100
  /// The most items per page; larger sizes are lowered to it.
  public static let maximumSize = 1000

  /// Items at most on this page.
  public let size: Int
  /// Where the previous page ended; nil for the first page.
  public let after: (key: String, id: String)?

  /// The page `size` and `token` name.
  /// - Throws: ``DomainError`` (INVALID_ARGUMENT) for a negative size or a token this service did
  ///   not issue.
  public init(size: Int32, token: String) throws(DomainError) {
    guard size >= 0 else {
      throw .invalid(
        "page_size",
        "page_size must not be negative (0 means \(Self.defaultSize); above \(Self.maximumSize) means \(Self.maximumSize)), not \(size)"
      )
    }
    self.size = size == 0 ? Self.defaultSize : min(Int(size), Self.maximumSize)
    after = try PageToken.decode(token)
  }

  /// A page of a list that still takes the deprecated `limit` and `after_sequence` (audit
  /// and security events): `page_size` and `page_token` win when set.
  public init(size: Int32, token: String, limit: Int32, afterSequence: Int64) throws(DomainError) {
    guard afterSequence >= 0 else {
      throw .invalid("after_sequence", "after_sequence must not be negative, not \(afterSequence)")
    }
    let page = try PageRequest(size: size == 0 ? limit : size, token: token)
    self.size = page.size
    after = page.after ?? (afterSequence > 0 ? (String(afterSequence), "") : nil)
  }

  /// The sequence an append-only log's page starts after (0: from the start).
  /// - Throws: ``DomainError`` (INVALID_ARGUMENT) for a token of another list.
  public var afterSequence: Int64 {
    get throws(DomainError) {
      guard let after else { return 0 }
      guard let sequence = Int64(after.key), sequence >= 0, after.id.isEmpty else {
        throw PageToken.invalid
      }
      return sequence
    }
  }

  /// The token of the page after a log entry numbered `sequence`.
  public static func token(afterSequence sequence: Int64) -> String {
    PageToken.encode(key: String(sequence), id: "")
  }
}
