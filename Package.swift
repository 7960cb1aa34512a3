// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Baiqiang",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "baiqiang", targets: ["baiqiang"]),
        .library(name: "BaiqiangCore", targets: ["BaiqiangCore"]),
    ],
    dependencies: [
        .package(url: "https://github.com/vapor/vapor", from: "4.122.3"),
        .package(url: "https://github.com/vapor/fluent", from: "4.13.0"),
        .package(url: "https://github.com/vapor/fluent-sqlite-driver", from: "4.9.0"),
        .package(url: "https://github.com/vapor/fluent-postgres-driver", from: "2.14.0"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/swift-server/swift-prometheus", from: "2.4.1"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/apple/swift-crypto.git", "3.12.3"..<"5.0.0"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
    ],
    targets: [
        // The rules: value types and pure functions, no I/O, no Vapor.
        .target(
            name: "BaiqiangCore",
            dependencies: [
                .product(name: "Yams", package: "Yams"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ],
            resources: [.copy("Resources")]
        ),
        // Markup built from values and escaped as it is rendered: the only way pages make HTML.
        .target(name: "BaiqiangHTML"),
        // The Vapor application: models, migrations, handlers, pages, platform services.
        .target(
            name: "BaiqiangApp",
            dependencies: [
                "BaiqiangCore",
                "BaiqiangHTML",
                .product(name: "Vapor", package: "vapor"),
                .product(name: "Fluent", package: "fluent"),
                .product(name: "FluentSQLiteDriver", package: "fluent-sqlite-driver"),
                .product(name: "FluentPostgresDriver", package: "fluent-postgres-driver"),
                .product(name: "Prometheus", package: "swift-prometheus"),
                .product(name: "Yams", package: "Yams"),
            ],
            resources: [.copy("Resources")]
        ),
        .executableTarget(
            name: "baiqiang",
            dependencies: [
                "BaiqiangApp",
                "BaiqiangCore",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "BaiqiangCoreTests", dependencies: ["BaiqiangCore"]),
        .testTarget(name: "BaiqiangHTMLTests", dependencies: ["BaiqiangHTML"]),
        .testTarget(
            name: "BaiqiangAppTests",
            dependencies: [
                "BaiqiangApp",
                "BaiqiangCore",
                .product(name: "VaporTesting", package: "vapor"),
                .product(name: "Fluent", package: "fluent"),
                .product(name: "FluentPostgresDriver", package: "fluent-postgres-driver"),
            ]
        ),
    ],
    swiftLanguageModes: [.v6]
)
