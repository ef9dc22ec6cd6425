import Foundation
import ProtoWire
import SamarbeidAPI
import Testing

/// The samarbeid.v1 messages against bytes Python's protobuf wrote from proto/samarbeid/v1:
/// ours encode to exactly those bytes and decode them to the same values.
@Suite("samarbeid.v1 golden bytes") struct SamarbeidAPIGoldenTests {
  static let vectors: [String: [UInt8]] = {
    let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .appendingPathComponent("Golden/api_vectors.txt").path
    let text = (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
    var vectors: [String: [UInt8]] = [:]
    for line in text.split(separator: "\n") where !line.hasPrefix("#") {
      let parts = line.split(separator: " ")
      guard parts.count == 2 else { continue }
      let hex = Array(parts[1].utf8)
      vectors[String(parts[0])] = stride(from: 0, to: hex.count, by: 2).map {
        UInt8(String(decoding: hex[$0..<$0 + 2], as: UTF8.self), radix: 16)!
      }
    }
    return vectors
  }()

  static func check<Message: ProtoMessage & Equatable>(_ name: String, _ message: Message) throws {
    let golden = try #require(vectors[name], "no vector \(name): make golden")
    #expect(message.serializedBytes() == golden, "\(name) encodes as Python does")
    #expect(
      try Message(serializedBytes: golden, limits: .default) == message,
      "\(name) decodes to the same value")
  }

  static var oslo: Tenant {
    var tenant = Tenant()
    tenant.id = "t-7f3k9q2m4x"
    tenant.name = "Oslo"
    tenant.kommunenummer = "0301"
    tenant.numberHistory = [
      KommunenummerPeriod(kommunenummer: "0301", validFrom: "2020-01-01", validTo: "2099-01-01"),
      KommunenummerPeriod(kommunenummer: "0302", validFrom: "2099-01-01"),
    ]
    tenant.active = true
    tenant.version = 3
    tenant.registeredAt = "2026-11-24T12:00:00.000Z"
    return tenant
  }

  static var drammen: Tenant {
    var tenant = Tenant()
    tenant.id = "t-0000000001"
    tenant.name = "Drammen"
    tenant.kommunenummer = "3301"
    tenant.test = true
    tenant.version = -1
    return tenant
  }

  static var organisation: Organisation {
    var organisation = Organisation()
    organisation.id = "org-t-7f3k9q2m4x-5h2k8c1w9z3b"
    organisation.organisasjonsnummer = "123456785"
    organisation.name = "Somali kvinneforening Ålesund"
    organisation.kind = .immigrantOrganisation
    organisation.postalAddress = "Storgata 1, 0155 Oslo"
    organisation.inFrivillighetsregisteret = true
    organisation.foundedOn = "2011-03-01"
    organisation.organisationForm = "FLI"
    organisation.addressKommunenummer = "1508"
    organisation.bankrupt = true
    organisation.underLiquidation = true
    organisation.immigrantOrganisationDeclared = true
    organisation.countingMembers = 85
    organisation.countingMembersAsOf = "2026-01-01"
    organisation.faithCommunityWithStateSupport = true
    organisation.bankAccount = "86011117947"
    organisation.contact = ContactPerson(
      name: "Amina Hassan", email: "amina@example.no", phone: "+47 400 00 000")
    organisation.version = 2
    organisation.createdAt = "2026-11-24T12:00:00Z"
    organisation.updatedAt = "2026-11-24T13:00:00Z"
    return organisation
  }

  @Test("tenant registry messages") func tenants() throws {
    try Self.check("Tenant", Self.oslo)
    try Self.check("Tenant.inactive", Self.drammen)
    var register = RegisterMunicipalityRequest()
    register.kommunenummer = "4626"
    register.name = "Øygarden"
    register.validFrom = "2024-01-01"
    register.test = true
    try Self.check("RegisterMunicipalityRequest", register)
    var renumber = RenumberMunicipalityRequest()
    renumber.kommunenummer = "0301"
    renumber.newKommunenummer = "0302"
    renumber.effectiveFrom = "2099-01-01"
    renumber.expectedVersion = 7
    try Self.check("RenumberMunicipalityRequest", renumber)
    var deactivated = DeactivateMunicipalityResponse()
    deactivated.tenant = Self.drammen
    try Self.check("DeactivateMunicipalityResponse", deactivated)
    var list = ListTenantsResponse()
    list.tenants = [Self.oslo, Self.drammen]
    try Self.check("ListTenantsResponse", list)
    var event = SecurityEvent()
    event.sequence = 42
    event.at = "2026-11-24T12:00:00Z"
    event.identity = "spiffe://samarbeid/kommune/4601"
    event.callerTenantID = "t-b"
    event.targetTenantID = "t-a"
    event.rpc = "/samarbeid.v1.Organisations/GetOrganisation"
    event.recordID = "org-t-a-x"
    var events = ListSecurityEventsResponse()
    events.events = [event]
    events.nextPageToken = "2a"
    try Self.check("ListSecurityEventsResponse", events)
    var request = ListSecurityEventsRequest()
    request.pageSize = 50
    request.pageToken = "2a"
    try Self.check("ListSecurityEventsRequest", request)
  }

