internal import ProtoWire
internal import Storage

/// Audit records of grant entities: the entity before and after, as protobuf bytes.
enum Audit {
  static func record<Entity: ProtoMessage>(before: Entity?, after: Entity, id: String)
    -> AuditRecord
  {
    AuditRecord(
      entityType: Entity.protoMessageName, entityID: id, before: before?.serializedBytes(),
      after: after.serializedBytes())
  }
}
