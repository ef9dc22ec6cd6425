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
  // Nonisolated async functions run on their caller's executor instead of hopping to the
  // global one: handler code stays on its event loop without a task switch per call.
  .enableUpcomingFeature("NonisolatedNonsendingByDefault"),
  .treatAllWarnings(as: .error),
]

let package = Package(
  name: "samarbeid",
  products: [
    .library(name: "ProtoWire", targets: ["ProtoWire"]),
    .library(name: "SamarbeidClient", targets: ["SamarbeidClient"]),
    .library(name: "Storage", targets: ["Storage"]),
    // Hand-written conformances of the codec's test schema, shared by tests and the fuzzer.
    .library(name: "ProtoWireTestSupport", targets: ["ProtoWireTestSupport"]),
    // A server connection fed from memory, and raw frames: for the HTTP/2 fuzzers and tests.
    .library(name: "GRPCFuzzing", targets: ["GRPCFuzzing"]),
    .executable(name: "protowire-dump", targets: ["protowire-dump"]),
    .executable(name: "samarbeid-server", targets: ["SamarbeidServer"]),
    .executable(name: "samarbeid-load", targets: ["SamarbeidLoad"]),
    .executable(name: "samarbeid", targets: ["SamarbeidCLI"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.8.2"),
    .package(url: "https://github.com/apple/swift-collections.git", from: "1.6.0"),
    .package(url: "https://github.com/apple/swift-log.git", from: "1.16.2"),
    .package(url: "https://github.com/HdrHistogram/hdrhistogram-swift.git", from: "0.2.0"),
    .package(url: "https://github.com/groue/GRDB.swift.git", from: "7.10.0"),
    .package(url: "https://github.com/swift-extras/swift-extras-base64.git", from: "1.2.0"),
    // The client tools' settings: flags, environment variables and a profiles file.
    .package(url: "https://github.com/apple/swift-configuration.git", from: "1.4.0"),
    .package(url: "https://github.com/apple/swift-system.git", from: "1.8.1"),
    // The server's /metrics: swift-metrics' API, Prometheus' text format.
    .package(url: "https://github.com/apple/swift-metrics.git", from: "2.13.0"),
    .package(url: "https://github.com/swift-server/swift-prometheus.git", from: "2.4.1"),
    // Test-only: property-based testing on Swift Testing.
    .package(url: "https://github.com/x-sheep/swift-property-based.git", from: "2.0.1"),
  ],
  targets: [
    // The protobuf wire format, by hand: no code generation, no swift-protobuf.
    .target(
      name: "ProtoWire",
      swiftSettings: swiftSettings
    ),
    // gRPC semantics without sockets or C: status, metadata, framing, routing, handlers.
    .target(
      name: "RPC",
      dependencies: [
        "ProtoWire",
        .product(name: "DequeModule", package: "swift-collections"),
        .product(name: "Logging", package: "swift-log"),
        .product(name: "ExtrasBase64", package: "swift-extras-base64"),
      ],
      swiftSettings: swiftSettings
    ),
    // OpenSSL contexts and connections: TLS 1.2/1.3, ALPN h2, mTLS, peer identity.
    .target(
      name: "TLS",
      dependencies: ["COpenSSL"],
      swiftSettings: swiftSettings
    ),
    // HTTP/2 on nghttp2 over TLS: event loops, sockets, sessions, connections, limits.
    .target(
      name: "HTTP2",
      dependencies: ["CLinux", "CNGHTTP2", "TLS", .product(name: "Logging", package: "swift-log")],
      swiftSettings: swiftSettings
    ),
    // gRPC over the HTTP/2 transport: streams to RPCs and back.
    .target(
      name: "GRPCServerTransport",
      dependencies: [
        "HTTP2", "RPC", "TLS",
        .product(name: "DequeModule", package: "swift-collections"),
        .product(name: "Logging", package: "swift-log"),
      ],
      swiftSettings: swiftSettings
    ),
    // The server's HTTP/2 and gRPC layers fed from memory, frames written byte by byte, and
    // what a server may never write: shared by the fuzzers and the transport tests.
    .target(
      name: "GRPCFuzzing",
      dependencies: [
        "CLinux", "GRPCServerTransport", "HTTP2", "RPC", "StandardServices", "TLS",
        .product(name: "Logging", package: "swift-log"),
      ],
      swiftSettings: swiftSettings
    ),
    // Norwegian identifiers and their checks: kommunenummer, organisasjonsnummer, kontonummer.
    .target(name: "Identifiers", dependencies: ["RPC"], swiftSettings: swiftSettings),
    // Money with checked arithmetic, calendar dates, and how messages quote input.
    .target(name: "DomainValues", dependencies: ["RPC"], swiftSettings: swiftSettings),
    // Swift types for every samarbeid.v1 message in proto/, with hand-written codecs.
    .target(
      name: "SamarbeidAPI",
      dependencies: ["ProtoWire", "RPC"],
      swiftSettings: swiftSettings
    ),
    // Durable per-tenant storage: SQLite (GRDB) per tenant, group commit, audit, idempotency.
    .target(
      name: "Storage",
      dependencies: [
        "DomainValues", "ProtoWire", "RPC",
        .product(name: "GRDB", package: "GRDB.swift"),
        .product(name: "GRDBSQLite", package: "GRDB.swift"),
        .product(name: "Logging", package: "swift-log"),
        .product(name: "Metrics", package: "swift-metrics"),
      ],
      swiftSettings: swiftSettings
    ),
    // The storage interface on PostgreSQL: a schema and role per store, an advisory lock
    // per store's writes, migrations under a lock.
    .target(
      name: "PostgresStorage",
      dependencies: [
        "Storage",
        .product(name: "Logging", package: "swift-log"),
        .product(name: "Metrics", package: "swift-metrics"),
        "CLibPQ",
      ],
      swiftSettings: swiftSettings
    ),
    // Identities, roles, the tenant registry and the interceptor that scopes every RPC.
    .target(
      name: "Tenancy",
      dependencies: [
        "DomainValues", "Identifiers", "ProtoWire", "RPC", "SamarbeidAPI", "Storage", "TLS",
        .product(name: "DequeModule", package: "swift-collections"),
        .product(name: "GRDB", package: "GRDB.swift"),
        .product(name: "Logging", package: "swift-log"),
      ],
      swiftSettings: swiftSettings
    ),
    // The organisations a municipality works with (the first tenant records).
    .target(
      name: "Organisations",
      dependencies: [
        "DomainValues", "Identifiers", "ProtoWire", "RPC", "SamarbeidAPI", "Storage", "Tenancy",
      ],
      swiftSettings: swiftSettings
    ),
    // The composition of every service over a data directory (server and tests).
    .target(
      name: "SamarbeidApp",
      dependencies: [
        "Dialogues", "DomainValues", "Grants", "MeetingPlaces", "Organisations", "Oversight",
        "PostgresStorage", "RPC", "SamarbeidAPI", "StandardServices", "Storage", "Tenancy",
        .product(name: "Logging", package: "swift-log"),
      ],
      swiftSettings: swiftSettings
    ),
    // The grant scheme per municipality: allocation, policy, calls, applications, decisions,
    // payments, reports, repayment claims, change feed, open data.
    .target(
      name: "Grants",
      dependencies: [
        "DomainValues", "Identifiers", "Organisations", "ProtoWire", "RPC", "SamarbeidAPI",
        "Storage", "Tenancy",
        .product(name: "Logging", package: "swift-log"),
      ],
      swiftSettings: swiftSettings
    ),
    // National oversight: the indicators compared across municipalities (statistics and
    // disclosure control first; the service follows).
    .target(
      name: "Oversight",
      dependencies: [
        "Dialogues", "DomainValues", "Grants", "MeetingPlaces", "ProtoWire", "RPC",
        "SamarbeidAPI", "Storage", "Tenancy",
      ],
      swiftSettings: swiftSettings
    ),
    // Equal-partner dialogue per municipality: dialogue meetings (agenda, topics, actions,
    // minutes and their approval, each side's view), cooperation agreements, immigrant
    // councils, yearly summaries.
    .target(
      name: "Dialogues",
      dependencies: [
        "DomainValues", "MeetingPlaces", "Organisations", "ProtoWire", "RPC", "SamarbeidAPI",
        "Storage", "Tenancy",
      ],
      swiftSettings: swiftSettings
    ),
    // Meeting places per municipality: the places, the municipality's role in them, the
    // organisations and grants behind them, gatherings with attendance, yearly summaries.
    .target(
      name: "MeetingPlaces",
      dependencies: [
        "DomainValues", "Grants", "Identifiers", "Organisations", "ProtoWire", "RPC",
        "SamarbeidAPI", "Storage", "Tenancy",
      ],
      swiftSettings: swiftSettings
    ),
    // The gRPC client: municipal backends, the oversight client and the load harness.
    .target(
      name: "SamarbeidClient",
      dependencies: [
        "HTTP2", "ProtoWire", "RPC", "TLS",
        .product(name: "DequeModule", package: "swift-collections"),
        .product(name: "Logging", package: "swift-log"),
      ],
      swiftSettings: swiftSettings
    ),
    // Standard services: grpc.health.v1.Health and the interop grpc.testing.TestService.
    .target(
      name: "StandardServices",
      dependencies: ["ProtoWire", "RPC"],
      swiftSettings: swiftSettings
    ),
    // gRPC's gzip and deflate message encodings on zlib.
    .target(
      name: "ZlibCompression",
      dependencies: ["CZlib", "RPC"],
      swiftSettings: swiftSettings
    ),
    // epoll, eventfd and accept4, which Swift's Glibc module does not export.
    .target(name: "CLinux"),
    // C libraries from Debian (see the shim.h files for the macros they wrap).
    .systemLibrary(
      name: "CNGHTTP2", pkgConfig: "libnghttp2", providers: [.apt(["libnghttp2-dev"])]),
    .systemLibrary(name: "COpenSSL", pkgConfig: "openssl", providers: [.apt(["libssl-dev"])]),
    .systemLibrary(name: "CZlib", pkgConfig: "zlib", providers: [.apt(["zlib1g-dev"])]),
    // libpq, PostgreSQL's own client, under the PostgreSQL store.
    .systemLibrary(name: "CLibPQ", pkgConfig: "libpq", providers: [.apt(["libpq-dev"])]),
    // The golden test schema (Tests/ProtoWireTests/Golden/golden.proto), conformed by hand.
    .target(
      name: "ProtoWireTestSupport",
      dependencies: ["ProtoWire"],
      swiftSettings: swiftSettings
    ),
    // The server executable: configuration, wiring, signals.
    .executableTarget(
      name: "SamarbeidServer",
      dependencies: [
        "GRPCServerTransport", "HTTP2", "RPC", "SamarbeidApp", "StandardServices", "Storage", "TLS",
        "Tenancy", "ZlibCompression",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
        .product(name: "Logging", package: "swift-log"),
        .product(name: "Metrics", package: "swift-metrics"),
        .product(name: "Prometheus", package: "swift-prometheus"),
      ],
      swiftSettings: swiftSettings
    ),
    // Prints any protobuf message field by field without a schema (like `protoc --decode_raw`).
    // The load-testing harness: scenarios, mix, workers, HdrHistogram report.
    .target(
      name: "LoadHarness",
      dependencies: [
        "DomainValues", "ProtoWire", "RPC", "SamarbeidAPI", "SamarbeidClient", "StandardServices",
        .product(name: "Logging", package: "swift-log"),
        .product(name: "Histogram", package: "hdrhistogram-swift"),
      ],
      swiftSettings: swiftSettings
    ),
    // samarbeid: the command line of municipal operators and of IMDi's oversight.
    .executableTarget(
      name: "SamarbeidCLI",
      dependencies: [
        "ClientOptions", "DomainValues", "ProtoWire", "RPC", "SamarbeidAPI", "SamarbeidClient",
        "TLS",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
        .product(name: "Logging", package: "swift-log"),
      ],
      swiftSettings: swiftSettings
    ),
    // The connection flags of the client tools.
    .target(
      name: "ClientOptions",
      dependencies: [
        "SamarbeidClient", "TLS",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
        .product(name: "Configuration", package: "swift-configuration"),
        .product(name: "SystemPackage", package: "swift-system"),
      ],
      swiftSettings: swiftSettings
    ),
    // samarbeid-load: the harness operators run against a deployment.
    .executableTarget(
      name: "SamarbeidLoad",
      dependencies: [
        "ClientOptions", "LoadHarness", "RPC", "SamarbeidClient", "TLS",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
        .product(name: "Logging", package: "swift-log"),
      ],
      swiftSettings: swiftSettings
    ),
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
    .testTarget(
      name: "HTTP2Tests",
      dependencies: ["HTTP2"],
      swiftSettings: swiftSettings
    ),
    .testTarget(
      name: "RPCTests",
      dependencies: [
        "ProtoWire", "ProtoWireTestSupport", "RPC", "ZlibCompression",
        .product(name: "Logging", package: "swift-log"),
      ],
      swiftSettings: swiftSettings
    ),
    // Fresh SQLite directories and PostgreSQL databases: one test body on both stores.
    .target(
      name: "StoreTestSupport",
      dependencies: [
        "PostgresStorage", "Storage", .product(name: "Logging", package: "swift-log"),
      ],
      path: "Tests/StoreTestSupport",
      swiftSettings: swiftSettings
    ),
    // Shared by the end-to-end tests: a server on a free port, dev certificates, probes.
    .target(
      name: "GRPCTestSupport",
      dependencies: [
        "DomainValues", "GRPCServerTransport", "HTTP2", "ProtoWire", "RPC", "SamarbeidAPI",
        "SamarbeidApp", "SamarbeidClient", "StandardServices", "StoreTestSupport", "TLS", "Tenancy",
        "ZlibCompression",
        .product(name: "Logging", package: "swift-log"),
      ],
      path: "Tests/GRPCTestSupport",
      swiftSettings: swiftSettings
    ),
    .testTarget(
      name: "SamarbeidAPITests",
      dependencies: ["ProtoWire", "RPC", "SamarbeidAPI"],
      exclude: [
        "Golden/generate_api_vectors.py", "Golden/api_vectors.txt", "Golden/api_enums.txt",
      ],
      swiftSettings: swiftSettings
    ),
    .testTarget(
      name: "IdentifiersTests", dependencies: ["Identifiers"], swiftSettings: swiftSettings),
    .testTarget(
      name: "DomainValuesTests", dependencies: ["DomainValues", "RPC"], swiftSettings: swiftSettings
    ),
    .testTarget(
      name: "StorageTests",
      dependencies: [
        "PostgresStorage", "RPC", "Storage", "StoreTestSupport",
        .product(name: "GRDB", package: "GRDB.swift"),
        .product(name: "Logging", package: "swift-log"),
      ],
      swiftSettings: swiftSettings
    ),
    .testTarget(
      name: "GrantsTests",
      dependencies: [
        "DomainValues", "GRPCTestSupport", "ProtoWire", "RPC", "SamarbeidAPI", "SamarbeidClient",
        "StoreTestSupport", "Tenancy",
        .product(name: "Logging", package: "swift-log"),
      ],
      swiftSettings: swiftSettings
    ),
    .testTarget(
      name: "OversightTests",
      dependencies: [
        "Dialogues", "DomainValues", "GRPCTestSupport", "Grants", "MeetingPlaces", "Oversight",
        "ProtoWireTestSupport", "RPC", "SamarbeidAPI", "SamarbeidApp", "SamarbeidClient",
        "Storage", "Tenancy",
      ],
      exclude: [
        "Disclosure/audit.py", "Golden/generate_statistics.py", "Golden/statistics.json",
      ],
      swiftSettings: swiftSettings),
    .testTarget(
      name: "DialoguesTests",
      dependencies: [
        "Dialogues", "DomainValues", "GRPCTestSupport", "ProtoWire", "RPC", "SamarbeidAPI",
        "SamarbeidClient", "StoreTestSupport",
      ],
      swiftSettings: swiftSettings
    ),
    .testTarget(
      name: "MeetingPlacesTests",
      dependencies: [
        "DomainValues", "GRPCTestSupport", "MeetingPlaces", "ProtoWire", "RPC", "SamarbeidAPI",
        "SamarbeidClient", "StoreTestSupport",
      ],
      swiftSettings: swiftSettings
    ),
    // The example domain module of docs/architecture.md, registered and tested end to end.
    .testTarget(
      name: "DomainModuleTests",
      dependencies: [
        "DomainValues", "GRPCTestSupport", "ProtoWire", "RPC", "SamarbeidAPI", "SamarbeidApp",
        "SamarbeidClient", "Storage", "Tenancy",
      ],
      exclude: ["proto"],
      swiftSettings: swiftSettings
    ),
    .testTarget(
      name: "TenancyTests",
      dependencies: [
        "DomainValues", "GRPCServerTransport", "GRPCTestSupport", "ProtoWire", "RPC",
        "SamarbeidAPI", "SamarbeidApp", "SamarbeidClient", "StandardServices",
        "Storage", "StoreTestSupport", "Tenancy",
        .product(name: "GRDB", package: "GRDB.swift"),
        .product(name: "Logging", package: "swift-log"),
      ],
      swiftSettings: swiftSettings
    ),
    .testTarget(
      name: "LoadHarnessTests",
      dependencies: ["GRPCTestSupport", "LoadHarness", "Tenancy"],
      swiftSettings: swiftSettings
    ),
    .testTarget(
      name: "SamarbeidClientTests",
      dependencies: [
        "GRPCTestSupport", "HTTP2", "ProtoWire", "RPC", "SamarbeidClient", "StandardServices",
        "TLS",
        "ZlibCompression",
        .product(name: "Logging", package: "swift-log"),
      ],
      swiftSettings: swiftSettings
    ),
    .testTarget(
      name: "GRPCServerTransportTests",
      dependencies: [
        "CNGHTTP2", "GRPCFuzzing", "GRPCServerTransport", "GRPCTestSupport", "HTTP2", "ProtoWire",
        "ProtoWireTestSupport", "RPC", "SamarbeidClient", "StandardServices", "TLS",
        "ZlibCompression",
        .product(name: "Logging", package: "swift-log"),
      ],
      swiftSettings: swiftSettings
    ),
  ]
)
