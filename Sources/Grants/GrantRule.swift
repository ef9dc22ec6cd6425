internal import DomainValues

/// The rules of the grant scheme a request can break: each refusal names its rule.
enum GrantRule: String {
  /// IMDi sets each municipality's allocation before anything is granted.
  case allocation
  /// The administration share is at most 5 % of the allocation.
  case administrationShare = "administration-share"
  /// Grants stay within the allocation less the administration share.
  case budget
  /// Calls go draft, open, closed; closed calls take no applications.
  case callState = "call-state"
  /// Applications move through their states in order.
  case applicationState = "application-state"
  /// Eligibility for a grant (DOMAIN.md).
  case eligibility
  /// An assessor declares impartiality before scoring.
  case impartiality
  /// A grant is decided on a scored assessment.
  case decision
  /// Appeals are lodged within three weeks of the decision.
  case appealDeadline = "appeal-deadline"
  /// Only granted money is paid, and never more than granted.
  case payment
  /// Reports are on granted money, once, with audited accounts when required.
  case report
  /// A repayment claim is at most what was paid.
  case repaymentClaim = "repayment-claim"

  /// A refusal under this rule.
  func violation(_ message: String) -> DomainError {
    .violation(rawValue, message)
  }

  /// Every failure under this rule for `subject`, in one refusal.
  func violations(_ failures: [String], subject: String) -> DomainError {
    .violations(rawValue, failures, subject: subject)
  }
}
