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
        FieldValue.shown(
          .object([
            ("operating", FieldValue.percent(permille: p.splitOperatingPermille)),
            ("a", .percent(permille: p.splitAPermille)),
            ("b", .percent(permille: p.splitBPermille)),
            ("c", .percent(permille: p.splitCPermille)),
          ]),
          as: "operating \(Output.text(FieldValue.percent(permille: p.splitOperatingPermille))), "
            + "A \(Output.text(FieldValue.percent(permille: p.splitAPermille))), "
            + "B \(Output.text(FieldValue.percent(permille: p.splitBPermille))), "
            + "C \(Output.text(FieldValue.percent(permille: p.splitCPermille)))")
      ),
      ("version", Int(p.version)),
    ]
  }

  static func organisation(_ o: Organisation) -> [(String, Any)] {
    [
      ("id", o.id), ("organisasjonsnummer", o.organisasjonsnummer), ("name", o.name),
      ("kind", Names.kind(o.kind)),
      ("form", o.organisationForm), ("addressKommunenummer", o.addressKommunenummer),
      ("foundedOn", FieldValue.nonEmpty(o.foundedOn)), ("countingMembers", Int(o.countingMembers)),
      ("countingMembersAsOf", FieldValue.nonEmpty(o.countingMembersAsOf)),
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
      ("closesOn", c.closesOn.isEmpty ? FieldValue.absent(shown: "rolling") : .text(c.closesOn)),
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
    fields.append(("returnedReason", a.returnedReason))
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
    // Before a decision, an appeal or a report, their fields are there and absent (null).
    let d = a.decision
    fields += [
      ("outcome", FieldValue.optional(d.map { Names.outcome($0.outcome) })),
      ("granted", FieldValue.optional(d.map { Kroner.text($0.amountOre) })),
      ("useBy", FieldValue.optional(d.map { FieldValue.nonEmpty($0.useBy) })),
      ("reportDue", FieldValue.optional(d.map { FieldValue.nonEmpty($0.reportDue) })),
      ("auditedAccountsRequired", FieldValue.optional(d.map(\.auditedAccountsRequired))),
      ("decidedOn", FieldValue.optional(d.map { FieldValue.nonEmpty($0.decidedOn) })),
      (
        "appeal",
        FieldValue.optional(
          a.appeal.map { appeal -> [(String, Any)] in
            [
              ("reason", appeal.reason), ("lodgedOn", appeal.lodgedOn), ("upheld", appeal.upheld),
              ("decidedOn", FieldValue.nonEmpty(appeal.decidedOn)),
            ]
          })
      ),
      ("report", FieldValue.optional(a.report.map { Names.reportState($0.state) })),
      ("spent", FieldValue.optional(a.report.map { Kroner.text($0.spentOre) })),
    ]
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

  /// A security event, its tenants by kommunenummer where `kommunenummer` (tenant id to
  /// kommunenummer) knows them.
  static func securityEvent(_ e: SecurityEvent, kommunenummer: [String: String] = [:])
    -> [(String, Any)]
  {
    [
      ("sequence", Int(e.sequence)), ("at", e.at), ("identity", e.identity),
      ("callerKommunenummer", FieldValue.optional(kommunenummer[e.callerTenantID])),
      ("targetKommunenummer", FieldValue.optional(kommunenummer[e.targetTenantID])),
      ("callerTenant", e.callerTenantID), ("targetTenant", e.targetTenantID), ("rpc", e.rpc),
      ("recordId", e.recordID),
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
      ("endsOn", FieldValue.nonEmpty(endsOn)), ("status", status.shortName),
    ]
    fields.append(("closedReason", closedReason))
    fields.append(
      (
        "schedule",
        FieldValue.optional(schedule.map { "\($0.frequency.shortName): \($0.description)" })
      ))
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
    // Every count is there: a number, or absent ("not counted", or before the gathering is
    // held), never a zero that was not measured.
    let parts: [(String, AttendanceCount?)] = [
      ("attendance", attendance?.total),
      ("immigrantBackground", attendance?.immigrantBackground), ("women", attendance?.women),
      ("under18", attendance?.under18), ("firstTime", attendance?.firstTime),
    ]
    let absent = attendance == nil ? FieldValue.dash : .absent(shown: "not counted")
    for (name, count) in parts {
      fields.append((name, count.map { FieldValue.integer(Int64($0.count)) } ?? absent))
      fields.append((name + "Source", count.map { FieldValue.text($0.source.shortName) } ?? absent))
    }
    fields.append(
      ("organisations", organisations.map { "\($0.organisationID) (\($0.role.shortName))" }))
    fields.append(("outcomeNotes", outcomeNotes))
    fields.append(("followUps", followUps.map { "\($0.description) (\($0.owner))" }))
    fields.append(("cancelledReason", cancelledReason))
    fields.append(("completedAt", FieldValue.nonEmpty(completedAt)))
    fields.append(("version", Int(version)))
    return fields
  }
}

extension GatheringTotals: Presentable {
  var fields: [(String, Any)] {
    /// A part of the attendance: its sum and share where a held gathering counted it,
    /// else "not counted".
    func part(_ name: String, _ sum: Int64, _ permille: Int32, counted: Int32) -> [(String, Any)] {
      guard counted > 0 else {
        let absent = FieldValue.absent(shown: "not counted")
        return [(name, absent), (name + "Percent", absent), (name + "Gatherings", 0)]
      }
      return [
        (name, Int(sum)), (name + "Percent", FieldValue.percent(permille: permille)),
        (name + "Gatherings", Int(counted)),
      ]
    }
    return [
      ("held", Int(gatheringsHeld)), ("planned", Int(gatheringsPlanned)),
      ("cancelled", Int(gatheringsCancelled)), ("attendance", Int(attendance)),
    ]
      + part(
        "immigrantBackground", immigrantBackground, immigrantBackgroundPermille,
        counted: gatheringsCountingImmigrantBackground)
      + part("women", women, womenPermille, counted: gatheringsCountingWomen)
      + part("under18", under18, under18Permille, counted: gatheringsCountingUnder18)
      + part("firstTime", firstTime, firstTimePermille, counted: gatheringsCountingFirstTime)
      + [
        ("organisationsInvolved", Int(organisationsInvolved)),
        ("coHostedByImmigrantOrganisation", Int(coHostedByImmigrantOrganisation)),
        (
          "coHostedByImmigrantOrganisationPercent",
          gatheringsHeld == 0
            ? FieldValue.dash : .percent(permille: coHostedByImmigrantOrganisationPermille)
        ),
      ]
  }
}
