import ArgumentParser
import Foundation
import SamarbeidAPI

/// `samarbeid audit`: the municipality's audit log, who changed what and through which RPC.
struct AuditCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "audit", abstract: "Your audit log: every change, who made it and how.")
  @Option(help: "Only the changes of this record (its id).") var entity = ""
  @OptionGroup var paging: PageOptions
  @OptionGroup var connection: ConnectionOptions

  func run() async throws {
    var request = ListAuditEventsRequest()
    request.entityID = entity
    try await connection.list(
      AuditLogMethods.listAuditEvents, request, \.events,
      columns: ["sequence", "at", "identity", "rpc", "entityType", "entityID"], paging: paging)
  }
}

extension AuditEvent: Presentable {
  var fields: [(String, Any)] {
    [
      ("sequence", Int(sequence)), ("at", at), ("identity", identity), ("rpc", rpc),
      ("entityType", entityType), ("entityID", entityID), ("idempotencyKey", idempotencyKey),
      ("created", before.isEmpty), ("removed", after.isEmpty),
    ]
  }
}
