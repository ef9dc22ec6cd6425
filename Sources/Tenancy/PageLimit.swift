public import RPC

/// Page sizes and limits clients may ask for.
public enum PageLimit {
  /// `requested` when 1 to `maximum`, `fallback` for 0.
  /// - Throws: ``RPCError`` INVALID_ARGUMENT otherwise, naming the field and the range.
  public static func check(_ requested: Int32, field: String, maximum: Int32, fallback: Int32)
    throws(RPCError) -> Int
  {
    if requested == 0 { return Int(fallback) }
    guard (1...maximum).contains(requested) else {
      throw RPCError(
        code: .invalidArgument,
        message: "\(field) must be 1 to \(maximum) (0 for \(fallback)), not \(requested)")
    }
    return Int(requested)
  }
}
