import Dispatch
import Foundation

/// Turns POSIX signals into an async stream (the default actions are disabled).
final class SignalWaiter {
  let stream: AsyncStream<Int32>
  private let sources: [any DispatchSourceSignal]

  init(signals: [Int32]) {
    let (stream, continuation) = AsyncStream<Int32>.makeStream()
    self.stream = stream
    sources = signals.map { number in
      signal(number, SIG_IGN)
      let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
      source.setEventHandler { continuation.yield(number) }
      source.resume()
      return source
    }
  }
}