  @Test("organisation messages, an unknown enum value kept") func organisations() throws {
    try Self.check("Organisation", Self.organisation)
    var unknownKind = Organisation()
    unknownKind.name = "X"
    unknownKind.kind = .unrecognized(9)
    try Self.check("Organisation.unknownKind", unknownKind)
    try Self.check(
      "UpdateOrganisationRequest",
      UpdateOrganisationRequest(organisation: Self.organisation, expectedVersion: 2))
    var list = ListOrganisationsResponse()
    list.organisations = [Self.organisation]
    list.nextPageToken = "abc"
    try Self.check("ListOrganisationsResponse", list)
  }

  @Test("audit messages") func audit() throws {
    var event = AuditEvent()
    event.sequence = 1
    event.at = "2026-11-24T12:00:00Z"
    event.identity = "spiffe://samarbeid/kommune/0301"
    event.rpc = "/samarbeid.v1.Organisations/UpdateOrganisation"
    event.entityType = "samarbeid.v1.Organisation"
    event.entityID = "org-1"
    event.before = [0x00, 0x01, 0xFF]
    event.idempotencyKey = "k-1"
    var list = ListAuditEventsResponse()
    list.events = [event]
    list.nextAfterSequence = 1
    list.nextPageToken = "31"
    try Self.check("ListAuditEventsResponse", list)
    var request = ListAuditEventsRequest()
    request.entityID = "org-1"
    request.pageSize = 50
    request.pageToken = "31"
    try Self.check("ListAuditEventsRequest", request)
  }
}

/// The grants messages against Python's bytes.
@Suite("samarbeid.v1 grants golden bytes") struct GrantsGoldenTests {
  @Test("an application with every part: assessments, decision, appeal, report") func application()
    throws
  {
    var application = Application()
    application.id = "app_0123456789abcdefghjkmnpqrs"
    application.callID = "cal_1"
    application.organisationID = "org_1"
    application.year = 2026
    application.part = .activity
    application.purpose = .c
    application.title = "Kvinnegruppe"
    application.description = "Møter"
    application.amountAppliedOre = 5_000_000
    application.activityFree = true
    application.noOtherStateFunding = true
    application.state = .final
    application.returnedReason = "mangler budsjett"
    var assessment = Assessment()
    assessment.assessor = "saksbehandler-17"
    assessment.declaredImpartialAt = "2026-03-01T10:00:00Z"
    var fit = CriterionScore()
    fit.criterion = .purposeFit
    fit.score = 5
    var group = CriterionScore()
    group.criterion = .targetGroup
    group.score = 3
    assessment.scores = [fit, group]
    assessment.comment = "god"
    application.assessments = [assessment]
    var decision = Decision()
    decision.outcome = .partlyGranted
    decision.amountOre = 3_000_000
    decision.conditions = "c"
    decision.useBy = "2026-12-31"
    decision.reportDue = "2027-02-01"
    decision.decidedOn = "2026-03-15"
    decision.reason = "r"
    application.decision = decision
    var appeal = Appeal()
    appeal.reason = "for lite"
    appeal.lodgedOn = "2026-03-20"
    appeal.upheld = true
    appeal.decidedOn = "2026-04-01"
    application.appeal = appeal
    var report = GrantReport()
    report.state = .approved
    report.useOfFunds = "u"
    report.activitiesHeld = 12
    report.participants = 340
    report.goalAchievement = "g"
    report.spentOre = 2_999_900
    report.auditorStatementAttached = true
    report.submittedAt = "2027-01-10T09:00:00Z"
    report.reviewComment = "ok"
    report.reviewedAt = "2027-01-20T09:00:00Z"
    application.report = report
    application.paidOre = 3_000_000
    application.version = 9
    application.createdAt = "2026-02-01T08:00:00Z"
    application.submittedAt = "2026-02-02T08:00:00Z"
    application.updatedAt = "2027-01-20T09:00:00Z"
    try SamarbeidAPIGoldenTests.check("Application", application)
  }

