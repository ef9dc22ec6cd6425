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

  private init() {
    let thread = Thread { [self] in
      while true {
        Thread.sleep(forTimeInterval: 0.05)
        flush()
      }
    }
    thread.name = "log-output"
    thread.start()
  }

  /// Appends `line`; writes at once when `urgent` or when much is pending.
  func write(_ line: String, urgent: Bool) {
    let size = pending.withLock { buffer in
      buffer.append(contentsOf: line.utf8)
      return buffer.count
    }
    if urgent || size >= 64 * 1024 { flush() }
  }

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
