import Foundation
import GRPCTestSupport
import RPC
import SamarbeidAPI
import SamarbeidClient
import Synchronization
import Tenancy
import Testing

/// One tenant's share: running slots with a fair queue, a call rate, long-lived calls.
@Suite("Tenant limits") struct TenantLimiterTests {
  static func limits(concurrent: Int = 2, queued: Int = 2, rate: Int = 0, watches: Int = 1)
    -> TenantLimits
  {
    var limits = TenantLimits()
    limits.maxConcurrentCalls = concurrent
    limits.maxQueuedCalls = queued
    limits.callsPerSecond = rate
    limits.maxWatches = watches
    return limits
  }

  @Test("calls beyond the running slots wait and run in order as slots free; others are not held")
  func slots() async throws {
    let limiter = TenantLimiter(limits: Self.limits())
    let first = try await limiter.admit("a", longLived: false)
    let second = try await limiter.admit("a", longLived: false)
    let order = Order()
    let waiting = Task {
      try await withThrowingTaskGroup(of: Void.self) { group in
        for index in 0..<2 {
          group.addTask {
            let admission = try await limiter.admit("a", longLived: false)
            order.append(index)
            limiter.release(admission)
          }
          try await Task.sleep(for: .milliseconds(50))
        }
        try await group.waitForAll()
      }
    }
    try await Task.sleep(for: .milliseconds(200))
    #expect(order.values.isEmpty, "both wait while the slots are taken")
    let other = try await limiter.admit("b", longLived: false)
    limiter.release(other)
    // One slot freed: the first waiter runs, and its release lets the second run.
    limiter.release(first)
    try await waiting.value
    limiter.release(second)
    #expect(order.values == [0, 1])
  }

  @Test("limits raised while calls wait (SIGHUP): the waiting calls that now fit start")
  func raised() async throws {
    let limiter = TenantLimiter(limits: Self.limits(concurrent: 1, queued: 2))
    let first = try await limiter.admit("a", longLived: false)
    let waiting = Task { try await limiter.admit("a", longLived: false) }
    try await Task.sleep(for: .milliseconds(100))
    limiter.update(Self.limits(concurrent: 2, queued: 2))
    // Admitted while the first call still runs (bounded: 2 s).
    let second = try await withThrowingTaskGroup(of: TenantLimiter.Admission?.self) { group in
      group.addTask { try await waiting.value }
      group.addTask {
        try await Task.sleep(for: .seconds(2))
        return nil
      }
      let winner = try await group.next() ?? nil
      group.cancelAll()
      return winner
    }
    #expect(second != nil, "the waiting call started when the limit was raised")
    limiter.release(first)
    if let second {
      limiter.release(second)
    } else {
      limiter.release(try await waiting.value)
    }
  }

  @Test("past the queue the call is RESOURCE_EXHAUSTED with a retry hint")
  func queueFull() async throws {
    let limiter = TenantLimiter(limits: Self.limits(concurrent: 1, queued: 1))
    let running = try await limiter.admit("a", longLived: false)
    let queued = Task { try await limiter.admit("a", longLived: false) }
    try await Task.sleep(for: .milliseconds(100))
    do {
      _ = try await limiter.admit("a", longLived: false)
      Issue.record("a third call was admitted")
    } catch let error as RPCError {
      #expect(error.code == .resourceExhausted)
      #expect(error.metadata[stringValues: "grpc-retry-pushback-ms"] == ["100"])
      #expect(error.message.contains("1 calls running and 1 waiting"))
    }
    limiter.release(running)
    limiter.release(try await queued.value)
  }

  @Test("a waiting call that is cancelled leaves the queue")
  func cancelled() async throws {
    let limiter = TenantLimiter(limits: Self.limits(concurrent: 1, queued: 1))
    let running = try await limiter.admit("a", longLived: false)
    let queued = Task { try await limiter.admit("a", longLived: false) }
    try await Task.sleep(for: .milliseconds(100))
    queued.cancel()
    await #expect(throws: CancellationError.self) { _ = try await queued.value }
    // Its place is free again: one more may wait.
    let next = Task { try await limiter.admit("a", longLived: false) }
    try await Task.sleep(for: .milliseconds(50))
    limiter.release(running)
    limiter.release(try await next.value)
  }

