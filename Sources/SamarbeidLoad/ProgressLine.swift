import Foundation
import LoadHarness

/// The progress line on a terminal, rewritten in place once a second.
enum ProgressLine {
  static func show(_ progress: LoadRunner.Progress) {
    let seconds =
      Double(progress.elapsed.components.seconds)
      + Double(progress.elapsed.components.attoseconds) / 1e18
    let rate = seconds > 0 ? Int(Double(progress.completed) / seconds) : 0
    let line =
      "\r\(Int(seconds)) s  \(progress.completed) requests  \(rate) req/s  \(progress.failed) failed  "
    FileHandle.standardError.write(Data(line.utf8))
  }

  static func clear() {
    FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
  }
}
