/// How much one page of a list may weigh: besides its record count, a page ends once its
/// records reach ``maxBytes``, and the page token (or cursor) carries on from there. A
/// response then stays far below the 4 MiB that stock gRPC clients accept, whatever the
/// records hold.
public enum PageBudget {
  /// Bytes of records per page.
  public static let maxBytes = 1 << 20

  /// How many of `sizes`, in order, fit within ``maxBytes``: at least one, so a page always
  /// moves the list on.
  public static func count(fitting sizes: some Sequence<Int>) -> Int {
    var total = 0
    var count = 0
    for size in sizes {
      total += size
      if count > 0 && total > maxBytes { break }
      count += 1
    }
    return count
  }
}
