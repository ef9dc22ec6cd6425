import GRPCTestSupport
import RPC
import SamarbeidAPI
import SamarbeidClient
import StoreTestSupport
import Testing

/// Lists page through every record once, with their filters. (Records created in the same
/// millisecond are ordered by id, so the tests compare sets and count repeats.)
@Suite("Grant lists") struct PagingTests {
  @Test(
    "calls and applications page by token: every record once, filters kept, bad tokens refused",
    arguments: TestStores.kinds)
  func paging(store: StoreKind) async throws {
    try await GrantsFixture.with(store: store) { fixture in
      let oslo = fixture.oslo
      var calls: [Call] = []
      for index in 0..<5 {
        calls.append(
          try await fixture.call(oslo, part: .activity, purposes: [.a], open: index % 2 == 0))
      }
      var listCalls = ListCallsRequest()
      listCalls.year = fixture.year
      listCalls.pageSize = 2
      var listed: [String] = []
      var pages = 0
      repeat {
        let page = try await oslo.call(
          GrantsMethods.listCalls, listCalls, as: ListCallsResponse.self)
        listed += page.calls.map(\.id)
        pages += 1
        listCalls.pageToken = page.nextPageToken
      } while !listCalls.pageToken.isEmpty && pages < 10
      #expect(listed.count == 5 && Set(listed) == Set(calls.map(\.id)))
      #expect(pages == 3)

      listCalls = ListCallsRequest()
      listCalls.state = .open
      listCalls.pageSize = 1
      listed = []
      repeat {
        let page = try await oslo.call(
          GrantsMethods.listCalls, listCalls, as: ListCallsResponse.self)
        listed += page.calls.map(\.id)
        listCalls.pageToken = page.nextPageToken
      } while !listCalls.pageToken.isEmpty && listed.count < 10
      #expect(listed.count == 3 && Set(listed) == [calls[0].id, calls[2].id, calls[4].id])

      let organisation = try await fixture.organisation(
        oslo, kommune: "0301", index: 1, kind: .voluntaryOrganisation)
      var applications: [String] = []
      for call in [calls[0], calls[2]] {
        for _ in 0..<3 {
          applications.append(
            try await fixture.application(
              oslo, call: call, organisation: organisation, amount: 1_000_000, purpose: .a
            ).id)
        }
      }
      var listApplications = ListApplicationsRequest()
      listApplications.callID = calls[2].id
      listApplications.pageSize = 2
      listed = []
      repeat {
        let page = try await oslo.call(
          GrantsMethods.listApplications, listApplications, as: ListApplicationsResponse.self)
        #expect(page.applications.allSatisfy { $0.callID == calls[2].id })
        listed += page.applications.map(\.id)
        listApplications.pageToken = page.nextPageToken
      } while !listApplications.pageToken.isEmpty && listed.count < 10
      #expect(listed.count == 3 && Set(listed) == Set(applications.suffix(3)))

      listApplications.pageToken = "not-a-token"
      let bad = await refusal {
        _ = try await oslo.call(
          GrantsMethods.listApplications, listApplications, as: ListApplicationsResponse.self)
      }
      #expect(bad?.code == .invalidArgument)
      #expect(bad?.message.contains("page_token") == true)
    }
  }
}
