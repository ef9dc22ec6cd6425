import Foundation
import SamarbeidAPI

/// The fields of each message the CLI shows, in order; enums by short names, amounts in
/// kroner (strings with two decimals, so JSON keeps them exact).
enum Fields {
  static func allocation(_ a: Allocation) -> [(String, Any)] {
    [
      ("year", Int(a.year)), ("kommunenummer", a.kommunenummer),
      ("amount", Kroner.text(a.amountOre)),
      ("letterReference", a.letterReference),
      ("administrationShare", Kroner.text(a.administrationShareOre)),
      ("grantable", Kroner.text(a.grantableOre)), ("granted", Kroner.text(a.grantedOre)),
      ("version", Int(a.version)),
    ]
  }

  static func policy(_ p: LocalPolicy) -> [(String, Any)] {
    [
      ("year", Int(p.year)), ("operatingMemberThreshold", Int(p.operatingMemberThreshold)),
      ("countingMemberDefinition", p.countingMemberDefinition),
      ("ratePerMember", Kroner.text(p.ratePerMemberOre)),
      ("operatingCap", Kroner.text(p.operatingCapOre)),
      ("projectMinimum", Kroner.text(p.projectMinimumOre)),
      ("projectMaximum", Kroner.text(p.projectMaximumOre)),
      ("activitiesMustBeFree", p.activitiesMustBeFree),
      ("auditThreshold", Kroner.text(p.auditThresholdOre)), ("reportDue", p.reportDue),
      (
        "split",
        "operating \(p.splitOperatingPermille), A \(p.splitAPermille), B \(p.splitBPermille), C \(p.splitCPermille) per mille"
      ),
      ("version", Int(p.version)),
    ]
  }

  static func organisation(_ o: Organisation) -> [(String, Any)] {
    [
      ("id", o.id), ("organisasjonsnummer", o.organisasjonsnummer), ("name", o.name),
      ("kind", Names.kind(o.kind)),
      ("form", o.organisationForm), ("addressKommunenummer", o.addressKommunenummer),
      ("foundedOn", o.foundedOn), ("countingMembers", Int(o.countingMembers)),
      ("countingMembersAsOf", o.countingMembersAsOf),
      ("inFrivillighetsregisteret", o.inFrivillighetsregisteret),
      ("immigrantOrganisationDeclared", o.immigrantOrganisationDeclared),
      ("bankrupt", o.bankrupt), ("underLiquidation", o.underLiquidation),
      ("faithCommunityWithStateSupport", o.faithCommunityWithStateSupport),
      ("bankAccount", o.bankAccount), ("contact", o.contact?.name ?? ""),
      ("version", Int(o.version)),
    ]
  }

  static func call(_ c: Call) -> [(String, Any)] {
    [
      ("id", c.id), ("year", Int(c.year)), ("part", Names.part(c.part)),
      ("purposes", c.purposes.map(Names.purpose)), ("title", c.title), ("opensOn", c.opensOn),
      ("closesOn", c.closesOn.isEmpty ? "rolling" : c.closesOn),
      ("state", Names.callState(c.state)),
      ("version", Int(c.version)),
    ]
  }

