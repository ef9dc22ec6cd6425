import GRPCFuzzing

/// The server's HTTP/2 and gRPC layers, real routing and the standard services, in memory.
let harness = try! ServerConnectionHarness()

/// libFuzzer entry point: arbitrary bytes, as a client sends them after the TLS handshake
/// (the first byte chooses the read sizes and whether the preface comes first; see
/// `RawInput`). A crash, a sanitizer report, output a server must never write, or a
/// handler that outlives its connection is a finding.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzHTTP2(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
  let bytes = Array(UnsafeBufferPointer(start: start, count: count))
  let outcome = harness.run(RawInput(bytes))
  if let finding = outcome.findings.first { fatalError(finding) }
  return 0
}
