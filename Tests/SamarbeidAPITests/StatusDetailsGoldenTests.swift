import ProtoWire
import RPC
import Testing

/// `grpc-status-details-bin` against the bytes googleapis-common-protos writes: the
/// `google.rpc.Status` with a packed `BadRequest` or `PreconditionFailure`.
@Suite("google.rpc status details golden bytes") struct StatusDetailsGoldenTests {
  @Test("a field violation") func badRequest() throws {
    let status = StatusDetails(
      code: .invalidArgument, message: "too many",
      details: [BadRequest(field: "attendance.total.count", description: "too many")])
    try SamarbeidAPIGoldenTests.check("google.rpc.Status.BadRequest", status)
    let unpacked = try #require(try status.details.first?.unpack(BadRequest.self))
    #expect(unpacked.fieldViolations.first?.field == "attendance.total.count")
    #expect(try status.details.first?.unpack(PreconditionFailure.self) == nil)
  }

  @Test("a rule violation") func preconditionFailure() throws {
    let status = StatusDetails(
      code: .failedPrecondition, message: "outside",
      details: [
        PreconditionFailure(
          type: "gathering-in-period", subject: "samarbeid.v1", description: "outside")
      ])
    try SamarbeidAPIGoldenTests.check("google.rpc.Status.PreconditionFailure", status)
  }
}
