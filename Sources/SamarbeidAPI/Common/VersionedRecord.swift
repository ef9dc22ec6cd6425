public import ProtoWire

/// A record kept with a version: every change names the version it read, and a change
/// from an older version is refused.
public protocol VersionedRecord: ProtoMessage {
  /// 1 when created, one more with each change.
  var version: Int64 { get set }
  /// Notes the time of a change (records without such a field keep none).
  mutating func touch(at time: String)
}

extension VersionedRecord {
  public mutating func touch(at time: String) {}
}

extension Organisation: VersionedRecord {
  public mutating func touch(at time: String) { updatedAt = time }
}

extension Application: VersionedRecord {
  public mutating func touch(at time: String) { updatedAt = time }
}

extension RepaymentClaim: VersionedRecord {
  public mutating func touch(at time: String) { updatedAt = time }
}

extension Allocation: VersionedRecord {
  public mutating func touch(at time: String) { updatedAt = time }
}

extension Call: VersionedRecord {}

extension LocalPolicy: VersionedRecord {}

extension MeetingPlace: VersionedRecord {
  public mutating func touch(at time: String) { updatedAt = time }
}

extension Gathering: VersionedRecord {
  public mutating func touch(at time: String) { updatedAt = time }
}

extension DialogueMeeting: VersionedRecord {
  public mutating func touch(at time: String) { updatedAt = time }
}

extension CooperationAgreement: VersionedRecord {
  public mutating func touch(at time: String) { updatedAt = time }
}

extension ImmigrantCouncil: VersionedRecord {
  public mutating func touch(at time: String) { updatedAt = time }
}

extension Population: VersionedRecord {
  public mutating func touch(at time: String) { updatedAt = time }
}
