/// How many frames without work a peer may send, relative to the work it does
/// (see docs/architecture.md, "Defences and real clients", for why each number is safe).
public struct HTTP2OverheadPolicy: Sendable, Hashable {
  /// Frames without work a connection may always send in a second, work or not.
  public var floorPerSecond = 1_000
  /// Credit earned by each stream opened.
  public var creditPerStream = 10
  /// Credit earned by each DATA frame with a payload, in either direction.
  public var creditPerDataFrame = 4
  /// Earned credit is kept up to this, so a burst of work pays for a burst of frames later,
  /// but not for an unbounded one.
  public var maximumCredit = 100_000

  /// The defaults.
  public init() {}
}
