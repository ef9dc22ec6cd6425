import ArgumentParser
import SamarbeidAPI

/// An enum of the grant scheme read from the command line by its CLI name (``Names``):
/// swift-argument-parser lists the allowed values in `--help`, completes them, and refuses
/// anything else as a usage error naming them.
protocol ChoiceArgument: ExpressibleByArgument, Equatable {
  /// The values an operator may give, in the order help lists them.
  static var choices: [Self] { get }
  /// The CLI name of a value.
  var cliName: String { get }
}

extension ChoiceArgument {
  init?(argument: String) {
    guard let value = Self.choices.first(where: { $0.cliName == argument }) else { return nil }
    self = value
  }

  static var allValueStrings: [String] { choices.map(\.cliName) }
  var defaultValueDescription: String { cliName }
}

extension GrantPart: ChoiceArgument {
  static var choices: [GrantPart] { [.operating, .activity] }
  var cliName: String { Names.part(self) }
}

extension ActivityPurpose: ChoiceArgument {
  static var choices: [ActivityPurpose] { [.a, .b, .c] }
  var cliName: String { Names.purpose(self) }
}

extension OrganisationKind: ChoiceArgument {
  static var choices: [OrganisationKind] { [.immigrantOrganisation, .voluntaryOrganisation] }
  var cliName: String { Names.kind(self) }
}

extension DecisionOutcome: ChoiceArgument {
  static var choices: [DecisionOutcome] { [.granted, .partlyGranted, .refused, .rejected] }
  var cliName: String { Names.outcome(self) }
}

extension ApplicationState: ChoiceArgument {
  static var choices: [ApplicationState] {
    [.draft, .submitted, .returned, .inAssessment, .decided, .appealed, .final]
  }
  var cliName: String { Names.applicationState(self) }
}

extension CallState: ChoiceArgument {
  static var choices: [CallState] { [.draft, .open, .closed] }
  var cliName: String { Names.callState(self) }
}

extension RepaymentReason: ChoiceArgument {
  static var choices: [RepaymentReason] {
    [.unusedFunds, .misuse, .missingReport, .wrongInformation]
  }
  var cliName: String { Names.repaymentReason(self) }
}

extension RepaymentClaimState: ChoiceArgument {
  static var choices: [RepaymentClaimState] { [.paid, .waived, .cancelled] }
  var cliName: String { Names.claimState(self) }
}
