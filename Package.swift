// swift-tools-version:6.1
import PackageDescription

let package = Package(
    name: "trunks",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "trunks", targets: ["trunks"]),
        .executable(name: "fake-didww", targets: ["fake-didww"]),
        .executable(name: "trunks-bench", targets: ["trunks-bench"]),
    ],
    traits: [
        // `trunks --demo`: the fake API inside the program. `scripts/build-release` leaves it out.
        .trait(name: "Demo", description: "trunks --demo: the demo's fake API, served inside the program."),
        .default(enabledTraits: ["Demo"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/swhitty/FlyingFox", from: "0.27.1"),
    ],
    targets: [
        .systemLibrary(name: "CNcursesw", providers: [.apt(["libncurses-dev"])]),
        .systemLibrary(name: "CCurl", pkgConfig: "libcurl",
                       providers: [.apt(["libcurl4-openssl-dev"])]),
        .target(name: "CCurlShim", dependencies: ["CCurl"]),
        // libyaml, linked statically: the program needs no libyaml on the host.
        .systemLibrary(name: "CYAML", providers: [.apt(["libyaml-dev"])]),
        .target(name: "YAMLReader", dependencies: ["CYAML"], linkerSettings: [
            .linkedLibrary(":libyaml.a", .when(platforms: [.linux])),
            .linkedLibrary("yaml", .when(platforms: [.macOS])),
        ]),
        .target(name: "TrunkModel"),
        // Blocking work on threads of its own, off the cooperative pool (curl, the UI loop).
        .target(name: "OwnThread"),
        .target(name: "DidwwClient", dependencies: ["TrunkModel", "OwnThread", "CCurlShim", "CCurl"]),
        .target(name: "ScreenKit"),
        .target(name: "TrunkUI", dependencies: ["TrunkModel", "ScreenKit", "YAMLReader", "OwnThread"]),
        .target(name: "CursesTerminal", dependencies: ["ScreenKit", "CNcursesw"]),
        .target(name: "FakeDidww", dependencies: [.product(name: "FlyingFox", package: "FlyingFox")]),
        .target(name: "ClientTrunkService", dependencies: ["DidwwClient", "TrunkUI", "TrunkModel"]),
        .executableTarget(name: "trunks", dependencies: [
            "ClientTrunkService", "TrunkUI", "CursesTerminal", "DidwwClient", "TrunkModel", "ScreenKit", "OwnThread",
            .target(name: "FakeDidww", condition: .when(traits: ["Demo"])),
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
        .executableTarget(name: "fake-didww", dependencies: [
            "FakeDidww", .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
        .target(name: "BenchSupport"),
        .executableTarget(name: "trunks-bench", dependencies: [
            "BenchSupport", "TrunkUI", "DidwwClient", "FakeDidww", "TrunkModel", "ScreenKit", "OwnThread",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
        .testTarget(name: "BenchSupportTests", dependencies: ["BenchSupport"]),
        .testTarget(name: "TrunkModelTests", dependencies: ["TrunkModel"], exclude: ["Fixtures"]),
        .testTarget(name: "DidwwClientTests", dependencies: ["DidwwClient", "FakeDidww", "TrunkModel", "OwnThread"]),
        .testTarget(name: "ScreenKitTests", dependencies: ["ScreenKit"]),
        .testTarget(name: "YAMLReaderTests", dependencies: ["YAMLReader"]),
        .testTarget(name: "TrunkUITests", dependencies: ["TrunkUI", "ScreenKit", "TrunkModel", "FakeDidww"],
                    exclude: ["Snapshots", "ThemeFixtures"]),
        .testTarget(name: "CursesTerminalTests", dependencies: ["CursesTerminal", "ScreenKit", "TrunkUI"]),
        .testTarget(name: "EndToEndTests", dependencies: ["BenchSupport"]),
        .testTarget(name: "FakeDidwwTests", dependencies: ["FakeDidww"]),
        .testTarget(name: "ReliabilityTests", dependencies: ["ClientTrunkService", "TrunkUI", "DidwwClient", "FakeDidww", "TrunkModel", "ScreenKit"]),
    ],
    swiftLanguageModes: [.v6]
)
