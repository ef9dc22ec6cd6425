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
    .package(url: "https://github.com/groue/GRDB.swift.git", from: "7.10.0"),
    .package(url: "https://github.com/apple/swift-log.git", from: "1.16.2"),
  ],
  targets: [
    .executableTarget(
      name: "CodecBenchmark",
      dependencies: [
        .product(name: "ProtoWire", package: "samarbeid"),
        .product(name: "SwiftProtobuf", package: "swift-protobuf"),
      ],
      swiftSettings: [.swiftLanguageMode(.v6)]
    ),
    .executableTarget(
      name: "StorageBenchmark",
      dependencies: [
        .product(name: "Storage", package: "samarbeid"),
        .product(name: "GRDB", package: "GRDB.swift"),
        .product(name: "Logging", package: "swift-log"),
      ],
      swiftSettings: [.swiftLanguageMode(.v6)]
    ),
  ]
)
