import Foundation
import Tenancy

/// The limits that can change while the server runs: the tenants' (calls running, waiting,
/// per second, change feeds, quotas by kommunenummer) and the connections per client. From
/// the flags, overridden by `--limits-file` (read at start and again on SIGHUP):
///
///     {"tenant-calls-per-second": 300, "tenant-quota": {"0301": 2000},
///      "max-connections-per-identity": 1000}
///
/// Keys are the flags' names; a key left out keeps the flag's value.
struct ServerLimits: Equatable {
  var tenants = TenantLimits()
  var quotas: [String: Int] = [:]
  var connectionsPerIdentity: Int?
  var connectionsPerAddress: Int?

  /// These limits with the file at `path` over them.
  /// - Throws: ``ServerLimitsError`` naming the file and what is wrong in it.
  func overridden(by path: String) throws -> ServerLimits {
    guard let data = FileManager.default.contents(atPath: path) else {
      throw ServerLimitsError("cannot read --limits-file \(path)")
    }
    guard let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else {
      throw ServerLimitsError("--limits-file \(path) is not a JSON object")
    }
    var limits = self
    for (key, value) in object {
      if key == "tenant-quota" {
        guard let quotas = value as? [String: Int], quotas.values.allSatisfy({ $0 >= 0 }) else {
          throw ServerLimitsError(
            "\"tenant-quota\" in \(path) maps kommunenummer to calls per second, e.g. {\"0301\": 2000}"
          )
        }
        limits.quotas = quotas
        continue
      }
      guard let number = value as? Int, number >= 0 else {
        throw ServerLimitsError("\"\(key)\" in \(path) must be a whole number, 0 or more")
      }
      switch key {
      case "tenant-max-concurrent-calls": limits.tenants.maxConcurrentCalls = number
      case "max-concurrent-calls": limits.tenants.maxConcurrentCallsTotal = number
      case "tenant-max-queued-calls": limits.tenants.maxQueuedCalls = number
      case "tenant-calls-per-second": limits.tenants.callsPerSecond = number
      case "tenant-max-watches": limits.tenants.maxWatches = number
      case "max-connections-per-identity": limits.connectionsPerIdentity = number > 0 ? number : nil
      case "max-connections-per-address": limits.connectionsPerAddress = number > 0 ? number : nil
      default:
        throw ServerLimitsError(
          "\"\(key)\" in \(path) is not a limit that can change; they are \(Self.keys.joined(separator: ", "))"
        )
      }
    }
    return limits
  }

  static let keys = [
    "tenant-max-concurrent-calls", "max-concurrent-calls", "tenant-max-queued-calls",
    "tenant-calls-per-second", "tenant-max-watches", "tenant-quota",
    "max-connections-per-identity", "max-connections-per-address",
  ]

  /// What differs from `old`, as `key old → new`.
  func changes(from old: ServerLimits) -> [String] {
    let pairs: [(String, String, String)] = [
      (
        "tenant-max-concurrent-calls", "\(old.tenants.maxConcurrentCalls)",
        "\(tenants.maxConcurrentCalls)"
      ),
      (
        "max-concurrent-calls", "\(old.tenants.maxConcurrentCallsTotal)",
        "\(tenants.maxConcurrentCallsTotal)"
      ),
      ("tenant-max-queued-calls", "\(old.tenants.maxQueuedCalls)", "\(tenants.maxQueuedCalls)"),
      ("tenant-calls-per-second", "\(old.tenants.callsPerSecond)", "\(tenants.callsPerSecond)"),
      ("tenant-max-watches", "\(old.tenants.maxWatches)", "\(tenants.maxWatches)"),
      (
        "tenant-quota", "\(old.quotas.sorted { $0.key < $1.key })",
        "\(quotas.sorted { $0.key < $1.key })"
      ),
      (
        "max-connections-per-identity", "\(old.connectionsPerIdentity ?? 0)",
        "\(connectionsPerIdentity ?? 0)"
      ),
      (
        "max-connections-per-address", "\(old.connectionsPerAddress ?? 0)",
        "\(connectionsPerAddress ?? 0)"
      ),
    ]
    return pairs.filter { $0.1 != $0.2 }.map { "\($0.0) \($0.1) → \($0.2)" }
  }
}

/// A limits file that cannot be used, said so that the operator knows what to change.
struct ServerLimitsError: Error, CustomStringConvertible {
  let description: String
  init(_ description: String) { self.description = description }
}
