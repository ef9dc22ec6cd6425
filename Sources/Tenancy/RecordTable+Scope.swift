internal import RPC
public import Storage

extension RecordTable {
  /// The record `id` of the caller's tenant.
  /// - Throws: ``RPCError`` NOT_FOUND otherwise, another tenant's record included (that
  ///   attempt logged and recorded, see ``TenantScope/notFound(_:kind:what:)``).
  @inlinable
  public func existing(_ id: String, scope: TenantScope) async throws -> Record {
    guard let record = try await scope.read({ store in try self.find(id, in: store) }) else {
      throw await scope.notFound(id, kind: kind, what: noun)
    }
    return record
  }

  /// One page of the records matching `condition`, in (`key`, id) order: at most
  /// `page.size` records, and at most ``PageBudget/maxBytes`` of them, after the position of
  /// the page's token, and the token of the next page (empty after the last). `position`
  /// reads a record's `key` value and id, which the next token carries.
  @inlinable
  public func page(
    _ condition: Condition, orderedBy key: Column<String>,
    position: @escaping @Sendable (Record) -> (key: String, id: String), page: PageRequest,
    scope: TenantScope
  ) async throws -> (records: [Record], nextPageToken: String) {
    var condition = condition
    let limit = page.size
    if let after = page.after {
      condition &= .after([key.name, "id"], [.text(after.key), .text(after.id)])
    }
    let query = condition
    let (records, more) = try await scope.read { store in
      let rows = try self.encoded(
        where: query, orderBy: [key.name, "id"], limit: limit + 1, in: store)
      let fitting = min(limit, PageBudget.count(fitting: rows.lazy.map(\.count)))
      return (try rows.prefix(fitting).map(self.decode), rows.count > fitting)
    }
    guard more, let last = records.last else { return (records, "") }
    let (key, id) = position(last)
    return (records, PageToken.encode(key: key, id: id))
  }
}
