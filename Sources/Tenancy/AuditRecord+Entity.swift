public import ProtoWire
public import Storage

extension AuditRecord {
  /// The audit record of entity `id` going from `before` (nil: created) to `after`, each
  /// kept as its protobuf bytes under the message's full name.
  public init<Entity: ProtoMessage>(before: Entity?, after: Entity, id: String) {
    self.init(
      entityType: Entity.protoMessageName, entityID: id, before: before?.serializedBytes(),
      after: after.serializedBytes())
  }
}
