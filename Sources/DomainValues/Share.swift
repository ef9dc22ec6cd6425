/// Shares as the summaries report them: permille, rounded down, 0 of nothing.
public enum Share {
  /// `part` of `whole` in permille.
  public static func permille(_ part: Int64, of whole: Int64) -> Int32 {
    guard whole > 0 else { return 0 }
    let (scaled, overflow) = part.multipliedReportingOverflow(by: 1000)
    return Int32(clamping: overflow ? part / whole * 1000 : scaled / whole)
  }

  /// `part` of `whole` in permille.
  public static func permille(_ part: Int32, of whole: Int32) -> Int32 {
    permille(Int64(part), of: Int64(whole))
  }
}
