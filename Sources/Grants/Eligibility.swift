internal import DomainValues
internal import Identifiers
internal import SamarbeidAPI
internal import Tenancy

/// Every eligibility rule an application must meet when submitted (DOMAIN.md, "Eligibility");
/// all failures are reported together.
enum Eligibility {
  /// The rules `application` fails, as sentences; empty when it is eligible.
  static func failures(
    application: Application, call: Call, organisation: Organisation, policy: LocalPolicy,
    municipalityNumbers: [String], today: CivilDate, operatingGrantHeldElsewhere: Bool
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
    _ application: Application, organisation: Organisation, policy: LocalPolicy, today: CivilDate
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
    let founded = CivilDate(organisation.foundedOn)
    if founded.map({ $0 > today.adding(years: -1) }) ?? true {
      failures.append(
        "the organisation must have existed for at least a year (founded \(founded.map { "on \($0)" } ?? "on an unknown date"))"
      )
    }
    if organisation.countingMembers < policy.operatingMemberThreshold {
      failures.append(
        "the organisation has \(organisation.countingMembers) counting members; the municipality's threshold is "
          + "\(policy.operatingMemberThreshold)")
    }
    let applied = Money(ore: application.amountAppliedOre)
    let rate = Money(ore: policy.ratePerMemberOre)
    let cap = Money(ore: policy.operatingCapOre)
    if rate > .zero {
      // Any product above the largest amount that may be applied for means no limit.
      var most = rate.multiplied(by: Int64(organisation.countingMembers), atMost: .maximum)
      if cap > .zero { most = min(most, cap) }
      if applied > most {
        failures.append(
          "the amount \(applied) is above the local limit of \(most) (\(rate) per counting member"
            + (cap > .zero ? ", at most \(cap)" : "") + ")")
      }
    } else if cap > .zero, applied > cap {
      failures.append("the amount \(applied) is above the local cap of \(cap)")
    }
    return failures
  }

  private static func activity(_ application: Application, policy: LocalPolicy) -> [String] {
    var failures: [String] = []
    let applied = Money(ore: application.amountAppliedOre)
    let minimum = Money(ore: policy.projectMinimumOre)
    let maximum = Money(ore: policy.projectMaximumOre)
    if minimum > .zero, applied < minimum {
      failures.append("the amount \(applied) is below the local minimum of \(minimum)")
    }
    if maximum > .zero, applied > maximum {
      failures.append("the amount \(applied) is above the local maximum of \(maximum)")
    }
    if policy.activitiesMustBeFree, !application.activityFree {
      failures.append("activities must be free for participants in this municipality")
    }
    return failures
  }
}
