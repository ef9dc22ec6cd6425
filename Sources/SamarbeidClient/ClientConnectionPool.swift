internal import HTTP2
internal import Logging
internal import RPC
internal import Synchronization
internal import TLS

/// The client's connection slots and the choice of slot for each call: the next ready
/// one round-robin, or the one a call's affinity names.
final class ClientConnectionPool: Sendable {
  let subchannels: [ClientSubchannel]
  private let next = Atomic<Int>(0)
  /// What happened to the connections of every slot.
  let events = ClientConnectionEvents()

  init(
    configuration: ClientConfiguration, tlsContext: TLSContext, loops: [EventLoop], logger: Logger
  ) {
    subchannels = (0..<max(1, configuration.connections)).map { index in
      ClientSubchannel(
        index: index,
        loop: loops[index % loops.count],
        configuration: configuration,
        tlsContext: tlsContext,
        logger: logger
      )
    }
    for subchannel in subchannels { subchannel.pool = self }
  }

  /// Places `call` on a connection (any thread).
  func dispatch(_ call: ClientCall) {
    let subchannel = pick(for: call)
    if subchannel.loop.inEventLoop {
      subchannel.dispatch(call)
    } else {
      subchannel.loop.execute { subchannel.dispatch(call) }
    }
  }

  /// The slot a call with `affinity` uses.
  func subchannel(forAffinity affinity: Int) -> ClientSubchannel {
    subchannels[Int(UInt(bitPattern: affinity) % UInt(subchannels.count))]
  }

  private func pick(for call: ClientCall) -> ClientSubchannel {
    if let affinity = call.options.affinity { return subchannel(forAffinity: affinity) }
    let count = subchannels.count
    guard count > 1 else { return subchannels[0] }
    let start = next.wrappingAdd(1, ordering: .relaxed).oldValue & Int.max
    var fallback: ClientSubchannel?
    var idle: ClientSubchannel?
    for offset in 0..<count {
      let candidate = subchannels[(start + offset) % count]
      switch candidate.readiness {
      case .ready:
        // Bring up an idle slot passed on the way, so the pool fills as calls arrive.
        if let idle { idle.loop.execute { idle.connectIfIdle() } }
        return candidate
      case .idle:
        if idle == nil { idle = candidate }
        if fallback == nil { fallback = candidate }
      case .connecting:
        if fallback == nil { fallback = candidate }
      case .transientFailure, .shutdown:
        continue
      }
    }
    return fallback ?? subchannels[start % count]
  }

  /// Connects every slot; returns when all are ready.
  /// - Throws: ``RPCError`` (UNAVAILABLE) with the first failure.
  func connectAll() async throws(RPCError) {
    let results = await withTaskGroup(of: Result<Void, RPCError>.self) { group in
      for subchannel in subchannels {
        group.addTask {
          await withCheckedContinuation { continuation in
            subchannel.loop.execute { subchannel.whenReady { continuation.resume(returning: $0) } }
          }
        }
      }
      var results: [Result<Void, RPCError>] = []
      for await result in group { results.append(result) }
      return results
    }
    for result in results { try result.get() }
  }

  /// Closes every slot; returns once all connections have closed.
  func shutdown() async {
    await withTaskGroup(of: Void.self) { group in
      for subchannel in subchannels {
        group.addTask {
          await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
            subchannel.loop.execute { subchannel.shutdown { continuation.resume() } }
          }
        }
      }
    }
  }
}
