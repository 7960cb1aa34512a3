import Foundation
@testable import BaiqiangCore

/// Shapes in and around Heshan used by the land tests.
enum LandFixtures {
    /// A square about 100 m on a side in 共和镇, counterclockwise.
    static let square: Ring = [
        Position(longitude: 112.800, latitude: 22.600), Position(longitude: 112.801, latitude: 22.600),
        Position(longitude: 112.801, latitude: 22.601), Position(longitude: 112.800, latitude: 22.601),
        Position(longitude: 112.800, latitude: 22.600),
    ]

    static let heshanExtent = GeoExtent(minLongitude: 112.45, maxLongitude: 113.06, minLatitude: 22.45, maxLatitude: 22.86)

    static func featureCollection(_ features: [String], crs: String? = nil) -> Data {
        let crsMember = crs.map { ",\"crs\":{\"type\":\"name\",\"properties\":{\"name\":\"\($0)\"}}" } ?? ""
        return Data("{\"type\":\"FeatureCollection\"\(crsMember),\"features\":[\(features.joined(separator: ","))]}".utf8)
    }

    static func polygonFeature(_ rings: [[(Double, Double)]], properties: String = "{}") -> String {
        let coordinates = rings.map { ring in "[" + ring.map { "[\($0.0),\($0.1)]" }.joined(separator: ",") + "]" }
        return "{\"type\":\"Feature\",\"properties\":\(properties),\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[\(coordinates.joined(separator: ","))]}}"
    }

    /// The full path of a command on PATH, or nil when it is not installed.
    static func tool(_ name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return path.split(separator: ":").map { "\($0)/\(name)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// Runs a command, feeding `input` on stdin; its stdout.
    static func run(_ executable: String, _ arguments: [String], input: String = "") throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let stdin = Pipe(), stdout = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = FileHandle.nullDevice
        try process.run()
        stdin.fileHandleForWriting.write(Data(input.utf8))
        try stdin.fileHandleForWriting.close()
        let output = stdout.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: output, as: UTF8.self)
    }
}
