import ProtoWire

/// `samarbeid.bench.BudgetLine`.
struct BudgetLine: ProtoMessage, Equatable {
  static let protoMessageName = "samarbeid.bench.BudgetLine"
  var description = ""
  var amountOre: Int64 = 0
  var category = CostCategory.unspecified
  var quantity: Int32 = 0
  var unknownFields = UnknownFields()

  mutating func decodeFields(from reader: inout ProtoReader) throws(ProtoWireError) {
    while let tag = try reader.nextField() {
      switch tag.fieldNumber {
      case 1: description = try reader.read(.string, tag)
      case 2: amountOre = try reader.read(.int64, tag)
      case 3: category = try reader.read(.enum(CostCategory.self), tag)
      case 4: quantity = try reader.read(.int32, tag)
      default: try reader.skipField(tag, preservingIn: &unknownFields)
      }
    }
  }

  func encodeFields<Sink: ProtoSink & ~Copyable>(to sink: inout Sink) {
    sink.write(.string, 1, description)
    sink.write(.int64, 2, amountOre)
    sink.write(.enum(CostCategory.self), 3, category)
    sink.write(.int32, 4, quantity)
    sink.writeUnknownFields(unknownFields)
  }
}

/// `samarbeid.bench.Address`.
struct Address: ProtoMessage, Equatable {
  static let protoMessageName = "samarbeid.bench.Address"
  var street = ""
  var postalCode = ""
  var city = ""
  var kommunenummer = ""
  var unknownFields = UnknownFields()

  mutating func decodeFields(from reader: inout ProtoReader) throws(ProtoWireError) {
    while let tag = try reader.nextField() {
      switch tag.fieldNumber {
      case 1: street = try reader.read(.string, tag)
      case 2: postalCode = try reader.read(.string, tag)
      case 3: city = try reader.read(.string, tag)
      case 4: kommunenummer = try reader.read(.string, tag)
      default: try reader.skipField(tag, preservingIn: &unknownFields)
      }
    }
  }

  func encodeFields<Sink: ProtoSink & ~Copyable>(to sink: inout Sink) {
    sink.write(.string, 1, street)
    sink.write(.string, 2, postalCode)
    sink.write(.string, 3, city)
    sink.write(.string, 4, kommunenummer)
    sink.writeUnknownFields(unknownFields)
  }
}

/// `samarbeid.bench.GrantApplication`.
struct GrantApplication: ProtoMessage, Equatable {
  static let protoMessageName = "samarbeid.bench.GrantApplication"
  var id = ""
  var organisasjonsnummer = ""
  var organisationName = ""
  var kommunenummer = ""
  var title = ""
  var description = ""
  var purpose = Purpose.unspecified
  var amountAppliedOre: Int64 = 0
  var budgetLines: [BudgetLine] = []
  var activities: [String] = []
  var targetAgeGroups: [Int32] = []
  var address: Address?
  var submittedAtUnixMs: Int64 = 0
  var activitiesFree = false
  var countingMembers: UInt32 = 0
  var previousReportID: String?
  var unknownFields = UnknownFields()

  mutating func decodeFields(from reader: inout ProtoReader) throws(ProtoWireError) {
    while let tag = try reader.nextField() {
      switch tag.fieldNumber {
      case 1: id = try reader.read(.string, tag)
      case 2: organisasjonsnummer = try reader.read(.string, tag)
      case 3: organisationName = try reader.read(.string, tag)
      case 4: kommunenummer = try reader.read(.string, tag)
      case 5: title = try reader.read(.string, tag)
      case 6: description = try reader.read(.string, tag)
      case 7: purpose = try reader.read(.enum(Purpose.self), tag)
      case 8: amountAppliedOre = try reader.read(.int64, tag)
      case 9: try reader.readRepeated(.message(BudgetLine.self), tag, into: &budgetLines)
      case 10: try reader.readRepeated(.string, tag, into: &activities)
      case 11: try reader.readRepeated(.int32, tag, into: &targetAgeGroups)
      case 12: try reader.mergeMessage(tag, into: &address)
      case 13: submittedAtUnixMs = try reader.read(.int64, tag)
      case 14: activitiesFree = try reader.read(.bool, tag)
      case 15: countingMembers = try reader.read(.uint32, tag)
      case 16: previousReportID = try reader.read(.string, tag)
      default: try reader.skipField(tag, preservingIn: &unknownFields)
      }
    }
  }

  func encodeFields<Sink: ProtoSink & ~Copyable>(to sink: inout Sink) {
    sink.write(.string, 1, id)
    sink.write(.string, 2, organisasjonsnummer)
    sink.write(.string, 3, organisationName)
    sink.write(.string, 4, kommunenummer)
    sink.write(.string, 5, title)
    sink.write(.string, 6, description)
    sink.write(.enum(Purpose.self), 7, purpose)
    sink.write(.int64, 8, amountAppliedOre)
    sink.writeRepeated(.message(BudgetLine.self), 9, budgetLines)
    sink.writeRepeated(.string, 10, activities)
    sink.writeRepeated(.int32, 11, targetAgeGroups)
    sink.writeMessage(12, address)
    sink.write(.int64, 13, submittedAtUnixMs)
    sink.write(.bool, 14, activitiesFree)
    sink.write(.uint32, 15, countingMembers)
    sink.write(.string, 16, previousReportID)
    sink.writeUnknownFields(unknownFields)
  }
}
