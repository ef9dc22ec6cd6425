internal import DequeModule

/// A FIFO queue that holds its first element inline: most gRPC streams carry one message
/// each way, and those need no queue storage at all.
package struct SmallQueue<Element> {
  private var head: Element?
  private var tail = Deque<Element>()

  /// An empty queue.
  package init() {}

  /// Whether the queue is empty.
  package var isEmpty: Bool { head == nil }

  /// The element `popFirst` would return.
  package var first: Element? { head }

  /// Adds an element at the end.
  package mutating func append(_ element: Element) {
    if head == nil {
      head = element
    } else {
      tail.append(element)
    }
  }

  /// Removes and returns the first element.
  package mutating func popFirst() -> Element? {
    guard let element = head else { return nil }
    head = tail.popFirst()
    return element
  }

  /// Empties the queue.
  package mutating func removeAll() {
    head = nil
    tail.removeAll()
  }
}

extension SmallQueue: Sendable where Element: Sendable {}
