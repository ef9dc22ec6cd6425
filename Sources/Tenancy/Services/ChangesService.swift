public import RPC
public import SamarbeidAPI
internal import Storage

/// `samarbeid.v1.Changes`: the tenant's change feed, the audit log read as a stream. Every
/// module's changes go through it, since every mutation writes the audit log.
public struct ChangesService: ChangesAPI {
  public typealias Scope = TenantScope

  /// Changes read per step of a watch.
  static let feedPage = 500

  /// The service.
  public init() {}

  // Every change in commit order, then each new commit as it happens; a client resumes
  // after the last sequence it received. The watch ends when the client goes.
  public func watchChanges(
    _ request: WatchChangesRequest, writer: ResponseStreamWriter<Change>, scope: TenantScope
  ) async throws {
    guard request.afterSequence >= 0 else {
      throw RPCError(
        code: .invalidArgument,
        message: "after_sequence must be 0 (from the start) or a sequence received, not negative")
    }
    // Catching up reads and encodes many changes: off the connection's event loop.
    try await withTaskExecutorPreference(globalConcurrentExecutor) {
      try await Self.watch(request, writer: writer, feed: scope.changeFeed)
    }
  }

  private static func watch(
    _ request: WatchChangesRequest, writer: ResponseStreamWriter<Change>, feed: any RecordStore
  ) async throws {
    var cursor = request.afterSequence
    let types = Set(request.entityTypes)
    while !Task.isCancelled {
      let generation = feed.commitGeneration
      let entries = try await feed.auditEntries(after: cursor, limit: feedPage)
      for entry in entries {
        cursor = entry.sequence
        guard types.isEmpty || types.contains(entry.entityType) else { continue }
        var change = Change()
        change.sequence = entry.sequence
        change.at = entry.at
        change.entityType = entry.entityType
        change.entityID = entry.entityID
        change.rpc = entry.rpc
        change.entity = entry.after ?? []
        change.removed = entry.after == nil
        try await writer.send(change)
      }
      if entries.count < feedPage { await feed.waitForCommit(after: generation) }
    }
  }
}
