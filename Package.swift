// swift-tools-version:6.2
//
// Samarbeid: the gRPC service that Norwegian municipalities and IMDi use to run the local
// integration grant scheme and to keep records of cooperation with immigrant organisations.
// The module map is in docs/architecture.md.

import PackageDescription

let swiftSettings: [SwiftSetting] = [
  .swiftLanguageMode(.v6),
  .enableUpcomingFeature("ExistentialAny"),
  .enableUpcomingFeature("InternalImportsByDefault"),
  .enableUpcomingFeature("MemberImportVisibility"),
  .treatAllWarnings(as: .error),
]

let package = Package(
  name: "samarbeid",
  products: [
    .library(name: "ProtoWire", targets: ["ProtoWire"]),
    // Hand-written conformances of the codec's test schema, shared by tests and the fuzzer.
    .library(name: "ProtoWireTestSupport", targets: ["ProtoWireTestSupport"]),
    .executable(name: "protowire-dump", targets: ["protowire-dump"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.8.2"),
    // Test-only: property-based testing on Swift Testing.
    .package(url: "https://github.com/x-sheep/swift-property-based.git", from: "2.0.1"),
  ],
  targets: [
    // The protobuf wire format, by hand: no code generation, no swift-protobuf.
    .target(
      name: "ProtoWire",
      swiftSettings: swiftSettings
    ),
    // The golden test schema (Tests/ProtoWireTests/Golden/golden.proto), conformed by hand.
    .target(
      name: "ProtoWireTestSupport",
      dependencies: ["ProtoWire"],
      swiftSettings: swiftSettings
    ),
    // Prints any protobuf message field by field without a schema (like `protoc --decode_raw`).
    .executableTarget(
      name: "protowire-dump",
      dependencies: [
        "ProtoWire",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ],
      swiftSettings: swiftSettings
    ),
    .testTarget(
      name: "ProtoWireTests",
      dependencies: [
        "ProtoWire",
        "ProtoWireTestSupport",
        .product(name: "PropertyBased", package: "swift-property-based"),
      ],
      exclude: ["Golden/golden.proto", "Golden/generate_vectors.py"],
      resources: [.copy("Golden/vectors.txt")],
      swiftSettings: swiftSettings
    ),
  ]
)
