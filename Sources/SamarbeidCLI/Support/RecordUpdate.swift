import ArgumentParser
import ProtoWire
import RPC
import SamarbeidAPI

extension ServerOptions {
  /// Reads record `id` with `get`, changes it with `edit` (the options given), and sends it
  /// with `update` at `expectedVersion`; prints the record as stored.
  func update<Get: IDRequest, Update: RecordRequest>(
    _ get: UnaryMethod<Get, Update.Record>, _ update: UnaryMethod<Update, Update.Record>,
    id: String, expectedVersion: Int64, _ edit: (inout Update.Record) throws -> Void
  ) async throws where Update.Record: Presentable {
    var record = try await call(get, Get(id: id))
    try edit(&record)
    var request = Update()
    request.record = record
    request.expectedVersion = expectedVersion
    try await show(update, request)
  }
}
