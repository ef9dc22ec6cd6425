/// A min-heap of timers by deadline, with cancellation by id.
struct TimerHeap {
  struct Entry {
    var deadline: ContinuousClock.Instant
    var id: UInt64
    var action: () -> Void
  }

  private var heap: [Entry] = []
  private var cancelled: Set<UInt64> = []
  private var nextID: UInt64 = 1

  var isEmpty: Bool { heap.isEmpty }

  /// The earliest deadline still pending.
  mutating func nextDeadline() -> ContinuousClock.Instant? {
    dropCancelledTop()
    return heap.first?.deadline
  }

  mutating func schedule(at deadline: ContinuousClock.Instant, _ action: @escaping () -> Void)
    -> UInt64
  {
    let id = nextID
    nextID += 1
    heap.append(Entry(deadline: deadline, id: id, action: action))
    siftUp(heap.count - 1)
    return id
  }

  /// Cancels a timer. Entries leave the heap lazily; once cancelled ones are most of it
  /// (deadlines of finished RPCs can be hours away), the heap is rebuilt without them.
  mutating func cancel(_ id: UInt64) {
    cancelled.insert(id)
    if cancelled.count > 1024 && cancelled.count * 2 > heap.count {
      heap.removeAll { cancelled.contains($0.id) }
      cancelled.removeAll(keepingCapacity: true)
      for index in stride(from: heap.count / 2 - 1, through: 0, by: -1) { siftDown(index) }
    }
  }

  /// Timers pending, cancelled ones included until they are dropped.
  var count: Int { heap.count }

  /// Removes and returns the actions due at `now`, earliest first.
  mutating func popDue(now: ContinuousClock.Instant) -> [() -> Void] {
    var due: [() -> Void] = []
    while let top = heap.first, top.deadline <= now {
      let entry = popTop()
      if cancelled.remove(entry.id) == nil { due.append(entry.action) }
    }
    return due
  }

  private mutating func dropCancelledTop() {
    while let top = heap.first, cancelled.contains(top.id) {
      cancelled.remove(top.id)
      _ = popTop()
    }
  }

  private mutating func popTop() -> Entry {
    let top = heap[0]
    let last = heap.removeLast()
    if !heap.isEmpty {
      heap[0] = last
      siftDown(0)
    }
    return top
  }

  private mutating func siftUp(_ index: Int) {
    var child = index
    while child > 0 {
      let parent = (child - 1) / 2
      guard heap[child].deadline < heap[parent].deadline else { break }
      heap.swapAt(child, parent)
      child = parent
    }
  }

  private mutating func siftDown(_ index: Int) {
    var parent = index
    while true {
      let left = 2 * parent + 1
      let right = left + 1
      var smallest = parent
      if left < heap.count && heap[left].deadline < heap[smallest].deadline { smallest = left }
      if right < heap.count && heap[right].deadline < heap[smallest].deadline { smallest = right }
      guard smallest != parent else { return }
      heap.swapAt(parent, smallest)
      parent = smallest
    }
  }
}
