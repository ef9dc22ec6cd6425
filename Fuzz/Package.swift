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
    )
  ]
)
