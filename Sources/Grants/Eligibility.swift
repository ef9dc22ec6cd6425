internal import Identifiers
internal import SamarbeidAPI
internal import Tenancy

/// Every eligibility rule an application must meet when submitted (DOMAIN.md, "Eligibility");
/// all failures are reported together.
enum Eligibility {
  /// The rules `application` fails, as sentences; empty when it is eligible.
  static func failures(
    application: Application, call: Call, organisation: Organisation, policy: LocalPolicy,
    municipalityNumbers: [String], today: String, operatingGrantHeldElsewhere: Bool
  ) -> [String] {
    var failures: [String] = []
    if let reason = CallRules.closedReason(call, on: today) { failures.append(reason) }
    // The organisation.
    if (try? Organisasjonsnummer(organisation.organisasjonsnummer)) == nil {
      failures.append(
        "organisasjonsnummer \(organisation.organisasjonsnummer) fails the MOD11 check")
    }
    if !organisation.inFrivillighetsregisteret {
      failures.append("the organisation is not registered in Frivillighetsregisteret")
    }
    if !municipalityNumbers.contains(organisation.addressKommunenummer) {
      failures.append(
        "the organisation's registered address (kommune \(organisation.addressKommunenummer)) is not in this municipality"
      )
    }
    if organisation.bankrupt || organisation.underLiquidation {
      failures.append("the organisation is bankrupt or under liquidation")
    }
    if !organisation.bankAccount.isEmpty, (try? Kontonummer(organisation.bankAccount)) == nil {
      failures.append("the organisation's bank account fails the MOD11 check")
    }
    if organisation.bankAccount.isEmpty {
      failures.append("the organisation has no bank account to pay to")
    }
    switch call.part {
    case .operating:
      failures += operating(application, organisation: organisation, policy: policy, today: today)
      if operatingGrantHeldElsewhere {
        failures.append(
          "the organisation already receives operating grants from another municipality for \(call.year) "
            + "(one municipality per organisation and year)")
      }
    case .activity:
      failures += activity(application, policy: policy)
    case .unspecified, .unrecognized:
      failures.append("the call names no grant part")
    }
    if !application.noOtherStateFunding {
      failures.append(
        "the organisation has not declared that it receives no other state funding for this (no double state funding)"
      )
    }
    return failures
  }

  private static func operating(
    _ application: Application, organisation: Organisation, policy: LocalPolicy, today: String
  ) -> [String] {
    var failures: [String] = []
    if !organisation.immigrantOrganisationDeclared || organisation.kind != .immigrantOrganisation {
      failures.append(
        "operating grants are for immigrant organisations that declare themselves as such")
    }
    if organisation.faithCommunityWithStateSupport {
      failures.append(
        "faith communities that already receive other state support get no operating grants")
    }
    let yearAgo = CivilTime.shift(today, years: -1) ?? today
    if organisation.foundedOn.isEmpty || organisation.foundedOn > yearAgo {
      failures.append(
        "the organisation must have existed for at least a year (founded \(organisation.foundedOn.isEmpty ? "on an unknown date" : "on \(organisation.foundedOn)"))"
      )
    }
    if organisation.countingMembers < policy.operatingMemberThreshold {
      failures.append(
        "the organisation has \(organisation.countingMembers) counting members; the municipality's threshold is "
          + "\(policy.operatingMemberThreshold)")
    }
    if policy.ratePerMemberOre > 0 {
      var most = policy.ratePerMemberOre * Int64(organisation.countingMembers)
      if policy.operatingCapOre > 0 { most = min(most, policy.operatingCapOre) }
      if application.amountAppliedOre > most {
        failures.append(
          "the amount \(GrantRules.kroner(application.amountAppliedOre)) is above the local limit of "
            + "\(GrantRules.kroner(most)) (\(GrantRules.kroner(policy.ratePerMemberOre)) per counting member"
            + (policy.operatingCapOre > 0
              ? ", at most \(GrantRules.kroner(policy.operatingCapOre))" : "") + ")")
      }
    } else if policy.operatingCapOre > 0, application.amountAppliedOre > policy.operatingCapOre {
      failures.append(
        "the amount \(GrantRules.kroner(application.amountAppliedOre)) is above the local cap of "
          + "\(GrantRules.kroner(policy.operatingCapOre))")
    }
    return failures
  }

  private static func activity(_ application: Application, policy: LocalPolicy) -> [String] {
    var failures: [String] = []
    if policy.projectMinimumOre > 0, application.amountAppliedOre < policy.projectMinimumOre {
      failures.append(
        "the amount \(GrantRules.kroner(application.amountAppliedOre)) is below the local minimum of "
          + "\(GrantRules.kroner(policy.projectMinimumOre))")
    }
    if policy.projectMaximumOre > 0, application.amountAppliedOre > policy.projectMaximumOre {
      failures.append(
        "the amount \(GrantRules.kroner(application.amountAppliedOre)) is above the local maximum of "
          + "\(GrantRules.kroner(policy.projectMaximumOre))")
    }
    if policy.activitiesMustBeFree, !application.activityFree {
      failures.append("activities must be free for participants in this municipality")
    }
    return failures
  }
}
