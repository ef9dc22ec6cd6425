internal import DomainValues
internal import RPC
internal import SamarbeidAPI

/// What a call must satisfy.
enum CallRules {
  static func validated(_ call: Call?) throws(DomainError) -> Call {
    guard var call else { throw DomainError.invalid("call", "call is required") }
    call.year = try Field.year(call.year)
    call.title = try Field.text(call.title, field: "title", maximum: 200, required: true)
    switch call.part {
    case .operating:
      guard call.purposes.isEmpty else {
        throw DomainError.invalid(
          "call.purposes",
          "an operating-grant call has no purposes (purposes A, B, C are for activity grants)")
      }
    case .activity:
      guard (1...3).contains(call.purposes.count) else {
        throw DomainError.invalid(
          "call.purposes",
          "an activity-grant call names one to three purposes: A, B or C, each once")
      }
      for purpose in call.purposes {
        switch purpose {
        case .a, .b, .c: continue
        case .unspecified, .unrecognized:
          throw DomainError.invalid("purposes", "purposes must be A (1), B (2) or C (3)")
        }
      }
      guard Set(call.purposes.map(\.protoValue)).count == call.purposes.count else {
        throw DomainError.invalid("purposes", "purposes must not repeat")
      }
    case .unspecified, .unrecognized:
      throw DomainError.invalid(
        "part", "part must be GRANT_PART_OPERATING (1) or GRANT_PART_ACTIVITY (2)")
    }
    let opens = try Field.date(call.opensOn, field: "opens_on")
    call.opensOn = opens.description
    if !call.closesOn.isEmpty {
      let closes = try Field.date(call.closesOn, field: "closes_on")
      guard closes >= opens else {
        throw DomainError.invalid("closes_on", "closes_on must not be before opens_on")
      }
      call.closesOn = closes.description
    }
    return call
  }

  static func name(_ state: CallState) -> String {
    switch state {
    case .draft: "draft"
    case .open: "open"
    case .closed: "closed"
    case .unspecified, .unrecognized: "unknown"
    }
  }

  /// Why `call` takes no application `on` a day; nil when it does.
  static func closedReason(_ call: Call, on day: CivilDate) -> String? {
    guard call.state == .open else { return "call \(call.id) is \(name(call.state)), not open" }
    if let opens = CivilDate(call.opensOn), day < opens {
      return "call \(call.id) opens on \(call.opensOn)"
    }
    if let closes = CivilDate(call.closesOn), day > closes {
      return "call \(call.id) closed on \(call.closesOn)"
    }
    return nil
  }
}
