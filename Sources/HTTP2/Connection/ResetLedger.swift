/// Streams the peer reset before they did any work (Rapid Reset, CVE-2023-44487), relative
/// to the streams it opened.
///
/// A reset is premature when it arrives before the response has finished, soon after the
/// request opened and before the call's own deadline (a client honouring its deadline is not
/// resetting prematurely). A connection whose premature resets pass half of its recent
/// streams, once it has opened enough of them to judge, is ended. Counts halve every ten
/// seconds, so old work neither excuses nor condemns new behaviour for long.
package struct ResetLedger {
  let minimumStreams: Int
  package private(set) var streams = 0
  private(set) var prematureResets = 0
  private var secondsSinceDecay = 0

  package init(minimumStreams: Int) {
    self.minimumStreams = minimumStreams
  }

  package mutating func streamOpened() { streams += 1 }

  /// A premature reset; false when they have become a flood.
  package mutating func prematureReset() -> Bool {
    prematureResets += 1
    return streams < minimumStreams || prematureResets * 2 <= streams
  }

  package mutating func newSecond() {
    secondsSinceDecay += 1
    guard secondsSinceDecay >= 10 else { return }
    secondsSinceDecay = 0
    streams /= 2
    prematureResets /= 2
  }

  package var exhaustionReason: String {
    "too many streams reset before their response (\(prematureResets) of the last \(streams))"
  }
}