  static func application(_ a: Application) -> [(String, Any)] {
    var fields: [(String, Any)] = [
      ("id", a.id), ("callId", a.callID), ("organisationId", a.organisationID),
      ("year", Int(a.year)),
      ("part", Names.part(a.part)), ("purpose", Names.purpose(a.purpose)), ("title", a.title),
      ("amountApplied", Kroner.text(a.amountAppliedOre)),
      ("state", Names.applicationState(a.state)),
      ("paid", Kroner.text(a.paidOre)), ("version", Int(a.version)),
    ]
    if !a.returnedReason.isEmpty { fields.append(("returnedReason", a.returnedReason)) }
    if !a.assessments.isEmpty {
      fields.append(
        (
          "assessments",
          a.assessments.map { assessment -> [(String, Any)] in
            [
              ("assessor", assessment.assessor),
              ("declaredImpartialAt", assessment.declaredImpartialAt),
              (
                "scores",
                assessment.scores.map { score -> [(String, Any)] in
                  [("criterion", Names.criterion(score.criterion)), ("score", Int(score.score))]
                }
              ),
              ("comment", assessment.comment),
            ]
          }
        ))
    }
    if let d = a.decision {
      fields.append(("outcome", Names.outcome(d.outcome)))
      fields.append(("granted", Kroner.text(d.amountOre)))
      fields.append(("useBy", d.useBy))
      fields.append(("reportDue", d.reportDue))
      fields.append(("auditedAccountsRequired", d.auditedAccountsRequired))
      fields.append(("decidedOn", d.decidedOn))
    }
    if let appeal = a.appeal {
      fields.append(
        (
          "appeal",
          [
            ("reason", appeal.reason), ("lodgedOn", appeal.lodgedOn), ("upheld", appeal.upheld),
            ("decidedOn", appeal.decidedOn),
          ] as [(String, Any)]
        ))
    }
    if let report = a.report {
      fields.append(("report", Names.reportState(report.state)))
      fields.append(("spent", Kroner.text(report.spentOre)))
    }
    return fields
  }

  static func payment(_ p: Payment) -> [(String, Any)] {
    [
      ("id", p.id), ("applicationId", p.applicationID), ("amount", Kroner.text(p.amountOre)),
      ("paidOn", p.paidOn),
      ("reference", p.reference),
    ]
  }

  static func claim(_ c: RepaymentClaim) -> [(String, Any)] {
    [
      ("id", c.id), ("applicationId", c.applicationID), ("reason", Names.repaymentReason(c.reason)),
      ("amount", Kroner.text(c.amountOre)), ("state", Names.claimState(c.state)), ("note", c.note),
      ("version", Int(c.version)),
    ]
  }

  /// What ``change(_:)`` gives, in its order, as a table's header says it.
  static let changeColumns = ["sequence", "at", "entity type", "entity id", "rpc"]

  static func change(_ c: Change) -> [(String, Any)] {
    [
      ("sequence", Int(c.sequence)), ("at", c.at), ("entityType", c.entityType),
      ("entityId", c.entityID), ("rpc", c.rpc),
    ]
  }

  static func tenant(_ t: Tenant) -> [(String, Any)] {
    [
      ("id", t.id), ("kommunenummer", t.kommunenummer), ("name", t.name), ("active", t.active),
      ("test", t.test),
      (
        "numbers",
        t.numberHistory.map {
          "\($0.kommunenummer) from \($0.validFrom)"
            + ($0.validTo.isEmpty ? "" : " to \($0.validTo)")
        }
      ),
      ("version", Int(t.version)),
    ]
  }

  static func securityEvent(_ e: SecurityEvent) -> [(String, Any)] {
    [
      ("sequence", Int(e.sequence)), ("at", e.at), ("identity", e.identity),
      ("callerTenant", e.callerTenantID),
      ("targetTenant", e.targetTenantID), ("rpc", e.rpc), ("recordId", e.recordID),
    ]
  }
}

/// A message the CLI prints: its fields by name.
protocol Presentable {
  var fields: [(String, Any)] { get }
}

extension Allocation: Presentable { var fields: [(String, Any)] { Fields.allocation(self) } }
extension LocalPolicy: Presentable { var fields: [(String, Any)] { Fields.policy(self) } }
extension Organisation: Presentable { var fields: [(String, Any)] { Fields.organisation(self) } }
extension Call: Presentable { var fields: [(String, Any)] { Fields.call(self) } }
extension Application: Presentable { var fields: [(String, Any)] { Fields.application(self) } }
extension Payment: Presentable { var fields: [(String, Any)] { Fields.payment(self) } }
extension RepaymentClaim: Presentable { var fields: [(String, Any)] { Fields.claim(self) } }
extension Change: Presentable { var fields: [(String, Any)] { Fields.change(self) } }
extension Tenant: Presentable { var fields: [(String, Any)] { Fields.tenant(self) } }
extension SecurityEvent: Presentable {
  var fields: [(String, Any)] { Fields.securityEvent(self) }
}

