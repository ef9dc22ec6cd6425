extension StoreReader {
  /// The sequence of the last change in the store's change feed (0 when none): what a read
  /// in the same transaction is consistent with.
  public func changeFeedPosition() throws -> Int64 {
    try aggregate(.max(StoreTables.Audit.sequence.name), from: StoreTables.auditLog, where: .all)
  }
}
