/// Quantiles as statistics offices and numpy's default compute them ("type 7"): the value at
/// position (n - 1) q of the sorted values, interpolated linearly.
public enum Quantile {
  /// The `q` quantile (0...1) of `sorted`, which is not empty.
  public static func of(_ sorted: [Double], _ q: Double) -> Double {
    precondition(!sorted.isEmpty)
    let position = Double(sorted.count - 1) * min(max(q, 0), 1)
    let below = Int(position.rounded(.down))
    let above = min(below + 1, sorted.count - 1)
    return sorted[below] + (sorted[above] - sorted[below]) * (position - Double(below))
  }
}
