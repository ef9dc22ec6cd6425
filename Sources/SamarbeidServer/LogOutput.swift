import Dispatch
import Foundation
import Synchronization

/// Standard error, buffered: log lines are appended in memory and written by a background
/// thread every 50 ms (or at 64 KiB), so that one line per RPC costs no system call on the
/// RPC's path; warnings and worse are written at once, and ``flush()`` writes what is left
/// (at shutdown).
final class LogOutput: Sendable {
  static let shared = LogOutput()

  private let pending = Mutex<[UInt8]>([])
  private let writing = Mutex<Void>(())
  /// Wakes the writer early (a warning, or much pending).
  private let wake = DispatchSemaphore(value: 0)

  private init() {
    let thread = Thread { [self] in
      while true {
        _ = wake.wait(timeout: .now() + .milliseconds(50))
        flush()
      }
    }
    thread.name = "log-output"
    thread.start()
  }

  /// Appends `line`; the writer thread writes it within 50 ms, or at once when `urgent` or
  /// much is pending. The caller never waits for standard error (a stalled log shipper
  /// cannot stop the server); past 8 MiB pending, lines are dropped and counted.
  func write(_ line: String, urgent: Bool) {
    let size = pending.withLock { buffer -> Int in
      guard buffer.count < 8 * 1024 * 1024 else {
        dropped.add(1, ordering: .relaxed)
        return buffer.count
      }
      buffer.append(contentsOf: line.utf8)
      return buffer.count
    }
    if urgent || size >= 64 * 1024 { wake.signal() }
  }

  /// Lines dropped because standard error did not keep up.
  let dropped = Atomic<Int>(0)

  /// Writes everything pending, in order.
  func flush() {
    writing.withLock { _ in
      let bytes = pending.withLock { buffer in
        defer { buffer.removeAll(keepingCapacity: true) }
        return buffer
      }
      guard !bytes.isEmpty else { return }
      bytes.withUnsafeBytes { raw in
        var offset = 0
        while offset < raw.count {
          let written = Glibc.write(2, raw.baseAddress! + offset, raw.count - offset)
          if written < 0 {
            if errno == EINTR { continue }
            return
          }
          offset += written
        }
      }
    }
  }
}