extension MeetingPlace: Presentable {
  var fields: [(String, Any)] {
    var fields: [(String, Any)] = [
      ("id", id), ("name", name), ("kind", kind.shortName),
      ("municipalRoles", municipalRoles.map(\.shortName)), ("audience", audience.shortName),
      (
        "address",
        address.map {
          $0.online
            ? $0.url
            : "\($0.streetAddress), \($0.postalCode) \($0.postalTown)".trimmingCharacters(
              in: .whitespaces)
        } ?? ""
      ),
      ("kommunenummer", address?.kommunenummer ?? ""), ("languages", languages),
      ("services", services.map(\.shortName)),
      ("coHosts", coHosts.map { "\($0.organisationID) (\($0.role.shortName))" }),
      ("fundingApplicationIds", fundingApplicationIDs), ("startsOn", startsOn),
      ("endsOn", endsOn), ("status", status.shortName),
    ]
    if !closedReason.isEmpty { fields.append(("closedReason", closedReason)) }
    if let schedule {
      fields.append(("schedule", "\(schedule.frequency.shortName): \(schedule.description)"))
    }
    fields.append(("version", Int(version)))
    return fields
  }
}

extension Gathering: Presentable {
  var fields: [(String, Any)] {
    var fields: [(String, Any)] = [
      ("id", id), ("meetingPlaceId", meetingPlaceID), ("startsAt", startsAt),
      ("mode", mode.shortName), ("title", title), ("state", state.shortName),
    ]
    if let attendance {
      for (name, count) in [
        ("attendance", attendance.total),
        ("immigrantBackground", attendance.immigrantBackground), ("women", attendance.women),
        ("under18", attendance.under18), ("firstTime", attendance.firstTime),
      ] {
        if let count {
          fields.append((name, Int(count.count)))
          fields.append((name + "Source", count.source.shortName))
        }
      }
    }
    fields.append(
      ("organisations", organisations.map { "\($0.organisationID) (\($0.role.shortName))" }))
    if !outcomeNotes.isEmpty { fields.append(("outcomeNotes", outcomeNotes)) }
    if !followUps.isEmpty {
      fields.append(("followUps", followUps.map { "\($0.description) (\($0.owner))" }))
    }
    if !cancelledReason.isEmpty { fields.append(("cancelledReason", cancelledReason)) }
    if !completedAt.isEmpty { fields.append(("completedAt", completedAt)) }
    fields.append(("version", Int(version)))
    return fields
  }
}

extension GatheringTotals: Presentable {
  var fields: [(String, Any)] {
    [
      ("held", Int(gatheringsHeld)), ("planned", Int(gatheringsPlanned)),
      ("cancelled", Int(gatheringsCancelled)), ("attendance", Int(attendance)),
      ("immigrantBackground", Int(immigrantBackground)),
      ("immigrantBackgroundPermille", Int(immigrantBackgroundPermille)),
      ("women", Int(women)), ("womenPermille", Int(womenPermille)),
      ("under18", Int(under18)), ("under18Permille", Int(under18Permille)),
      ("firstTime", Int(firstTime)), ("firstTimePermille", Int(firstTimePermille)),
      ("organisationsInvolved", Int(organisationsInvolved)),
      ("coHostedByImmigrantOrganisation", Int(coHostedByImmigrantOrganisation)),
      (
        "coHostedByImmigrantOrganisationPermille",
        Int(coHostedByImmigrantOrganisationPermille)
      ),
    ]
  }
}
