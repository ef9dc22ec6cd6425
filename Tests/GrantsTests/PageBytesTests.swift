import GRPCTestSupport
import ProtoWire
import RPC
import SamarbeidAPI
import SamarbeidClient
import Testing

/// Pages end at 1 MiB, whatever their page size: the token (or cursor) carries on.
@Suite("Pages bounded in bytes") struct PageBytesTests {
  @Test("500 a page of 18 KB applications stops at 1 MiB; the token lists the rest once")
  func applications() async throws {
    try await GrantsFixture.with { f in
      let organisation = try await f.organisation(
        f.oslo, kommune: "0301", index: 1, kind: .voluntaryOrganisation)
      let call = try await f.call(f.oslo, part: .activity, purposes: [.a])
      let description = String(repeating: "ø", count: 9_000)
      var created: Set<String> = []
      for _ in 0..<70 {
        var application = Application()
        application.callID = call.id
        application.organisationID = organisation.id
        application.purpose = .a
        application.title = "Stort"
        application.description = description
        application.amountAppliedOre = 1_000_000
        var create = CreateApplicationRequest()
        create.application = application
        created.insert(
          try await f.oslo.call(GrantsMethods.createApplication, create, as: Application.self).id)
      }
      var request = ListApplicationsRequest()
      request.pageSize = 500
      var listed: [String] = []
      var sizes: [Int] = []
      repeat {
        let page = try await f.oslo.call(
          GrantsMethods.listApplications, request, as: ListApplicationsResponse.self)
        listed += page.applications.map(\.id)
        sizes.append(page.serializedSize)
        request.pageToken = page.nextPageToken
      } while !request.pageToken.isEmpty && sizes.count < 10
      #expect(sizes.count == 2, "\(sizes)")
      #expect(sizes.allSatisfy { $0 <= (1 << 20) + 64 * 1024 }, "\(sizes)")
      #expect(listed.count == 70 && Set(listed) == created)

      var audit = ListAuditEventsRequest()
      audit.pageSize = 1000
      var events = 0
      var pages = 0
      repeat {
        let page = try await f.oslo.call(AuditLogMethods.listAuditEvents, audit)
        #expect(page.serializedSize <= (1 << 20) + 64 * 1024)
        events += page.events.count
        pages += 1
        #expect(
          page.nextAfterSequence == (page.nextPageToken.isEmpty ? 0 : page.events.last?.sequence))
        audit.pageToken = page.nextPageToken
      } while !audit.pageToken.isEmpty && pages < 10
      #expect(pages >= 2)
      #expect(events >= 72, "every event listed once: \(events)")
    }
  }
}
