import GRPCFuzzing

/// The server's HTTP/2 and gRPC layers, real routing and the standard services, in memory.
let harness = try! ServerConnectionHarness()

/// libFuzzer entry point, structure-aware: the bytes choose well-formed frames and their
/// fields (see `FrameScript`), so mutations reach streams, flow control and the gRPC layer.
/// A crash, a sanitizer report, output a server must never write, or a handler that
/// outlives its connection is a finding.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzHTTP2Frames(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
  let bytes = Array(UnsafeBufferPointer(start: start, count: count))
  let outcome = harness.run(FrameScript(bytes))
  if let finding = outcome.findings.first { fatalError(finding) }
  return 0
}