  @Test("over its rate a tenant is paced for up to a second, then refused with a retry time")
  func rate() async throws {
    let limiter = TenantLimiter(limits: Self.limits(concurrent: 0, rate: 10))
    let started = ContinuousClock.now
    let outcomes = try await withThrowingTaskGroup(of: Int?.self) { group in
      for _ in 0..<25 {
        group.addTask { () -> Int? in
          do {
            limiter.release(try await limiter.admit("a", longLived: false))
            return nil
          } catch let error as RPCError {
            #expect(error.code == .resourceExhausted)
            return Int(error.metadata[stringValues: "grpc-retry-pushback-ms"].first ?? "") ?? 0
          }
        }
      }
      return try await group.reduce(into: [Int?]()) { $0.append($1) }
    }
    let refused = outcomes.compactMap { $0 }
    #expect((3...6).contains(refused.count), "10 at once, 10 paced over a second: \(refused)")
    #expect(refused.allSatisfy { (1...1000).contains($0) }, "\(refused)")
    #expect(ContinuousClock.now - started >= .milliseconds(900), "the paced ones waited")
    limiter.release(try await limiter.admit("b", longLived: false))
  }

  @Test("change feeds take no running slot, and have their own cap")
  func watches() async throws {
    let limiter = TenantLimiter(limits: Self.limits(concurrent: 1, watches: 1))
    let watch = try await limiter.admit("a", longLived: true)
    let call = try await limiter.admit("a", longLived: false)
    await #expect(throws: RPCError.self) { _ = try await limiter.admit("a", longLived: true) }
    limiter.release(watch)
    limiter.release(call)
    limiter.release(try await limiter.admit("a", longLived: true))
  }
}

/// The order calls were admitted in.
final class Order: Sendable {
  private let admitted = Mutex<[Int]>([])

  func append(_ index: Int) { admitted.withLock { $0.append(index) } }

  var values: [Int] { admitted.withLock { $0 } }
}

/// The limits from outside: a municipality over its rate is told when to retry, its
/// connection is untouched, and the other municipality is served meanwhile.
@Suite("Tenant limits over the wire") struct TenantLimitsEndToEndTests {
  @Test("far over the rate: RESOURCE_EXHAUSTED with grpc-retry-pushback-ms; no connection lost")
  func rate() async throws {
    var limits = TenantLimits()
    limits.callsPerSecond = 5
    try await ApplicationServer.with(limits: limits) { server in
      try await ClientFixture.with(port: server.port) { oslo in
        try await ClientFixture.with(
          ClientFixture.configuration(port: server.port, identity: "kommune-4601")
        ) { bergen in
          let refusals = await withTaskGroup(of: RPCError?.self) { group in
            for _ in 0..<30 {
              group.addTask {
                do throws(RPCError) {
                  _ = try await oslo.unary(
                    OrganisationsMethods.listOrganisations, request: ListOrganisationsRequest(),
                    responseType: ListOrganisationsResponse.self)
                  return nil
                } catch {
                  return error
                }
              }
            }
            return await group.reduce(into: [RPCError]()) { if let error = $1 { $0.append(error) } }
          }
          let refused = refusals.first
          let error = try #require(refused)
          #expect(error.code == .resourceExhausted)
          #expect(
            error.message.hasPrefix(
              "this caller started more than 5 calls a second for over a second"))
          let hint = Int(error.metadata[stringValues: "grpc-retry-pushback-ms"].first ?? "") ?? 0
          #expect((1...5000).contains(hint), "\(hint)")
          _ = try await bergen.unary(
            OrganisationsMethods.listOrganisations, request: ListOrganisationsRequest(),
            responseType: ListOrganisationsResponse.self)
          #expect(oslo.connectionEvents.snapshot.lost == 0)
          #expect(oslo.connectionEvents.snapshot.goAways == 0)
        }
      }
    }
  }
}
