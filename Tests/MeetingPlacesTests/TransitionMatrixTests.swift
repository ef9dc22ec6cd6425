import GRPCTestSupport
import RPC
import SamarbeidAPI
import SamarbeidClient
import Testing

/// Every state against every change, over the wire: what is allowed happens, the rest is
/// refused and changes nothing.
@Suite("Meeting places: the transition matrix") struct TransitionMatrixTests {
  /// A place in `status`, reached the way a client would.
  static func place(in status: MeetingPlaceStatus, _ fixture: GrantsFixture) async throws
    -> MeetingPlace
  {
    switch status {
    case .planned: return try await fixture.createPlace { $0.status = .planned }
    case .active: return try await fixture.createPlace()
    case .paused:
      return try await fixture.updatePlace(try await fixture.createPlace()) { $0.status = .paused }
    default: return try await fixture.closePlace(try await fixture.createPlace())
    }
  }

  @Test("places: update to each status, and close, from each status")
  func places() async throws {
    let statuses: [MeetingPlaceStatus] = [.planned, .active, .paused, .closed]
    let allowed: [MeetingPlaceStatus: [MeetingPlaceStatus]] = [
      .planned: [.planned, .active], .active: [.active, .paused], .paused: [.active, .paused],
      .closed: [],
    ]
    try await GrantsFixture.with { fixture in
      for from in statuses {
        for to in statuses {
          let place = try await Self.place(in: from, fixture)
          let error = await refusal { _ = try await fixture.updatePlace(place) { $0.status = to } }
          let expected = allowed[from]?.contains(to) == true
          #expect((error == nil) == expected, "\(from) → \(to): \(error?.message ?? "allowed")")
          if let error {
            #expect(
              [.invalidArgument, .failedPrecondition].contains(error.code), "\(from) → \(to)")
            let stored = try await fixture.oslo.call(
              MeetingPlacesMethods.getMeetingPlace, GetMeetingPlaceRequest(id: place.id))
            #expect(stored == place, "\(from) → \(to) changed nothing")
          }
        }
        let place = try await Self.place(in: from, fixture)
        let close = await refusal { _ = try await fixture.closePlace(place) }
        #expect((close == nil) == (from != .closed), "close from \(from)")
      }
    }
  }

  @Test("gatherings: complete and cancel from planned, completed and cancelled")
  func gatherings() async throws {
    try await GrantsFixture.with { fixture in
      let place = try await fixture.createPlace()
      for from in [GatheringState.planned, .completed, .cancelled] {
        for change in ["complete", "cancel"] {
          var gathering = try await fixture.plan(place)
          if from == .completed {
            gathering = try await fixture.complete(gathering, GrantsFixture.attendance(9))
          }
          if from == .cancelled { gathering = try await fixture.cancel(gathering) }
          let error = await refusal {
            if change == "complete" {
              _ = try await fixture.complete(gathering, GrantsFixture.attendance(7))
            } else {
              _ = try await fixture.cancel(gathering)
            }
          }
          #expect((error == nil) == (from == .planned), "\(change) from \(from)")
          if let error { #expect(error.code == .failedPrecondition, "\(change) from \(from)") }
        }
      }
    }
  }
}
