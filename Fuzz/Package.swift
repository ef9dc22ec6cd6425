// swift-tools-version:6.2
//
// libFuzzer targets for Samarbeid. Built only by `make fuzz`, with
// `swift build --sanitize=fuzzer --sanitize=address` (libFuzzer supplies main).

import PackageDescription

let package = Package(
  name: "samarbeid-fuzz",
  dependencies: [
    .package(name: "samarbeid", path: "..")
  ],
  targets: [
    .executableTarget(
      name: "FuzzDecoder",
      dependencies: [
        .product(name: "ProtoWire", package: "samarbeid"),
        .product(name: "ProtoWireTestSupport", package: "samarbeid"),
      ],
      swiftSettings: [.swiftLanguageMode(.v6)]
    ),
    // HTTP/2 as a client sends it after the TLS handshake, into a server connection in memory.
    .executableTarget(
      name: "FuzzHTTP2",
      dependencies: [.product(name: "GRPCFuzzing", package: "samarbeid")],
      swiftSettings: [.swiftLanguageMode(.v6)]
    ),
    // The same connection, fed well-formed frames whose fields the fuzzer chooses.
    .executableTarget(
      name: "FuzzHTTP2Frames",
      dependencies: [.product(name: "GRPCFuzzing", package: "samarbeid")],
      swiftSettings: [.swiftLanguageMode(.v6)]
    ),
  ]
)
