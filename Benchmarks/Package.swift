// swift-tools-version:6.2
//
// Benchmarks for Samarbeid, kept out of the product package so that swift-protobuf (the
// comparison baseline) is never a dependency of the product.

import PackageDescription

let package = Package(
  name: "samarbeid-benchmarks",
  dependencies: [
    .package(name: "samarbeid", path: ".."),
    .package(url: "https://github.com/apple/swift-protobuf.git", exact: "1.39.0"),
  ],
  targets: [
    .executableTarget(
      name: "CodecBenchmark",
      dependencies: [
        .product(name: "ProtoWire", package: "samarbeid"),
        .product(name: "SwiftProtobuf", package: "swift-protobuf"),
      ],
      swiftSettings: [.swiftLanguageMode(.v6)]
    )
  ]
)
