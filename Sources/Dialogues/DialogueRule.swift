internal import DomainValues

/// The rules of dialogue records a request can break: each refusal names its rule
/// (FAILED_PRECONDITION); malformed fields are INVALID_ARGUMENT naming the field.
enum DialogueRule: String {
  /// An action's owner is a party of the meeting (an organisation or unit present).
  case actionOwnerIsParty = "action-owner-is-party"
  /// Actions are never removed: they are done or dropped with a reason.
  case actionsKept = "actions-kept"
  /// An action is done or dropped once.
  case actionState = "action-state"
  /// Only parties present assess a meeting or approve its minutes.
  case participant = "party-present"
  /// Views and approvals come after the meeting was held.
  case meetingHeld = "meeting-held"
  /// Minutes are approved once written.
  case minutesWritten = "minutes-written"
  /// An agreement is active until it is ended, once.
  case agreementState = "agreement-state"

  func violation(_ message: String) -> DomainError {
    .violation(rawValue, message)
  }
}
