internal import DomainValues

/// The rules of meeting places a request can break: each refusal names its rule
/// (FAILED_PRECONDITION); malformed fields are INVALID_ARGUMENT naming the field.
enum MeetingPlaceRule: String {
  /// A place moves planned → active ⇄ paused, and is closed once, for good.
  case placeState = "meeting-place-state"
  /// A place with an address is in the municipality.
  case placeInMunicipality = "meeting-place-in-municipality"
  /// A place is funded by granted applications only.
  case fundingGranted = "funding-granted"
  /// A closed place takes no new gatherings.
  case placeClosed = "meeting-place-closed"
  /// A gathering is held on a day inside its place's period.
  case gatheringInPeriod = "gathering-in-period"
  /// A gathering is planned, then completed or cancelled, once.
  case gatheringState = "gathering-state"
  /// A gathering at an online place is online.
  case gatheringMode = "gathering-mode"
  /// A gathering is completed only once it has started.
  case gatheringStarted = "gathering-started"

  func violation(_ message: String) -> DomainError {
    .violation(rawValue, message)
  }
}
