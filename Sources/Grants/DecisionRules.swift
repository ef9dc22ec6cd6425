internal import DomainValues
internal import RPC
internal import SamarbeidAPI

/// What a decision must satisfy.
enum DecisionRules {
  struct Terms: Sendable {
    var outcome: DecisionOutcome
    var amount: Int64
    var conditions: String
    var useBy: String
    var reportDue: String
    var reason: String
  }

  static func terms(_ request: DecideApplicationRequest, applied: Int64, today: CivilDate)
    throws(DomainError) -> Terms
  {
    let conditions = try Field.text(request.conditions, field: "conditions", maximum: 5000)
    let reason = try Field.text(request.reason, field: "reason", maximum: 5000)
    let appliedFor = Money(ore: applied)
    switch request.outcome {
    case .granted:
      guard request.amountOre == applied else {
        throw DomainError.invalid(
          "amount_ore",
          "a granted application gets the amount applied for (\(appliedFor)); grant less as PARTLY_GRANTED"
        )
      }
    case .partlyGranted:
      guard request.amountOre > 0, request.amountOre < applied else {
        throw DomainError.invalid(
          "amount_ore",
          "a partly granted application gets more than 0 and less than the \(appliedFor) applied for"
        )
      }
    case .refused, .rejected:
      guard request.amountOre == 0 else {
        throw DomainError.invalid(
          "amount_ore",
          "a refusal or rejection grants 0, not \(request.amountOre) øre (\(Money(ore: request.amountOre)))"
        )
      }
      guard !reason.isEmpty else {
        throw DomainError.invalid("reason", "reason is required for a refusal or rejection")
      }
    case .unspecified, .unrecognized:
      throw DomainError.invalid(
        "outcome", "outcome must be GRANTED, PARTLY_GRANTED, REFUSED or REJECTED")
    }
    var useBy = ""
    var reportDue = ""
    if ApplicationRules.grants(request.outcome) {
      let date = try Field.date(request.useBy, field: "use_by")
      guard date >= today else {
        throw DomainError.invalid("use_by", "use_by must not be before today (\(today))")
      }
      useBy = date.description
      if !request.reportDue.isEmpty {
        reportDue = try Field.date(request.reportDue, field: "report_due").description
      }
    }
    return Terms(
      outcome: request.outcome, amount: request.amountOre, conditions: conditions, useBy: useBy,
      reportDue: reportDue,
      reason: reason)
  }
}
