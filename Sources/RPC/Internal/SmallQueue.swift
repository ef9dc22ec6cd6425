package import DequeModule

/// A FIFO queue that holds its first element inline: most gRPC streams carry one message
/// each way, and those need no queue storage at all.
///
/// Inlinable so that other modules of the package specialize it (unspecialized generic code
/// looks up type metadata on every call).
package struct SmallQueue<Element> {
  @usableFromInline var head: Element?
  @usableFromInline var tail = Deque<Element>()

  /// An empty queue.
  @inlinable
  package init() {}

  /// Whether the queue is empty.
  @inlinable
  package var isEmpty: Bool { head == nil }

  /// The element `popFirst` would return.
  @inlinable
  package var first: Element? { head }

  /// Adds an element at the end.
  @inlinable
  package mutating func append(_ element: Element) {
    if head == nil {
      head = element
    } else {
      tail.append(element)
    }
  }

  /// Removes and returns the first element.
  @inlinable
  package mutating func popFirst() -> Element? {
    guard let element = head else { return nil }
    head = tail.isEmpty ? nil : tail.removeFirst()
    return element
  }

  /// Empties the queue.
  @inlinable
  package mutating func removeAll() {
    head = nil
    if !tail.isEmpty { tail.removeAll() }
  }
}

extension SmallQueue: Sendable where Element: Sendable {}