  @Test("call, local policy, allocation, repayment claim, change feed") func others() throws {
    var call = Call()
    call.id = "cal_1"
    call.year = 2026
    call.part = .activity
    call.purposes = [.a, .c]
    call.title = "Aktivitetstilskudd 2026"
    call.opensOn = "2026-01-01"
    call.closesOn = "2026-02-01"
    call.state = .open
    call.version = 2
    call.createdAt = "2025-12-01T00:00:00Z"
    try SamarbeidAPIGoldenTests.check("Call", call)

    var policy = LocalPolicy()
    policy.year = 2026
    policy.operatingMemberThreshold = 80
    policy.countingMemberDefinition = "betalt"
    policy.ratePerMemberOre = 30_000
    policy.operatingCapOre = 7_500_000
    policy.projectMinimumOre = 1_000_000
    policy.projectMaximumOre = 100_000_000
    policy.activitiesMustBeFree = true
    policy.auditThresholdOre = 10_000_000
    policy.reportDue = "2027-02-01"
    policy.splitOperatingPermille = 100
    policy.splitAPermille = 300
    policy.splitBPermille = 300
    policy.splitCPermille = 300
    policy.version = 1
    try SamarbeidAPIGoldenTests.check("LocalPolicy", policy)

    var allocation = Allocation()
    allocation.year = 2026
    allocation.kommunenummer = "0301"
    allocation.amountOre = 198_000_000
    allocation.letterReference = "IMDi 26/1"
    allocation.administrationShareOre = 9_900_000
    allocation.grantableOre = 188_100_000
    allocation.grantedOre = 1
    allocation.version = 3
    allocation.updatedAt = "2026-01-10T00:00:00Z"
    allocation.joinedSchemeYear = 2015
    try SamarbeidAPIGoldenTests.check("Allocation", allocation)

    var claim = RepaymentClaim()
    claim.id = "rep_1"
    claim.applicationID = "app_1"
    claim.reason = .missingReport
    claim.amountOre = 100
    claim.state = .waived
    claim.note = "n"
    claim.version = 2
    claim.createdAt = "a"
    claim.updatedAt = "b"
    try SamarbeidAPIGoldenTests.check("RepaymentClaim", claim)

    var change = Change()
    change.sequence = 77
    change.at = "2026-11-24T12:00:00Z"
    change.entityType = "samarbeid.v1.Application"
    change.entityID = "app_1"
    change.rpc = "/samarbeid.v1.Grants/DecideApplication"
    change.entity = [0x08, 0x01]
    try SamarbeidAPIGoldenTests.check("Change", change)
    var removal = Change()
    removal.sequence = 78
    removal.at = "2026-11-24T12:00:01Z"
    removal.entityType = "samarbeid.v1.Allocation"
    removal.entityID = "allocation-2026"
    removal.rpc = "/samarbeid.v1.Oversight/ImportAllocations"
    removal.removed = true
    try SamarbeidAPIGoldenTests.check("ChangeRemoved", removal)
    var watch = WatchChangesRequest()
    watch.afterSequence = 5
    watch.entityTypes = ["a", "b"]
    try SamarbeidAPIGoldenTests.check("WatchChangesRequest", watch)
    var export = ExportOpenDataRequest()
    export.year = 2026
    export.pageSize = 100
    export.pageToken = "ab"
    try SamarbeidAPIGoldenTests.check("ExportOpenDataRequest", export)
    var exported = ExportOpenDataResponse()
    exported.json = #"{"grants":[]}"#
    exported.nextPageToken = "cd"
    try SamarbeidAPIGoldenTests.check("ExportOpenDataResponse", exported)
    var overdue = ListOverdueReportsRequest()
    overdue.asOf = "2027-03-01"
    overdue.pageSize = 50
    overdue.pageToken = "7a"
    try SamarbeidAPIGoldenTests.check("ListOverdueReportsRequest", overdue)
  }
}
