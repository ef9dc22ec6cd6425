internal import DomainValues
internal import RPC
internal import SamarbeidAPI

/// The fields of an application and the states it may move between.
enum ApplicationRules {
  /// The fields a municipality sets on a draft, checked against `call`.
  static func validatedFields(_ application: Application?, call: Call) throws(DomainError)
    -> Application
  {
    guard var application else {
      throw DomainError.invalid("application", "application is required")
    }
    application.title = try Field.text(
      application.title, field: "title", maximum: 200, required: true)
    application.description = try Field.text(
      application.description, field: "description", maximum: 10_000)
    application.amountAppliedOre = try Field.amount(
      application.amountAppliedOre, field: "amount_applied_ore"
    ).ore
    switch call.part {
    case .activity:
      guard call.purposes.contains(application.purpose) else {
        throw DomainError.invalid(
          "purpose",
          "purpose must be one of the call's: \(call.purposes.map(purposeName).joined(separator: ", "))"
        )
      }
    default:
      guard application.purpose == .unspecified else {
        throw DomainError.invalid(
          "application.purpose",
          "operating-grant applications have no purpose (purposes are for activity grants)")
      }
    }
    return application
  }

  static func purposeName(_ purpose: ActivityPurpose) -> String {
    switch purpose {
    case .a: "A"
    case .b: "B"
    case .c: "C"
    case .unspecified, .unrecognized: "none"
    }
  }

  static func name(_ state: ApplicationState) -> String {
    switch state {
    case .draft: "a draft"
    case .submitted: "submitted"
    case .returned: "returned for completion"
    case .inAssessment: "in assessment"
    case .decided: "decided"
    case .appealed: "appealed"
    case .final: "finally decided"
    case .unspecified, .unrecognized: "in an unknown state"
    }
  }

  /// Refuses a transition from `application`'s state unless it is one of `allowed`.
  static func require(_ application: Application, in allowed: [ApplicationState], to action: String)
    throws
  {
    guard allowed.contains(application.state) else {
      throw GrantRule.applicationState.violation(

        "application \(application.id) is \(name(application.state)); it can be \(action) only when "
          + allowed.map(name).joined(separator: " or "))
    }
  }

  /// Whether the decision grants money.
  static func grants(_ outcome: DecisionOutcome) -> Bool {
    outcome == .granted || outcome == .partlyGranted
  }

  /// Whether `application` holds a grant (decided, appealed or final, granted in part or whole).
  static func holdsGrant(_ application: Application) -> Bool {
    [.decided, .appealed, .final].contains(application.state)
      && grants(application.decision?.outcome ?? .unspecified)
  }
}
